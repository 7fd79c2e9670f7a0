/**
 * What a try-it panel shows before its code arrives: its set-up line and its first screen for the store's starting
 * state (the seed: nobody signed in, Harry's invitation in his mailbox), rendered at build time
 * with the same screen components the island renders, real controls included, with the ids and
 * names the island gives them (so text typed early can be carried over). `null`: this panel's
 * first screen is not a screen component yet (the work-account check and the role picker are the
 * panels' own).
 */
import type { ReactElement } from 'react';
import { withBase } from '../config/base';
import type { Locale } from '../i18n/locales';
import { panelTranslations } from '../i18n/panels';
import { simDictionaries, simTranslations } from '../i18n/sim';
import { renderMail } from '../i18n/sim/renderMail';
import type { PanelSection } from '../islands/panels';
import { harry, harrysMail } from '../islands/panels/setup/harry';
import { panelNeeds } from '../islands/panels/setup/needs';
import { setupOffer } from '../islands/panels/setup/offer';
import { SetupScreen } from '../islands/panels/setup/SetupScreen';
import { PanelNavigation } from '../islands/parts/navigation';
import { MailboxScreen } from '../islands/screens/MailboxScreen';
import { MailMessage } from '../islands/screens/MailMessage';
import { SignInScreen } from '../flows/sign-in/SignInScreen';
import { createMemoryPortal } from '../store/memoryPortal';

/**
 * `accept-invitation`: the mailbox with Harry's invitation, as the store answers for its
 * starting state in the page's language (a store this page starts makes Harry prefer it, see
 * `store/pageLanguage.ts`). The link cannot name the learner's own invitation (the seed draws a
 * new token in each browser), so until the code arrives it opens the simulator page, whose mailbox has it.
 */
async function acceptInvitation(locale: Locale): Promise<ReactElement> {
  const t = simTranslations(locale);
  let next = 0;
  // Stable ids: the page's markup is the same on every build.
  const portal = createMemoryPortal({ newId: () => `first-paint-${++next}`, language: locale });
  const boxes = await portal.listMailboxes();
  const address = boxes[0]?.address ?? '';
  const messages = address ? await portal.getMailbox(address) : [];
  return (
    <PanelNavigation simulatorUrl={withBase(`/${locale}/simulator/`)}>
      <MailboxScreen t={t} locale={locale} boxes={boxes} address={address}>
        {messages.map((message) => {
          const mail = renderMail(message, simDictionaries);
          return mail && <li key={message.id}><MailMessage message={message} mail={mail} locale={locale} t={t} startRoute="" /></li>;
        })}
      </MailboxScreen>
    </PanelNavigation>
  );
}

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

/** Each panel's first screen, by section. */
export const panelFirstScreens: Readonly<Record<PanelSection, ((locale: Locale) => Promise<ReactElement>) | null>> = {
  'request-resend': signIn('try-resend-signin'),
  'accept-invitation': acceptInvitation,
  'sign-in-address': null,
  'get-started': signIn('try-profile-signin'),
  'invite-users': signIn('try-invite-signin'),
  roles: null,
  domains: signIn('try-domains-signin'),
};

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
