/**
 * A practice scenario page's module: the scenario's own portal (its own storage key, apart from
 * the free simulator's), its start state, the attempt log the islands feed, and the islands: the
 * portal (or the partner center), the mailbox behind a button, and the practice panel.
 */
import { useState, useSyncExternalStore } from 'react';
import { isLocale, type Locale } from '../../config/locales';
import Mailbox from '../../islands/Mailbox';
import { mountIslands } from '../../islands/mount';
import { listenForPractice } from '../../islands/parts/practiceBridge';
import PartnerConsole from '../../flows/partner-console/PartnerConsole';
import PortalApp from '../../islands/PortalApp';
import { providePortal } from '../../store';
import { browserScenarioStorage } from '../../store/practice/scenarioStorage';
import { browserProgressStore, type ProgressStore } from '../progressStore';
import { scenarioById } from '../scenarios';
import { openSession, type PracticeSession } from '../session/practiceSession';
import { markSaved, markUnsaved } from '../session/unsavedLedger';
import { PracticePanel } from '../views/PracticePanel';
import type { PracticeTexts } from '../views/texts';
import { wireAssessmentSwitch } from './assessmentSwitch';

let openMailbox: (address: string) => void = () => {};

/** The islands mount again (a new key) when Start over rebuilt the start state: every form starts empty. */
function useEpoch(session: PracticeSession): number {
  return useSyncExternalStore(session.subscribe, () => session.view().epoch);
}

function islandsFor(session: PracticeSession, texts: PracticeTexts, delay: number, progress: ProgressStore) {
  const go = (route: string) => {
    location.hash = route ? `#/${route}` : '';
  };
  const driver = { actor: session.actor, open: session.open, go, openMailbox: (address: string) => openMailbox(address) };
  return {
    portal: function PracticePortal({ locale }: { locale: Locale }) {
      return <PortalApp key={useEpoch(session)} locale={locale} practice persona={texts.persona} />;
    },
    partner: function PracticePartner({ locale }: { locale: Locale }) {
      return <PartnerConsole key={useEpoch(session)} locale={locale} />;
    },
    mailbox: function PracticeMailbox({ locale }: { locale: Locale }) {
      const epoch = useEpoch(session);
      const [open, setOpen] = useState(false);
      // Show me opens it as the trainee would: shown anew even when it was open (a new look at it).
      const [looks, setLooks] = useState(0);
      openMailbox = () => {
        setOpen(true);
        setLooks((count) => count + 1);
      };
      return (
        <div className="practice-mailbox">
          <button type="button" className="sim-button sim-secondary" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? texts.ui.mailboxClose : texts.ui.mailboxOpen}</button>
          {open && <Mailbox key={`${epoch}-${looks}`} locale={locale} />}
        </div>
      );
    },
    practice: ({ locale }: { locale: Locale }) => <PracticePanel locale={locale} session={session} texts={texts} driver={driver} delay={delay} readProgress={progress.read} />,
  };
}

async function start(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-practice]');
  const scenario = scenarioById(root?.dataset['practice'] ?? '');
  const locale = root?.dataset['locale'];
  if (!root || !scenario || !isLocale(locale)) return;
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as PracticeTexts;
  // The scenario's own portal document and attempt, apart from the free simulator's.
  const { portal, resumable, attempt } = browserScenarioStorage(scenario.id);
  providePortal(portal);
  const progress = browserProgressStore();
  let session: PracticeSession;
  try {
    session = await openSession({ scenario, portal, attemptSlot: attempt, progress, locale, resumable, assessment: progress.read().assessment ?? false });
  } catch (error) {
    console.error(error);
    for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
      element.textContent = element.dataset['failed'] ?? '';
    }
    return;
  }
  listenForPractice(session.listener);
  // The list and the record, on later pages, say which scenario's work this browser did not keep.
  const note = () => (session.view().kept === 'kept' ? markSaved(document, scenario.id) : markUnsaved(document, scenario.id));
  note();
  session.subscribe(note);
  // Switched here or in another tab: an assessment starts the attempt again (see setAssessment).
  wireAssessmentSwitch(progress, (on) => void session.setAssessment(on));
  const recovered = document.querySelector<HTMLElement>('[data-practice-recovered]');
  if (recovered && progress.recovered) recovered.textContent = texts.ui.recovered;
  // Tests play Show me faster; a person watches at the default pace.
  const delay = Number(new URLSearchParams(location.search).get('pace') ?? 700);
  await mountIslands(islandsFor(session, texts, Number.isFinite(delay) ? delay : 700, progress));
}

void start();
