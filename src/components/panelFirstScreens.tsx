/**
 * What a try-it panel shows before its code arrives: its set-up line and its first screen for the store's starting
 * state (the seed: nobody signed in, Harry's invitation in his mailbox), from the flows' descriptors (the sign-in
 * form, or the flow's own `firstPaint.tsx`), rendered at build time
 * with the same screen components the island renders, real controls included, with the ids and
 * names the island gives them (so text typed early can be carried over). `null`: this panel's
 * first screen is not a screen component yet (the work-account check and the role picker are the
 * panels' own).
 */
import type { ReactElement } from 'react';
import { withBase } from '../config/base';
import { panelFlows, type PanelSection } from '../flows';
import { SignInScreen } from '../flows/sign-in/SignInScreen';
import type { Locale } from '../i18n/locales';
import { panelTranslations } from '../i18n/panels';
import { simTranslations } from '../i18n/sim';
import { harry, harrysMail } from '../islands/panels/setup/harry';
import { panelNeeds } from '../islands/panels/setup/needs';
import { setupOffer } from '../islands/panels/setup/offer';
import { SetupScreen } from '../islands/panels/setup/SetupScreen';
import { PanelNavigation } from '../islands/parts/navigation';
import { createMemoryPortal } from '../store/memoryPortal';

/** A picture does nothing until the island takes over (the loader holds clicks and submits). */
const inert = () => undefined;

/**
 * The sign-in page, as a panel shows it to someone not signed in: with `formId`, the island's
 * ids (`PanelFrame`'s `WhenSignedIn`, `ResendPanel`).
 */
function signIn(formId: string) {
  return async (locale: Locale): Promise<ReactElement> => (
    <PanelNavigation simulatorUrl={withBase(`/${locale}/simulator/`)}>
      <SignInScreen t={simTranslations(locale)} formId={formId} values={{ email: '', password: '' }} errors={{}} busy={false}
        onChange={inert} onBlur={inert} onSubmit={inert} />
    </PanelNavigation>
  );
}

type FirstScreen = (locale: Locale) => Promise<ReactElement>;

/** The flows' own first screens (`firstScreen: 'own'` in their descriptors), by flow. */
const ownFirstScreens = Object.fromEntries(
  Object.entries(import.meta.glob<{ readonly firstPaint: FirstScreen }>('../flows/*/firstPaint.tsx', { eager: true }))
    .map(([path, module]) => [path.split('/').at(-2), module.firstPaint]),
);

/** Each panel's first screen, by section, from its flow's descriptor. */
export const panelFirstScreens = Object.fromEntries(
  panelFlows.map(({ name, panel: { section, firstScreen } }) => [
    section,
    firstScreen === 'own' ? (ownFirstScreens[name] ?? null) : firstScreen ? signIn(firstScreen.signInForm) : null,
  ]),
) as Readonly<Record<PanelSection, FirstScreen | null>>;

/**
 * The set-up above a panel's window, for the store's starting state (nobody signed in, Harry's
 * invitation pending), as the island computes it (`setupOffer`), with the button's id: a click
 * on it before the code arrives is replayed on the live button. `null` where the step can start.
 */
export async function panelFirstSetup(section: PanelSection, locale: Locale): Promise<ReactElement | null> {
  const need = panelNeeds[section];
  if (!need) return null;
  let next = 0;
  const portal = createMemoryPortal({ newId: () => `first-paint-setup-${++next}`, language: locale });
  const offer = setupOffer(need, await portal.getSession(), harrysMail(await portal.getMailbox(harry.email)));
  if (offer.kind !== 'button') return null;
  const tp = panelTranslations(locale);
  return <SetupScreen id={`try-${section}-setup`} why={tp(offer.why)} button={{ label: tp(offer.label), busyLabel: '', busy: false }} />;
}
