import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../../i18n/locales';
import type { PanelTranslate } from '../../../i18n/panels';
import type { SimTranslate } from '../../../i18n/sim';
import { getPortal } from '../../../store';
import { usePortalData } from '../../parts/hooks';
import { harry, harrysMail } from './harry';
import type { PanelNeed } from './needs';
import { resultText, setupOffer } from './offer';
import type { SetupResult } from './plan';
import { SetupScreen } from './SetupScreen';

interface PanelSetupProps {
  readonly id: string;
  readonly need: PanelNeed;
  readonly locale: Locale;
  readonly t: SimTranslate;
  readonly tp: PanelTranslate;
  /** Called once the set-up ended: the panel's "what happened" line starts again from there. */
  readonly onDone: () => void;
}

/** The set-up's code (and the machines it drives) loads on the click: a panel that needs none does not carry it. */
async function run(need: PanelNeed): Promise<SetupResult> {
  const { setUpAdministrator, setUpInvitation } = await import('./plan');
  return need.kind === 'invitation' ? setUpInvitation(getPortal()) : setUpAdministrator(getPortal(), need.kind === 'administrator' ? need.permission : null);
}

/**
 * A panel's set-up: when the store is not where the panel's step starts, one button replays the
 * earlier steps (`plan.ts`, through the portal's machines), then one sentence says what it did
 * (announced, and focused unless the step's screen took focus). What was said stays until the step's need is met and lost again (the reader
 * signed out, say): then the button is offered anew.
 */
export function PanelSetup({ id, need, locale, t, tp, onDone }: PanelSetupProps) {
  const session = usePortalData((portal) => portal.getSession());
  const mail = usePortalData((portal) => portal.getMailbox(harry.email));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SetupResult>();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const metSince = useRef(false);
  const offer = session === undefined || mail === undefined ? undefined : setupOffer(need, session, harrysMail(mail));

  useEffect(() => {
    // The button pressed is gone: focus goes to what it did, unless the step's own screen took it (its heading).
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (result && lost) doneRef.current?.focus();
  }, [result]);
  const offerKind = offer?.kind;
  useEffect(() => {
    if (!result || !offerKind) return;
    if (offerKind === 'ready') metSince.current = true;
    else if (metSince.current) {
      metSince.current = false;
      setResult(undefined);
    }
  }, [offerKind, result]);

  if (!offer) return null;
  const start = async () => {
    setBusy(true);
    const answer = await run(need);
    setBusy(false);
    metSince.current = false;
    setResult(answer);
    onDone();
  };
  const said = result && resultText(result, need, locale, tp, t);
  const offered = !result && offer.kind === 'button' ? offer : undefined;
  return (
    <SetupScreen id={id} doneRef={doneRef} live
      why={offered && tp(offered.why, offered.name === undefined ? {} : { name: offered.name })}
      button={offered && { label: tp(offered.label), busyLabel: tp('panel.setup.working'), busy, onClick: () => void start() }}
      note={!result && offer.kind === 'note' ? tp(offer.note, { reset: t('controls.reset') }) : undefined}
      done={said && (said.done || said.stop) ? { label: tp('panel.setup.done'), text: said.done, stop: said.stop } : undefined} />
  );
}
