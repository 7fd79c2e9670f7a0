// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastQuery, rememberQuery } from '../../../src/search/lastQuery';

describe('the last query of the tab', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('is kept per language', () => {
    rememberQuery('en', 'junk mail');
    rememberQuery('ja', '迷惑メール');
    expect(lastQuery('en')).toBe('junk mail');
    expect(lastQuery('ja')).toBe('迷惑メール');
    expect(lastQuery('zh-TW')).toBe('');
  });

  it('is simply empty where storage is blocked', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => rememberQuery('en', 'junk mail')).not.toThrow();
    expect(lastQuery('en')).toBe('');
  });

  it('is simply not kept where storage refuses to write', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => rememberQuery('en', 'junk mail')).not.toThrow();
    expect(lastQuery('en')).toBe('');
  });
});
