import { describe, expect, it } from 'vitest';
import { spelledGlossary } from '../../src/i18n/glossary';
import { localeInfo, locales } from '../../src/i18n/locales';
import { simDictionaries } from '../../src/i18n/sim';
import { variantPattern } from '../../scripts/prose/prhDictionary.mjs';
import { page, sitePaths } from '../support/site';
import type { HTMLElement } from 'node-html-parser';

/** The text of an element, without the parts marked as another language (a mail in its recipient's). */
function textInPageLanguage(element: HTMLElement | null, lang: string): string {
  if (!element) return '';
  return element.childNodes
    .map((node) => {
      if (node.nodeType !== 1) return node.textContent;
      const child = node as HTMLElement;
      const childLang = child.getAttribute('lang');
      return childLang && childLang !== lang ? ' ' : textInPageLanguage(child, lang);
    })
    .join('');
}

describe.each(locales)('the built %s pages speak the simulator’s vocabulary', (locale) => {
  const simulatorText = Object.values(simDictionaries[locale]).join('\n');
  const usedBySimulator = spelledGlossary(locale).filter(({ term }) => simulatorText.includes(term));
  const pages = sitePaths().filter((path) => path.startsWith(`/${locale}/`));

  it('the simulator uses glossary terms (the check below is not empty)', () => {
    expect(usedBySimulator.length).toBeGreaterThan(10);
  });

  it('every term the simulator uses is spelled as the simulator spells it, in the text and in the figures', () => {
    const wrong = pages.flatMap((path) => {
      const text = textInPageLanguage(page(path).querySelector('main'), localeInfo[locale].lang);
      return usedBySimulator.flatMap(({ id, term, variants }) => variants.filter((variant) => variantPattern(variant).test(text)).map((variant) => `${path}: “${variant}” for ${id} (“${term}”)`));
    });
    expect(wrong).toEqual([]);
  });
});
