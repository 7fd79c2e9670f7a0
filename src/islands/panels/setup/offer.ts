import { localeInfo, type Locale } from '../../../config/locales';
import type { PanelKey, PanelTranslate } from '../../../i18n/panels';
import type { SimTranslate } from '../../../i18n/sim';
import { sessionMay } from '../../../machines/session';
import type { SessionView } from '../../../store';
import { harrysResendDetails, SETUP_PASSWORD, type HarrysMail } from './harry';
import type { PanelNeed } from './needs';
import type { SetupResult } from './plan';

/**
 * What a panel offers before its step, from the store's answers (who is signed in, Harry's
 * mailbox): nothing (`ready`), one set-up button with the reason it is needed, or only a note
 * when no set-up can get there without undoing the reader's own work (Harry's account exists,
 * so his invitation cannot be accepted again).
 */
export type SetupOffer =
  | { readonly kind: 'ready' }
  | { readonly kind: 'button'; readonly label: PanelKey; readonly why: PanelKey; readonly name?: string }
  | { readonly kind: 'note'; readonly note: PanelKey };

const ready: SetupOffer = { kind: 'ready' };

/** @example setupOffer({ kind: 'administrator', permission: 'users.invite' }, null, { pendingToken: 't', registered: false }).label // 'panel.setup.register' */
export function setupOffer(need: PanelNeed, session: SessionView | null, mail: HarrysMail): SetupOffer {
  switch (need.kind) {
    case 'administrator':
      if (session && (need.permission === null || sessionMay(session, need.permission))) return ready;
      if (session) return { kind: 'button', label: 'panel.setup.switch', why: 'panel.setup.notAllowed', name: session.user.name };
      return { kind: 'button', label: mail.registered ? 'panel.setup.signIn' : 'panel.setup.register', why: 'panel.signInFirst' };
    case 'invitation':
      if (mail.pendingToken) return ready;
      return mail.registered ? { kind: 'note', note: 'panel.setup.accountExists' } : { kind: 'button', label: 'panel.setup.resend', why: 'panel.setup.linkDead' };
    case 'signedOut':
      return mail.registered ? { kind: 'note', note: 'panel.setup.alreadyRegistered' } : ready;
  }
}

/**
 * The portal's words the set-up's sentences name, taken from the simulator's dictionary (never
 * retyped), and the values the reader needs to go on (the practice password).
 */
export function setupWords(t: SimTranslate): Record<string, string> {
  return {
    reset: t('controls.reset'),
    resendLink: t('signIn.resend'),
    password: SETUP_PASSWORD,
    agreementNumber: harrysResendDetails.agreementNumber,
    purchasingAccountNumber: harrysResendDetails.purchasingAccountNumber,
  };
}

/** What the set-up did, in sentences (apart in English, together in Chinese and Japanese), and why it stopped if it did. */
export function resultText(result: SetupResult, need: PanelNeed, locale: Locale, tp: PanelTranslate, t: SimTranslate): { readonly done: string; readonly stop: string } {
  const words = setupWords(t);
  const done = result.steps.flatMap((step) => {
    if (step.kind === 'signedOut') return [tp('panel.setup.did.signedOut', { name: step.name })];
    if (step.kind === 'resent') return [tp('panel.setup.did.resent', words), ...(need.kind === 'invitation' ? [tp('panel.setup.did.inMailbox')] : [])];
    return [tp(step.kind === 'registered' ? 'panel.setup.did.registered' : 'panel.setup.did.signedIn', words)];
  });
  let stop = '';
  if (!result.ok) {
    stop = result.stop === 'refused'
      ? tp('panel.setup.refused', { ...words, reason: t(result.error ?? 'error.input.invalid') })
      : tp(result.stop === 'ownPassword' ? 'panel.setup.ownPassword' : 'panel.setup.noInvitation', words);
  }
  return { done: done.join(localeInfo[locale].spacesBetweenWords ? ' ' : ''), stop };
}
