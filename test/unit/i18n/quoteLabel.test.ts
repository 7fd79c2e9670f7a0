import { describe, expect, it } from 'vitest';
import { quoteLabel } from '../../../src/i18n/locales';

describe('quoteLabel, the one place that knows how each language quotes a portal label', () => {
  it('quotes in ［ ］ for Japanese and 「 」 for Traditional Chinese, as Microsoft Japan and Taiwan do', () => {
    expect(quoteLabel('ja', '開始')).toBe('［開始］');
    expect(quoteLabel('zh-tw', '開始')).toBe('「開始」');
  });

  it('leaves an English label as it is: pages set it in bold instead', () => {
    expect(quoteLabel('en', 'Start')).toBe('Start');
  });
});
