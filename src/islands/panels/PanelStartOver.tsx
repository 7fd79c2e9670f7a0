import { useEffect, useRef, useState } from 'react';
import type { PanelTranslate } from '../../i18n/panels';
import { getPortal } from '../../store';

/** A document's portal state, without its revision: what "changed since" compares. */
const stateOf = (documentText: string) => JSON.stringify((JSON.parse(documentText) as { state?: unknown }).state ?? null);

/**
 * "Start this try-it over": the practice data goes back to how it was when this panel started on
 * this page (a snapshot taken then), after a question when something would be undone; what came
 * before stays. `onDone` mounts the panel's screens again, from their first screen.
 */
export function PanelStartOver({ id, tp, onDone }: { id: string; tp: PanelTranslate; onDone: () => void }) {
  const snapshot = useRef<Promise<string>>(undefined);
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    snapshot.current ??= getPortal().exportDocument();
  }, []);
  // Focus stays on what is there: the safe choice while asking, the button after.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) (asking ? keep : button).current?.focus();
  }, [asking]);

  const ask = async () => {
    setSaid('');
    const [before, now] = await Promise.all([snapshot.current, getPortal().exportDocument()]);
    if (before !== undefined && stateOf(before) === stateOf(now)) return setSaid(tp('panel.startOver.nothing'));
    moved.current = true;
    setAsking(true);
  };
  const startOver = async () => {
    const before = await snapshot.current;
    if (before !== undefined) await getPortal().importDocument(before);
    setAsking(false);
    setSaid(tp('panel.startOver.done'));
    onDone();
  };
  return (
    <div className="try-it-start-over">
      {asking ? (
        <div className="sim-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{tp('panel.startOver.ask')}</p>
          <button type="button" className="sim-button sim-danger" onClick={() => void startOver()}>{tp('panel.startOver.yes')}</button>
          <button type="button" ref={keep} className="sim-button sim-secondary" onClick={() => setAsking(false)}>{tp('panel.startOver.keep')}</button>
        </div>
      ) : (
        <button type="button" ref={button} className="sim-button sim-secondary" onClick={() => void ask()}>{tp('panel.startOver')}</button>
      )}
      <p role="status">{said}</p>
    </div>
  );
}
