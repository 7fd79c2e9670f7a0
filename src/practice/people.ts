import { example } from '../config/exampleData';
import { practiceData } from '../config/practiceData';
import type { LanguageId } from '../domain/languages';
import type { RoleId } from '../domain/roles';

/**
 * The people the scenarios are about. Harry and Mina are the guide's own example data
 * (`config/exampleData.ts`), so a scenario and a figure never disagree; Lee is the second
 * colleague the model tests already use (`config/practiceData.ts`). All of them are fictional.
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
export const lee: Person = { name: practiceData.leeName, email: practiceData.leeEmail, language: practiceData.leeLanguage, country: practiceData.leeCountry };

/** Every account a scenario creates uses it, and the texts tell it (see `config/practiceData.ts`). */
export const PRACTICE_PASSWORD = practiceData.password;

/** A personal address for the work-account scenario. */
export const PERSONAL_ADDRESS = practiceData.personalAddress;

/** A well-formed purchasing account number that is not Contoso's. */
export const WRONG_PURCHASING_ACCOUNT = practiceData.wrongPurchasingAccount;

/** Someone to invite, with the roles the scenario gives them. */
export interface Invitee {
  readonly person: Person;
  readonly roles: readonly RoleId[];
}
