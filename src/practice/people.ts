import { example } from '../config/exampleData';
import type { LanguageId } from '../domain/languages';
import type { RoleId } from '../domain/roles';

/**
 * The people the scenarios are about. Harry and Mina are the guide's own example data
 * (`config/exampleData.ts`), so a scenario and a figure never disagree; Lee is the second
 * colleague the model tests already use. All of them are fictional.
 */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly language: LanguageId;
  readonly country: string;
}

/**
 * Harry's language is not fixed here: the seed decides it (it follows the page's language), so
 * no scenario may depend on it. `language` is what the texts assume only where none is given.
 */
export const harry: Omit<Person, 'language'> = { name: example.adminName, email: example.adminEmail, country: example.adminCountry };
export const mina: Person = { name: example.colleagueName, email: example.colleagueEmail, language: example.colleagueLanguage, country: example.colleagueCountry };
export const lee: Person = { name: 'Lee Chen', email: 'lee@contoso.com', language: 'zh-tw', country: 'TW' };

/**
 * Every account a scenario creates uses this password, and the texts tell it (a practice
 * password, never a real one: the simulator's note says so). It meets the policy of
 * `domain/password.ts`.
 */
export const PRACTICE_PASSWORD = 'Contoso2016!';

/** A personal address for the work-account scenario: outlook.com is a consumer mail service. */
export const PERSONAL_ADDRESS = 'harry.roldan@outlook.com';

/**
 * A purchasing account number that is not Contoso's: the real one with its last digit changed,
 * so it is well formed (ten digits) and still wrong.
 */
export const WRONG_PURCHASING_ACCOUNT = example.purchasingAccountNumber.slice(0, -1) + String((Number(example.purchasingAccountNumber.slice(-1)) + 1) % 10);

/** Someone to invite, with the roles the scenario gives them. */
export interface Invitee {
  readonly person: Person;
  readonly roles: readonly RoleId[];
}
