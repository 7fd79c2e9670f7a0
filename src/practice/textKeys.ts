import type { Scenario } from './scenario';

/**
 * The keys of a scenario's texts in `src/i18n/practice/<locale>.ts`: its title, one-line goal,
 * a label per check, each hint (numbered from 1, in order), the debrief, and the question when
 * it has one. A test holds the English dictionary to exactly these keys.
 * @example scenarioTextKeys(workAccount) // ['work-account.title', 'work-account.goal', 'work-account.check.personal-refused', …]
 */
export function scenarioTextKeys(scenario: Scenario): string[] {
  const key = (part: string) => `${scenario.id}.${part}`;
  return [
    key('title'),
    key('goal'),
    ...scenario.checks.map((check) => key(`check.${check.id}`)),
    ...scenario.hints.map((_, index) => key(`hint.${index + 1}`)),
    key('debrief'),
    ...(scenario.question ? [key('question')] : []),
  ];
}
