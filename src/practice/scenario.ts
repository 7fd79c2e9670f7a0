import type { Person } from './people';
import type { RoleId } from '../domain/roles';
import type { PortalState } from '../domain/state';
import type { SectionId } from '../config/sectionIds';
import type { AttemptEntry } from './attempt';
import type { SolutionStep } from './solution';
import type { StartStep } from './start';

/** What a check looks at: the start state, the portal's state now, and this attempt's log. */
export interface Facts {
  readonly start: PortalState;
  readonly state: PortalState;
  readonly attempt: readonly AttemptEntry[];
}

/** One line of the checklist: a pure predicate. Its label is the texts' `<scenario>.check.<id>`. */
export interface Check {
  readonly id: string;
  readonly passes: (facts: Facts) => boolean;
}

/** A hint (its text: `<scenario>.hint.<n>`, from 1) and the guide section that explains it. */
export interface Hint {
  readonly section: SectionId;
  /** An anchor inside that section's page, when a stable one exists. */
  readonly anchor?: string;
}

/** A one-question check: which of `choices` (roles) are right. Its text: `<scenario>.question`. */
export interface Question {
  readonly choices: readonly RoleId[];
  readonly correct: readonly RoleId[];
}

/**
 * A practice scenario: pure data and predicates. `start` builds its start state from the seed;
 * `solution` (given that start state, whose ids and links it names) is the shortest way through
 * every check: what the tests replay, and what "Show me" will play.
 */
export interface Scenario {
  /** Stable and kebab-case: in URLs, in saved progress and in the texts' keys. Never rename. */
  readonly id: string;
  /** The guide section the scenario practises (its debrief links there). */
  readonly section: SectionId;
  /** Where the trainee works: the Business Center (when absent) or the partner center. */
  readonly center?: 'partner';
  /**
   * Who the trainee plays in the Business Center: the one signed in at the start, whom the goal
   * names (Harry, the purchasing account administrator, when absent). The details card says so.
   */
  readonly plays?: Person;
  readonly start: readonly StartStep[];
  readonly checks: readonly Check[];
  readonly hints: readonly Hint[];
  readonly question?: Question;
  readonly solution: (start: PortalState) => readonly SolutionStep[];
}

/** Each check of a scenario, passed or not, in the checklist's order. */
export function evaluate(scenario: Pick<Scenario, 'checks'>, facts: Facts): { readonly id: string; readonly passed: boolean }[] {
  return scenario.checks.map((check) => ({ id: check.id, passed: check.passes(facts) }));
}

/** Done: every check passes. */
export function isDone(scenario: Pick<Scenario, 'checks'>, facts: Facts): boolean {
  return scenario.checks.every((check) => check.passes(facts));
}
