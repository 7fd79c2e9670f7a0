import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simTranslations } from '../../../src/i18n/sim';
import type { Locale } from '../../../src/i18n/locales';
import { MailboxScreen } from '../../../src/islands/screens/MailboxScreen';

const optionOf = (locale: Locale) =>
  renderToStaticMarkup(createElement(MailboxScreen, { t: simTranslations(locale), locale, boxes: [{ address: 'harry@contoso.com', messages: 2, latestAt: '2016-11-01T09:00:00.000Z' }], address: 'harry@contoso.com' })).match(/<option[^>]*>([^<]*)<\/option>/)?.[1];

describe('the mailbox list names each address with its number of messages', () => {
  it('in English, in parentheses', () => {
    expect(optionOf('en')).toBe('harry@contoso.com (2 messages)');
  });

  it.each(['zh-tw', 'ja'] as const)('in %s, in full-width parentheses', (locale) => {
    expect(optionOf(locale)).toMatch(/^harry@contoso\.com（2 .+）$/);
  });
});
