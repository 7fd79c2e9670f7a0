import { isRoleId } from '../../domain/roles';
import type { Locale } from '../locales';
import type { MailMessage } from '../../domain/mailbox';
import { format } from '../format';
import { formatDate, formatList } from './intl';
import type { MailDictionary, MailKey } from '../en/mail';

/** A message as the mailbox shows it: plain texts (React escapes them), in one language. */
export interface RenderedMail {
  readonly language: Locale;
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly button: string;
  readonly expires: string;
  readonly footer: readonly string[];
}

/**
 * Renders a stored message in its recipient's preferred language (`message.language`),
 * whatever language the page is in: the portal emails people, not pages. `undefined` while
 * that language's dictionary is not loaded yet.
 * @example renderMail(message, simDictionaries).subject
 */
export function renderMail(message: MailMessage, dictionaries: Readonly<Partial<Record<Locale, MailDictionary>>>): RenderedMail | undefined {
  const language = message.language;
  const dictionary = dictionaries[language];
  if (!dictionary) return undefined;
  const t = (key: MailKey, params: Record<string, string> = {}) => format(dictionary[key], params);
  const p = message.params;
  const roles = (p['roles'] ?? '')
    .split(',')
    .filter(isRoleId)
    .map((role) => dictionary[`role.${role}`]);
  const params = { ...p, roles: formatList(roles, language) };
  const paragraphs = [t(`mail.${message.kind}.body`, params)];
  if (p['resent'] === 'true') paragraphs.push(t('mail.resent'));
  return {
    language,
    subject: t(`mail.${message.kind}.subject`),
    greeting: t('mail.greeting', { name: p['recipientName'] ?? '' }),
    paragraphs,
    button: t('mail.button'),
    expires: p['expiresAt'] ? t('mail.expires', { date: formatDate(p['expiresAt'], language) }) : '',
    footer: [t('mail.workNote'), t('mail.contact')],
  };
}
