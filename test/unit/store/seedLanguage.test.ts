import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createBrowserPortal, STORAGE_KEY } from '../../../src/store/browserPortal';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import type { PortalOptions } from '../../../src/store/options';
import { createSeed } from '../../../src/store/seed';
import { FakeStorage } from '../../fixtures/store/fakeStorage';
import { accept, must } from '../../fixtures/store/journey';
import { AGREEMENT, counter, HARRY, PURCHASING_ACCOUNT } from '../../fixtures/store/world';

/**
 * Harry's invitation arrives in the trainee's language: the seed takes the language of the page
 * the simulator starts (or is reset) in; a stored document keeps the language it has.
 */
const hasher = createPbkdf2Hasher(1);
const options = (language: PortalOptions['language']): PortalOptions => ({ newId: counter(`p${Math.random()}`), hasher, ...(language ? { language } : {}) });
const languagesIn = async (portal: ReturnType<typeof createMemoryPortal>, address = HARRY) => (await portal.getMailbox(address)).map((message) => message.language);

describe('the seed in the page’s language', () => {
  it('makes Harry prefer that language, in his user record, the agreement and his first invitation', () => {
    const state = createSeed({ newId: counter(), language: 'ja' });
    expect(state.users).toMatchObject([{ email: HARRY, preferredLanguage: 'ja' }]);
    expect(state.organization.agreement.purchasingAccountAdministrator.preferredLanguage).toBe('ja');
    expect(state.mailbox).toMatchObject([{ to: HARRY, language: 'ja' }]);
  });

  it('is English when no language is given', () => {
    expect(createSeed({ newId: counter() }).mailbox).toMatchObject([{ language: 'en' }]);
  });
});

describe('a portal opened in a language', () => {
  it('sends Harry his invitation, and a resent one, in that language', async () => {
    const portal = createMemoryPortal(options('zh-tw'));
    must(await portal.requestResend({ email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: PURCHASING_ACCOUNT }));
    expect(await languagesIn(portal)).toEqual(['zh-tw', 'zh-tw']);
  });

  it('resets to the seed in that language', async () => {
    const portal = createMemoryPortal(options('ja'));
    must(await accept(portal, HARRY));
    must(await portal.reset());
    expect(await languagesIn(portal)).toEqual(['ja']);
    expect((await portal.getSession())).toBeNull();
  });

  it('leaves colleagues’ invitations in their own preferred language', async () => {
    const portal = createMemoryPortal(options('ja'));
    must(await accept(portal, HARRY));
    must(await portal.inviteUsers({ rows: [{ email: 'mina@contoso.com', name: 'Mina Sato', preferredLanguage: 'en', country: 'JP', roles: ['report-viewer'] }] }));
    expect(await languagesIn(portal, 'mina@contoso.com')).toEqual(['en']);
  });
});

describe('the browser store and the language of the page that opens it', () => {
  it('starts in the language of the first page, and another page keeps what is stored', async () => {
    const storage = new FakeStorage();
    createBrowserPortal({ storage, ...options('ja') });
    const english = createBrowserPortal({ storage, ...options('en') });
    expect(await languagesIn(english)).toEqual(['ja']);
    expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '{}').state.users[0].preferredLanguage).toBe('ja');
  });

  it('takes the language of the page it is reset in', async () => {
    const storage = new FakeStorage();
    createBrowserPortal({ storage, ...options('ja') });
    const chinese = createBrowserPortal({ storage, ...options('zh-tw') });
    must(await chinese.reset());
    expect(await languagesIn(createBrowserPortal({ storage, ...options('en') }))).toEqual(['zh-tw']);
  });

  it('starts over in the page’s language when the stored data cannot be read', async () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, 'not a document');
    expect(await languagesIn(createBrowserPortal({ storage, ...options('zh-tw') }))).toEqual(['zh-tw']);
  });
});
