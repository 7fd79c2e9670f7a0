import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../src/islands/routes';

describe('the simulator route a #fragment names', () => {
  it('gives an invitation link its decoded token', () => {
    const match = matchRoute('accept/abc%20def');
    expect(match?.route.path).toBe('accept');
    expect(match?.param).toBe('abc def');
  });

  it('keeps a link with a broken escape (cut or mistyped when copied) as written, so the page says the link does not work instead of failing', () => {
    const match = matchRoute('accept/abc%E0%A4');
    expect(match?.route.path).toBe('accept');
    expect(match?.param).toBe('abc%E0%A4');
  });
});
