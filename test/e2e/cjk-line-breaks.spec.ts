import { expect, test, type Page } from '@playwright/test';
import { phraseParserFor } from '../../src/phrases/phrases';
import { laidOutTexts, type LaidOutText } from './support/lineBreaks';
import { gotoPanel } from './support/panels';

/**
 * Issue 16 (5): no Japanese or Chinese link, heading, portal label, button, caption, summary or
 * table header breaks a line inside a word on a phone. A line may break at a phrase boundary
 * (BudouX, computed here in Node), at a space, or next to a punctuation mark; nowhere else.
 */
test.use({ viewport: { width: 390, height: 844 } });

const phrased = ':is(a, h1, h2, h3, h4, button, caption, figcaption, summary, th, dt, .portal-label, .callout-label, .sim-figure-heading)';
const breakable = /[\s\p{P}\p{S}]/u;

/** The lines of `texts` that end inside a word, as `text: line / next line`. */
function brokenWords(texts: readonly LaidOutText[]): string[] {
  const broken: string[] = [];
  for (const { text, lang, breaks } of texts) {
    const parser = phraseParserFor(lang);
    if (!parser || breaks.length === 0) continue;
    const boundaries = new Set<number>();
    let offset = 0;
    for (const phrase of parser.parse(text)) boundaries.add((offset += phrase.length));
    for (const at of breaks) {
      if (boundaries.has(at) || breakable.test(text.charAt(at - 1)) || breakable.test(text.charAt(at))) continue;
      broken.push(`${text.slice(0, at).trim()} / ${text.slice(at).trim()}`);
    }
  }
  return broken;
}

async function brokenOnPage(page: Page): Promise<string[]> {
  // The folded contents and "On this page" open, so their links are laid out too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
  return brokenWords(await laidOutTexts(page, phrased));
}

for (const locale of ['ja', 'zh-tw'] as const) {
  test(`${locale} on a phone: links, headings, labels, buttons and captions break between words only`, async ({ page }) => {
    test.setTimeout(90_000);
    const broken: string[] = [];
    for (const path of ['roles', 'invite-people', 'practice', 'practice/my-profile']) {
      await page.goto(`/${locale}/${path}/`);
      broken.push(...(await brokenOnPage(page)).map((line) => `${path}: ${line}`));
    }
    // A started panel: its screens are drawn in the browser, not in the page's HTML.
    await gotoPanel(page, locale, 'accept-invitation');
    broken.push(...(await brokenOnPage(page)).map((line) => `accept-invitation: ${line}`));
    expect(broken).toEqual([]);
  });
}
