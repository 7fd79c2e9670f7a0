import { Suspense, useState, type ReactNode } from 'react';
import { withBase } from '../../config/base';
import type { Locale } from '../../i18n/locales';
import type { PanelTranslate } from '../../i18n/panels';
import type { SimTranslate } from '../../i18n/sim';
import type { SessionView } from '../../store';
import { usePortalData } from '../parts/hooks';
import { PanelNavigation, useNavigation } from '../parts/navigation';
import { Notice } from '../parts/Notice';
import { RecoveryNotice } from '../parts/RecoveryNotice';
import { useSignOut } from '../../flows/sign-out/useSignOut';
import { SignIn } from '../../flows/sign-in/SignIn';
import type { PanelSection } from './index';
import { PanelStartOver } from './PanelStartOver';
import { panelNeeds } from './setup/needs';
import { PanelSetup } from './setup/PanelSetup';

type FrameProps = {
  /** The guide section the panel sits in: what its step needs (`setup/needs.ts`) and its ids. */
  section: PanelSection;
  locale: Locale;
  t: SimTranslate;
  tp: PanelTranslate;
  /** The panel's "what happened" sentence: a hook, run inside the panel's navigation. */
  useOutcome: () => string | undefined;
  children: ReactNode;
};

/**
 * A try-it panel's set-up (when the store is not where its step starts), its portal window and
 * its "what happened" line (announced). Screens move in React state (the guide's #fragment
 * names sections), and links open the same screen on the simulator page, which shares the store.
 */
export function PanelFrame({ section, locale, t, tp, useOutcome, children }: FrameProps) {
  const need = panelNeeds[section];
  // After a set-up, "what happened" compares with the store as the set-up left it: the
  // invitation it asked for is not the reader's doing.
  const [round, setRound] = useState(0);
  // Start over mounts the screens again (every form empty, the first screen), and "what happened" with them.
  const [epoch, setEpoch] = useState(0);
  return (
    <PanelNavigation simulatorUrl={withBase(`/${locale}/simulator/`)}>
      <RecoveryNotice t={t} />
      {need && <PanelSetup id={`try-${section}-setup`} need={need} locale={locale} t={t} tp={tp} onDone={() => setRound((count) => count + 1)} />}
      <div className="sim-portal">
        <p className="sim-portal-bar"><span aria-hidden="true">▦ </span>{t('portal.name')}</p>
        <div className="sim-portal-body" key={epoch}><Suspense fallback={<p role="status">{t('sim.loading')}</p>}>{children}</Suspense></div>
      </div>
      <Outcome key={`${round}-${epoch}`} tp={tp} useOutcome={useOutcome} />
      <PanelStartOver id={`try-${section}-start-over`} tp={tp} onDone={() => setEpoch((count) => count + 1)} />
    </PanelNavigation>
  );
}

function Outcome({ tp, useOutcome }: { tp: PanelTranslate; useOutcome: () => string | undefined }) {
  const outcome = useOutcome();
  return <p className="try-it-outcome" role="status"><strong>{tp('panel.outcome')}</strong> {outcome ?? tp('panel.nothingYet')}</p>;
}

/**
 * The steps that need someone signed in (profile, invite, roles, domains): the sign-in page
 * until then (the set-up above the window says why, and offers to do the earlier steps).
 */
export function WhenSignedIn({ t, formId, children }: { t: SimTranslate; formId: string; children: (session: SessionView) => ReactNode }) {
  const session = usePortalData((portal) => portal.getSession());
  if (session === undefined) return <p role="status">{t('sim.loading')}</p>;
  if (session) return <>{children(session)}</>;
  return <SignIn t={t} formId={formId} />;
}

/** The steps done before signing in (resend, accept): Harry signed in already gets a way out. */
export function WhenSignedOut({ t, tp, children }: { t: SimTranslate; tp: PanelTranslate; children: ReactNode }) {
  const session = usePortalData((portal) => portal.getSession());
  const { route } = useNavigation();
  if (session === undefined) return <p role="status">{t('sim.loading')}</p>;
  if (!session || route.startsWith('accept/')) return <>{children}</>;
  return <SignedInAlready name={session.user.name} t={t} tp={tp} />;
}

/** Who is signed in, and Sign out (`signOutMachine`), with the store's refusal if it refuses. */
function SignedInAlready({ name, t, tp }: { name: string; t: SimTranslate; tp: PanelTranslate }) {
  const { signOut, refusal } = useSignOut();
  return (
    <div className="sim-screen">
      <p>{tp('panel.signedInAs', { name })}</p>
      <button type="button" className="sim-button sim-secondary" onClick={signOut}>{t('portal.signOut')}</button>
      {refusal && <Notice kind="warning">{t(refusal)}</Notice>}
    </div>
  );
}
