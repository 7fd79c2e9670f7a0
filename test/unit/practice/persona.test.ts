import { describe, expect, it } from 'vitest';
import { example } from '../../../src/config/exampleData';
import { currentUser } from '../../../src/domain/state';
import { locales } from '../../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../../src/i18n/practice';
import { personaCard } from '../../../src/i18n/practice/persona';
import { scenarios } from '../../../src/practice';
import { startRun } from '../../support/practiceRun';

/**
 * A scenario page's details card describes the person the trainee plays: whoever is signed in at
 * the start (else Harry, who signs in), whom the goal names; the partner in the partner center.
 */
describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('the details card of %s', (_, scenario) => {
  it('describes the person signed in at the start, in every language', async () => {
    const run = await startRun(scenario);
    const signedIn = currentUser(run.start);
    const plays = scenario.center === 'partner' ? undefined : (signedIn ?? { name: example.adminName, email: example.adminEmail });
    for (const locale of locales) {
      const card = personaCard(locale, scenario);
      const goal = practiceText(locale, `${scenario.id}.goal` as PracticeKey);
      if (!plays) {
        expect(card.about).toContain(example.organization);
        continue;
      }
      expect(card.email, locale).toBe(plays.email);
      expect(card.about, locale).toContain(plays.name);
      // Anyone but Harry is someone the goal itself tells the trainee they are.
      if (plays.email !== example.adminEmail) expect(goal, locale).toContain(plays.name.split(' ')[0]);
    }
  });
});
