import type { LanguageId } from '../domain/languages';
import type { PortalState } from '../domain/state';
import { issueInvitation } from '../domain/commands/issueInvitation';
import { example } from '../config/exampleData';
import { defaultLocale } from '../config/locales';

/** Day 0 of the simulated clock by default: the month of the source guide (November 2016). */
export const SEED_EPOCH = '2016-11-01T09:00:00.000Z';

/** The Microsoft partner serving Contoso. Fabrikam is another of Microsoft's fictional companies. */
export const SEED_PARTNER = { id: 'partner-fabrikam', name: 'Fabrikam' } as const;

export interface SeedOptions {
  /** Ids and the invitation token. Default: `crypto.randomUUID`, so each reset gets a new link. */
  readonly newId?: () => string;
  /** ISO timestamp of day 0. */
  readonly epoch?: string;
  /**
   * Harry's preferred language, so the language his invitation arrives in: the page's, where the
   * simulator starts (or is reset). Default English.
   */
  readonly language?: LanguageId;
}

/**
 * The state the simulator starts from (and resets to): Contoso has just signed its MPSA, and
 * Microsoft has emailed the purchasing account administrator, Harry Roldan, an invitation on
 * day 0, in `language` (the trainee's page language). Nobody has registered yet. Values come
 * from the guide's example data, the one source every figure also uses.
 * @example const state = createSeed({ newId: counter(), language: 'ja' }); state.mailbox[0].language // 'ja'
 */
export function createSeed(options: SeedOptions = {}): PortalState {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const epoch = options.epoch ?? SEED_EPOCH;
  const contact = { name: example.adminName, email: example.adminEmail, preferredLanguage: options.language ?? defaultLocale };
  const harry = {
    id: newId(),
    ...contact,
    country: example.adminCountry,
    roles: ['account-administrator' as const],
    status: 'invited' as const,
    passwordHash: null,
    invitedAt: epoch,
    activatedAt: null,
  };
  const empty: PortalState = {
    organization: {
      name: example.organization,
      agreement: {
        number: example.agreementNumber,
        purchasingAccountNumber: example.purchasingAccountNumber,
        purchasingAccountAdministrator: contact,
      },
      partner: SEED_PARTNER,
    },
    users: [harry],
    invitations: [],
    domains: [],
    mailbox: [],
    clock: { epoch, now: epoch },
    session: null,
  };
  return issueInvitation(empty, { user: harry, kind: 'purchasing-administrator', issuedBy: { kind: 'microsoft' }, resent: false }, { newId }).state;
}
