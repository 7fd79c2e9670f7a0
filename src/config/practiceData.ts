import { example } from './exampleData';

/**
 * The practice scenarios' own example data, beside the guide's (`exampleData.ts`): the scenarios
 * build their start states from it and the practice texts quote it, so the two never disagree.
 * A leaf in config, so the texts (`src/i18n/practice`) read it without importing practice.
 * Every name and address is fictional.
 */
export const practiceData = {
  /** The second colleague the model tests already use. */
  leeName: 'Lee Chen',
  leeEmail: 'lee@contoso.com',
  leeLanguage: 'zh-tw',
  leeCountry: 'TW',
  /**
   * Every account a scenario creates uses this password, and the texts tell it (a practice
   * password, never a real one: the simulator's note says so). It meets the policy of
   * `domain/password.ts`.
   */
  password: 'Contoso2016!',
  /** A personal address for the work-account scenario: outlook.com is a consumer mail service. */
  personalAddress: 'harry.roldan@outlook.com',
  /**
   * A purchasing account number that is not Contoso's: the real one with its last digit changed,
   * so it is well formed (ten digits) and still wrong.
   */
  wrongPurchasingAccount: example.purchasingAccountNumber.slice(0, -1) + String((Number(example.purchasingAccountNumber.slice(-1)) + 1) % 10),
} as const;
