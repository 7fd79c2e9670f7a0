import { describe, expect, it } from 'vitest';
import { format } from '../../../src/i18n/format';
import { useTranslations } from '../../../src/i18n';

describe('format', () => {
  it('fills every placeholder, repeated ones too', () => {
    expect(format('{count} results for “{query}” ({count})', { count: 3, query: 'roles' })).toBe('3 results for “roles” (3)');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(format('Hello {name}')).toBe('Hello {name}');
  });

  it('does not treat inherited object keys as values', () => {
    expect(format('{constructor}', {})).toBe('{constructor}');
  });
});

describe('useTranslations', () => {
  it('speaks each locale', () => {
    expect(useTranslations('en')('nav.next')).toBe('Next');
    expect(useTranslations('ja')('nav.next')).not.toBe('Next');
    expect(useTranslations('zh-tw')('page.updated', { date: '2026年11月23日' })).toContain('2026年11月23日');
  });
});
