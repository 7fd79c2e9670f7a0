import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { harry, SETUP_PASSWORD } from '../../../src/islands/panels/setup/harry';
import { setUpAdministrator, setUpInvitation } from '../../../src/islands/panels/setup/plan';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import type { PortalApi } from '../../../src/store/portalApi';
import { accept, latestToken, must } from '../../fixtures/store/journey';
import { counter, PASSWORD } from '../../fixtures/store/world';

/**
 * The try-it panels' set-up: the earlier steps replayed through the portal's machines against
 * the memory store, from each state a reader may arrive in. It never replaces what the reader
 * made (a password of their own, colleagues, domains).
 */
const fresh = () => createMemoryPortal({ newId: counter(`s${Math.random()}`), hasher: createPbkdf2Hasher(1) });
const mina = { email: 'mina@contoso.com', name: 'Mina Sato', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] };

/** Harry registered (with `password`) and signed out. */
async function harryRegistered(password: string): Promise<PortalApi> {
  const portal = fresh();
  const token = await latestToken(portal, harry.email);
  must(await portal.acceptInvitation({ token, name: harry.name, password, confirmPassword: password, country: 'US' }));
  must(await portal.signOut());
  return portal;
}

const signedInName = async (portal: PortalApi) => (await portal.getSession())?.user.name ?? null;

describe('set-up for a step that needs an administrator', () => {
  it('from a fresh store, creates Harry’s account from his invitation, which signs him in', async () => {
    const portal = fresh();
    expect(await setUpAdministrator(portal, 'users.invite')).toEqual({ ok: true, steps: [{ kind: 'registered' }] });
    expect(await signedInName(portal)).toBe(harry.name);
    // With the password the panel tells the reader.
    must(await portal.signOut());
    expect((await portal.signIn({ email: harry.email, password: SETUP_PASSWORD })).ok).toBe(true);
  });

  it('signs Harry in when his account has the set-up’s password', async () => {
    const portal = await harryRegistered(SETUP_PASSWORD);
    expect(await setUpAdministrator(portal, 'domains.manage')).toEqual({ ok: true, steps: [{ kind: 'signedIn' }] });
    expect(await signedInName(portal)).toBe(harry.name);
  });

  it('stops, changing nothing, when Harry chose a password of his own', async () => {
    const portal = await harryRegistered(PASSWORD);
    const before = await portal.exportDocument();
    expect(await setUpAdministrator(portal, 'users.manage')).toEqual({ ok: false, steps: [], stop: 'ownPassword' });
    expect(await portal.exportDocument()).toBe(before);
  });

  it('asks for the invitation again when its link expired, then creates the account', async () => {
    const portal = fresh();
    must(await portal.advanceClock({ days: 61 }));
    expect(await setUpAdministrator(portal, null)).toEqual({ ok: true, steps: [{ kind: 'resent' }, { kind: 'registered' }] });
    expect(await portal.getMailbox(harry.email)).toHaveLength(2);
    expect(await signedInName(portal)).toBe(harry.name);
  });

  it('signs out a colleague whose roles do not allow the step, and signs Harry in', async () => {
    const portal = await harryRegistered(SETUP_PASSWORD);
    must(await portal.signIn({ email: harry.email, password: SETUP_PASSWORD }));
    must(await portal.inviteUsers({ rows: [mina] }));
    must(await accept(portal, mina.email, mina.name, 'JP'));
    expect(await setUpAdministrator(portal, 'users.invite')).toEqual({ ok: true, steps: [{ kind: 'signedOut', name: mina.name }, { kind: 'signedIn' }] });
    expect(await signedInName(portal)).toBe(harry.name);
  });

  it('does nothing when someone who may do the step is signed in', async () => {
    const portal = fresh();
    must(await accept(portal, harry.email));
    const before = await portal.exportDocument();
    expect(await setUpAdministrator(portal, 'domains.manage')).toEqual({ ok: true, steps: [] });
    expect(await portal.exportDocument()).toBe(before);
  });

  it('keeps the colleagues and domains the reader added', async () => {
    const portal = await harryRegistered(SETUP_PASSWORD);
    must(await portal.signIn({ email: harry.email, password: SETUP_PASSWORD }));
    must(await portal.inviteUsers({ rows: [mina] }));
    must(await portal.associateDomain({ domain: 'contoso.com' }));
    must(await portal.signOut());
    must(await setUpAdministrator(portal, 'users.manage'));
    expect(await portal.listUsers()).toMatchObject({ ok: true, users: [{ email: harry.email }, { email: mina.email, status: 'invited' }] });
    expect(await portal.listDomains()).toMatchObject({ ok: true, domains: [{ name: 'contoso.com' }] });
  });
});

describe('set-up for accepting the invitation', () => {
  it('does nothing while Harry’s link works', async () => {
    const portal = fresh();
    expect(await setUpInvitation(portal)).toEqual({ ok: true, steps: [] });
    expect(await portal.getMailbox(harry.email)).toHaveLength(1);
  });

  it('asks for a new invitation once his link expired', async () => {
    const portal = fresh();
    must(await portal.advanceClock({ days: 61 }));
    expect(await setUpInvitation(portal)).toEqual({ ok: true, steps: [{ kind: 'resent' }] });
    const [newest] = await portal.getMailbox(harry.email);
    expect(newest?.linkStatus).toBe('pending');
  });

  it('says no invitation came when Harry has registered already (a resend sends nothing then)', async () => {
    const portal = await harryRegistered(PASSWORD);
    expect(await setUpInvitation(portal)).toEqual({ ok: false, steps: [], stop: 'noInvitation' });
    expect(await portal.getMailbox(harry.email)).toHaveLength(1);
  });
});
