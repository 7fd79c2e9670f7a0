import { describe, expect, it } from 'vitest';
import { printAddress } from '../../../src/guide/printAddress';

describe('printAddress', () => {
  const page = new URL('https://help.example/en/get-invitation/');
  it('writes a link within the site out in full, at the published address', () => {
    expect(printAddress('/ja/roles/#roles', page)).toBe('https://help.example/ja/roles/#roles');
    expect(printAddress('#register', page)).toBe('https://help.example/en/get-invitation/#register');
  });
  it('leaves links to other sites (printed as they are) and links without an address alone', () => {
    expect(printAddress('https://www.microsoft.com/', page)).toBeUndefined();
    expect(printAddress('//cdn.example/x', page)).toBeUndefined();
    expect(printAddress('mailto:harry@contoso.com', page)).toBeUndefined();
    expect(printAddress(undefined, page)).toBeUndefined();
  });
});
