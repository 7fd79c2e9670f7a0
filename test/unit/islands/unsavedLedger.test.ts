import { describe, expect, it } from 'vitest';
import { markSaved, markUnsaved, unsavedScenarios } from '../../../src/practice/session/unsavedLedger';

/** A cookie jar that behaves like `document.cookie` for one cookie name: set replaces, Max-Age=0 deletes. */
function jar() {
  const cookies = new Map<string, string>();
  return {
    get cookie() {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(text: string) {
      const [pair = '', ...attributes] = text.split(/;\s*/);
      const [name = '', value = ''] = pair.split('=');
      if (attributes.includes('Max-Age=0')) cookies.delete(name);
      else cookies.set(name, value);
    },
  };
}

describe('the ledger of scenarios whose work was not kept', () => {
  it('remembers each scenario once, and forgets one whose work was saved later', () => {
    const cookies = jar();
    markUnsaved(cookies, 'my-profile');
    markUnsaved(cookies, 'work-account');
    markUnsaved(cookies, 'my-profile');
    expect([...unsavedScenarios(cookies)]).toEqual(['my-profile', 'work-account']);
    markSaved(cookies, 'my-profile');
    expect([...unsavedScenarios(cookies)]).toEqual(['work-account']);
    markSaved(cookies, 'work-account');
    expect(cookies.cookie).toBe('');
  });

  it('reads nothing from a cookie it did not write, and survives cookies being blocked', () => {
    expect(unsavedScenarios({ cookie: 'bch-practice-unsaved=%3Cscript%3E,ok-id; other=1' })).toEqual(new Set(['ok-id']));
    expect(unsavedScenarios({ cookie: 'bch-practice-unsaved=ok-id,%E0%A4; other=1' })).toEqual(new Set(['ok-id']));
    const blocked = {
      get cookie(): string {
        throw new DOMException('blocked', 'SecurityError');
      },
      set cookie(_text: string) {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(() => markUnsaved(blocked, 'my-profile')).not.toThrow();
    expect(unsavedScenarios(blocked).size).toBe(0);
  });
});
