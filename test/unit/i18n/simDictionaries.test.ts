import { describe, expect, it } from 'vitest';
import { portalKeys } from '../../../src/domain/errors';
import { mailKinds } from '../../../src/domain/mailbox';
import { roleIds } from '../../../src/domain/roles';
import { parseDictionaryAgainst, placeholdersOf } from '../../../src/i18n/dictionary';
import { simDictionaries } from '../../../src/i18n/sim';
import { sim as enScreens } from '../../../src/i18n/en/sim';
import { sim as jaScreens } from '../../../src/i18n/ja/sim';
import { mail as enMail } from '../../../src/i18n/en/mail';
import { mail as jaMail } from '../../../src/i18n/ja/mail';
import { mail as zhTwMail } from '../../../src/i18n/zh-tw/mail';
import { formatDate, formatDateTime, isSingular } from '../../../src/i18n/sim/intl';
import { renderMail } from '../../../src/i18n/sim/renderMail';
import { sim as zhTwScreens } from '../../../src/i18n/zh-tw/sim';

// Each language's texts whole: the screens' and the emails'.
const en = { ...enScreens, ...enMail };
const zhTw = { ...zhTwScreens, ...zhTwMail };
const ja = { ...jaScreens, ...jaMail };

const translations = { 'zh-tw': zhTw, ja } as const;
const parse = (raw: unknown) => parseDictionaryAgainst('Simulator', 'test', en, raw);

describe('simulator dictionaries', () => {
  it('English names every key the portal can answer, every role and every mail kind', () => {
    const keys = Object.keys(en);
    expect(portalKeys.filter((key) => !keys.includes(key))).toEqual([]);
    expect(roleIds.filter((role) => !keys.includes(`role.${role}`))).toEqual([]);
    expect(mailKinds.flatMap((kind) => [`mail.${kind}.subject`, `mail.${kind}.body`]).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(Object.entries(translations))('%s has exactly the English keys', (_locale, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(translations))('%s keeps every placeholder of the English text', (_locale, dictionary) => {
    for (const [key, english] of Object.entries(en)) {
      expect(placeholdersOf(dictionary[key as keyof typeof en]), key).toEqual(placeholdersOf(english));
    }
  });

  it.each(Object.entries(translations))('%s is translated, not copied from English', (_locale, dictionary) => {
    const copied = Object.entries(en).filter(([key, english]) => dictionary[key as keyof typeof en] === english && /[a-z]{4,}/.test(english) && english !== 'Business Center');
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('rejects a missing key, an unknown key and a lost placeholder, naming them', () => {
    const { 'notice.resend.received': _dropped, ...rest } = ja;
    expect(() => parse(rest)).toThrow(/notice\.resend\.received/);
    expect(() => parse({ ...ja, 'sim.nope': 'x' })).toThrow(/sim\.nope|Unrecognized/);
    expect(() => parse({ ...ja, 'mail.greeting': 'こんにちは' })).toThrow(/mail\.greeting: placeholders must be \{name\}/);
  });

  it('mail keys are declared for every kind the mail params name', () => {
    for (const kind of mailKinds) expect(en[`mail.${kind}.body`]).toMatch(/\{email\}/);
  });
});

describe('renderMail', () => {
  const message = {
    id: 'm1', to: 'ken@contoso.com', kind: 'invitation.colleague' as const, language: 'ja' as const, sentAt: '2016-11-01T09:00:00.000Z',
    params: { token: 't', recipientName: '<img src=x onerror=alert(1)>', email: 'ken@contoso.com', organization: 'Contoso', inviterName: 'Harry Roldan', roles: 'report-viewer,account-viewer', expiresAt: '2016-12-31T09:00:00.000Z', resent: 'true' },
  };

  it('speaks the recipient’s language, whatever the page’s', () => {
    const mail = renderMail(message, simDictionaries);
    if (!mail) throw new Error('not rendered');
    expect(mail.language).toBe('ja');
    expect(mail.subject).toBe(ja['mail.invitation.colleague.subject']);
    expect(mail.paragraphs[0]).toContain('レポート閲覧者、アカウント閲覧者');
    expect(mail.paragraphs[1]).toBe(ja['mail.resent']);
    expect(mail.expires).toContain('2016');
    expect(mail.greeting).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders an administrator invitation in English with the agreement number', () => {
    const mail = renderMail({ ...message, kind: 'invitation.purchasing-administrator', language: 'en', params: { ...message.params, agreementNumber: '1234567890', resent: 'false' } }, simDictionaries);
    if (!mail) throw new Error('not rendered');
    expect(mail.paragraphs).toHaveLength(1);
    expect(mail.paragraphs[0]).toContain('1234567890');
    expect(mail.expires).toBe('The link expires on December 31, 2016.');
  });

  it.each(['en', 'zh-tw', 'ja'] as const)('writes the sent and expiry dates of one %s mail in the same (long) style', (language) => {
    // The sent line's date is the expiry line's date style, then the time: 2016年11月1日 9:00.
    expect(formatDateTime(message.sentAt, language).startsWith(formatDate(message.sentAt, language))).toBe(true);
    expect(formatDateTime(message.sentAt, 'ja')).toBe('2016年11月1日 9:00');
  });

  it.each(['zh-tw', 'ja'] as const)('never ends a %s sentence right after an address: harry@contoso.com。 reads as part of it', (language) => {
    for (const kind of ['invitation.colleague', 'invitation.purchasing-administrator'] as const) {
      const mail = renderMail({ ...message, kind, language, params: { ...message.params, agreementNumber: '1234567890' } }, simDictionaries);
      expect(mail?.paragraphs[0], kind).toContain(message.params.email);
      expect(mail?.paragraphs[0], kind).not.toMatch(/@[\w.-]+[。：]/u);
    }
  });

  it('renders nothing until the recipient’s dictionary is loaded', () => {
    expect(renderMail(message, { en: simDictionaries.en })).toBeUndefined();
  });
});

describe('counts in the simulator', () => {
  it('uses the singular only where the language has one', () => {
    expect([isSingular(1, 'en'), isSingular(2, 'en'), isSingular(0, 'en')]).toEqual([true, false, false]);
    expect([isSingular(1, 'ja'), isSingular(1, 'zh-tw')]).toEqual([false, false]);
  });
});
