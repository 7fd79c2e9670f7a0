/**
 * A scenario page's words, written by the page at build time (`data-texts`): the scenario's own
 * texts, already filled from the glossary and the simulator's dictionary, and the panel's UI words.
 */
export interface GuideLink {
  readonly href: string;
  readonly title: string;
}

export interface PracticeTexts {
  readonly ui: Readonly<Record<
    | 'checklist' | 'passed' | 'open' | 'announce' | 'hints' | 'hintShow' | 'hintMore' | 'hintLast' | 'hintRead'
    | 'startOver' | 'startOverDone' | 'showMe' | 'pause' | 'resume' | 'step' | 'finished'
    | 'questionSubmit' | 'questionWrong' | 'debrief' | 'debriefRead' | 'mailboxOpen' | 'mailboxClose' | 'recovered'
    | 'showMeFailed' | 'tasks' | 'handIn' | 'handInAbout' | 'result' | 'resultPassed' | 'resultFailed' | 'resultFailedHelp' | 'questionRecorded'
    | 'next' | 'nextRecord' | 'showMeReloaded',
    string
  >>;
  readonly checks: Readonly<Record<string, string>>;
  readonly hints: readonly { readonly text: string; readonly link: GuideLink }[];
  readonly debrief: string;
  readonly section: GuideLink;
  /** Every scenario in the list's order, for the debrief's "Next scenario", and the record it ends on. */
  readonly order: readonly (GuideLink & { readonly id: string })[];
  readonly record: string;
  /** The details card: who the trainee plays in this scenario. */
  readonly persona: { readonly about: string; readonly email: string };
  readonly question?: { readonly text: string; readonly choices: readonly { readonly id: string; readonly label: string }[] };
}

/** `{name}` placeholders filled: the UI words carry them for the browser to fill. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
