import { example } from '../../config/exampleData';
import type { Locale } from '../../config/locales';
import { useTranslations } from '../index';

/** What a scenario page's details card says: who the trainee plays, and that person's address. */
export interface PersonaCard {
  readonly about: string;
  readonly email: string;
}

/** What the card reads of a practice scenario (its `plays` and `center`), given by the page. */
export interface PersonaOf {
  readonly center?: 'partner';
  readonly plays?: { readonly name: string; readonly email: string };
}

/**
 * The card of the person the trainee plays in `scenario` (its `plays`, Harry when absent, the
 * partner in the partner center), so the card never describes someone the goal does not name.
 * @example personaCard('en', myProfile).about // 'You play Mina Sato, who works at Contoso. …'
 */
export function personaCard(locale: Locale, scenario: PersonaOf): PersonaCard {
  const t = useTranslations(locale);
  const values = { organization: example.organization, administrator: example.adminName };
  if (scenario.center === 'partner') return { about: t('practice.persona.partner', values), email: example.adminEmail };
  if (scenario.plays && scenario.plays.email !== example.adminEmail) {
    return { about: t('practice.persona.colleague', { ...values, name: scenario.plays.name }), email: scenario.plays.email };
  }
  return { about: t('practice.persona.administrator', { ...values, name: example.adminName }), email: example.adminEmail };
}
