import { describe, expect, it } from 'vitest';
import { panelTranslations, loadPanelDictionary } from '../../../src/i18n/panels';
import { simTranslations } from '../../../src/i18n/sim';
import { panelNeeds } from '../../../src/islands/panels/setup/needs';
import { resultText, setupOffer } from '../../../src/islands/panels/setup/offer';
import type { SessionView } from '../../../src/store';
import { sessionOf } from '../../support/sessionOf';

/** What a panel offers before its step, from the store's answers: a button, a note, or nothing. */
const session = (roles: string[], name: string) => sessionOf(roles, { name }) as unknown as SessionView;
const invited = { pendingToken: 'token', registered: false };
const expired = { pendingToken: undefined, registered: false };
const registered = { pendingToken: undefined, registered: true };
const invite = panelNeeds['invite-users'];
if (!invite) throw new Error('the invite panel needs an administrator');

describe('the set-up a panel offers', () => {
  it('registers Harry when nobody is signed in and he has not registered, or signs him in when he has', () => {
    expect(setupOffer(invite, null, invited)).toMatchObject({ kind: 'button', label: 'panel.setup.register', why: 'panel.signInFirst' });
    expect(setupOffer(invite, null, registered)).toMatchObject({ kind: 'button', label: 'panel.setup.signIn' });
  });

  it('offers to switch to Harry when the one signed in may not do the step, and nothing when they may', () => {
    expect(setupOffer(invite, session(['report-viewer'], 'Mina Sato'), registered)).toEqual({ kind: 'button', label: 'panel.setup.switch', why: 'panel.setup.notAllowed', name: 'Mina Sato' });
    expect(setupOffer(invite, session(['user-administrator'], 'Mina Sato'), registered)).toEqual({ kind: 'ready' });
    // My profile: anyone signed in can read their own roles.
    expect(setupOffer({ kind: 'administrator', permission: null }, session(['report-viewer'], 'Mina Sato'), registered)).toEqual({ kind: 'ready' });
  });

  it('asks for a new invitation when Harry’s link died before he registered; only says so once he has', () => {
    const accept = { kind: 'invitation' } as const;
    expect(setupOffer(accept, null, invited)).toEqual({ kind: 'ready' });
    expect(setupOffer(accept, null, expired)).toEqual({ kind: 'button', label: 'panel.setup.resend', why: 'panel.setup.linkDead' });
    expect(setupOffer(accept, null, registered)).toEqual({ kind: 'note', note: 'panel.setup.accountExists' });
  });

  it('warns on the resend step that a registered Harry gets nothing more', () => {
    expect(setupOffer({ kind: 'signedOut' }, null, invited)).toEqual({ kind: 'ready' });
    expect(setupOffer({ kind: 'signedOut' }, null, registered)).toEqual({ kind: 'note', note: 'panel.setup.alreadyRegistered' });
  });
});

describe('what the set-up says it did', () => {
  it('names each step in order, with the practice password, sentences apart in English and together in Japanese', async () => {
    await Promise.all([loadPanelDictionary('en'), loadPanelDictionary('ja')]);
    const steps = [{ kind: 'signedOut', name: 'Mina Sato' }, { kind: 'signedIn' }] as const;
    const en = resultText({ ok: true, steps }, invite, 'en', panelTranslations('en'), simTranslations('en'));
    expect(en).toEqual({ done: 'Mina Sato was signed out. Harry was signed in with the practice password Practice-2016.', stop: '' });
    const ja = resultText({ ok: true, steps }, invite, 'ja', panelTranslations('ja'), simTranslations('ja'));
    expect(ja.done).toBe('Mina Sato をサインアウトしました。練習用パスワード Practice-2016 で Harry としてサインインしました。');
  });

  it('says why it stopped, in the store’s words, and where to start over', async () => {
    await loadPanelDictionary('en');
    const said = resultText({ ok: false, steps: [], stop: 'refused', error: 'error.auth.forbidden' }, invite, 'en', panelTranslations('en'), simTranslations('en'));
    expect(said.stop).toContain(simTranslations('en')('error.auth.forbidden'));
    expect(said.stop).toContain(simTranslations('en')('controls.reset'));
  });
});
