/**
 * A practice scenario page's module: the scenario's own portal (its own storage key, apart from
 * the free simulator's), its start state, the attempt log the islands feed, and the islands: the
 * portal (or the partner center), the mailbox behind a button, and the practice panel.
 */
import { useState, useSyncExternalStore } from 'react';
import type { Locale } from '../../i18n/locales';
import { scenarioById } from '../../practice/scenarios';
import { createBrowserPortal, localStorageOrNull, providePortal } from '../../store';
import Mailbox from '../Mailbox';
import { mountIslands } from '../mount';
import { listenForPractice } from '../parts/practiceBridge';
import PartnerConsole from '../../flows/partner-console/PartnerConsole';
import PortalApp from '../PortalApp';
import { PracticePanel } from './PracticePanel';
import { openSession, type PracticeSession } from './practiceSession';
import { wireAssessmentSwitch } from './assessmentSwitch';
import { browserProgressStore, type ProgressStore } from './progressStore';
import { scenarioKey } from './storageKeys';
import { markSaved, markUnsaved } from './unsavedLedger';
import type { PracticeTexts } from './texts';

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
  if (!root || !scenario || (locale !== 'en' && locale !== 'zh-tw' && locale !== 'ja')) return;
  const texts = JSON.parse(root.dataset['texts'] ?? '{}') as PracticeTexts;
  const storage = localStorageOrNull();
  const key = scenarioKey(scenario.id);
  let resumable: boolean;
  try {
    resumable = storage !== null && storage.getItem(key) !== null;
  } catch {
    resumable = false;
  }
  const portal = createBrowserPortal({ storage, key, events: window });
  providePortal(portal);
  const progress = browserProgressStore();
  let session: PracticeSession;
  try {
    session = await openSession({ scenario, portal, storage, progress, locale, resumable, assessment: progress.read().assessment ?? false });
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
