import type { ReactNode, Ref } from 'react';

/** What a panel's set-up shows, as plain values: the island and the page's first paint draw the same. */
export interface SetupScreenProps {
  /** The button's id (`try-<section>-setup`): a click on the first paint is replayed on it. */
  readonly id: string;
  /** Why the step cannot start yet (above the button). */
  readonly why?: string | undefined;
  readonly button?: { readonly label: string; readonly busyLabel: string; readonly busy: boolean; readonly onClick?: () => void } | undefined;
  /** A note instead of a button: no set-up gets there without undoing the reader's work. */
  readonly note?: string | undefined;
  /** What the set-up did (after `doneLabel`), and why it stopped, if it did. */
  readonly done?: { readonly label: string; readonly text: string; readonly stop: string } | undefined;
  /** The sentence saying what was done, to give it focus when the button pressed is gone. */
  readonly doneRef?: Ref<HTMLParagraphElement>;
  /**
   * The live panel (not the first paint): a status region stays in place, empty until the
   * set-up has something to say, so what it did is announced when it arrives.
   */
  readonly live?: boolean;
}

/**
 * The practice helper's line above a try-it panel's portal window, outside it: it is not the
 * portal's. One clearly labelled button does the earlier steps; afterwards, one paragraph says
 * what it did (announced). In the first paint, nothing at all where the step can start.
 */
export function SetupScreen({ id, why, button, note, done, doneRef, live = false }: SetupScreenProps) {
  if (!live && !why && !button && !note && !done) return null;
  return (
    <div className="try-it-setup">
      {why && <p>{why}</p>}
      {button && (
        // aria-disabled, not disabled: the button keeps focus while the steps run.
        <button type="button" id={id} className="sim-button" aria-disabled={button.busy || undefined} onClick={button.busy ? undefined : button.onClick}>
          {button.busy ? button.busyLabel : button.label}
        </button>
      )}
      {note && <p>{note}</p>}
      <Said live={live}>
        {done && (
          <p className="try-it-setup-done" tabIndex={-1} ref={doneRef}>
            {done.text && <><strong>{done.label}</strong> {done.text}</>}
            {done.text && done.stop && ' '}
            {done.stop}
          </p>
        )}
      </Said>
    </div>
  );
}

/** In the live panel, a polite status region around what was done; in the first paint, nothing (nothing is done yet). */
function Said({ live, children }: { live: boolean; children: ReactNode }) {
  return live ? <div role="status">{children}</div> : <>{children}</>;
}
