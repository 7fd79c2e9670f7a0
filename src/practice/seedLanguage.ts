import type { LanguageId } from '../domain/languages';
import type { PortalState } from '../domain/state';

/**
 * The seed with Harry reading `language`: his record, the agreement's contact and his first
 * mail. A practice page gives Harry its own language, as the free simulator will (issue 10),
 * so the invitation a trainee reads is in the page's language.
 * @example seedInLanguage(createSeed({ newId }), 'ja').mailbox[0]?.language // 'ja'
 */
export function seedInLanguage(seed: PortalState, language: LanguageId): PortalState {
  const { agreement } = seed.organization;
  const administrator = { ...agreement.purchasingAccountAdministrator, preferredLanguage: language };
  return {
    ...seed,
    organization: { ...seed.organization, agreement: { ...agreement, purchasingAccountAdministrator: administrator } },
    users: seed.users.map((user) => ({ ...user, preferredLanguage: language })),
    mailbox: seed.mailbox.map((message) => ({ ...message, language })),
  };
}
