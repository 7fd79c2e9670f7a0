import { describe, expect, it } from 'vitest';
import { getPortal, setPageLanguage } from '../../../src/store/index';

describe('the page-wide portal and the page’s language', () => {
  it('starts the practice data in the language the page set before any island asked', async () => {
    setPageLanguage('ja');
    const [invitation] = await getPortal().getMailbox('harry@contoso.com');
    expect(invitation?.language).toBe('ja');
    expect((await getPortal().getSession())).toBeNull();
  });
});
