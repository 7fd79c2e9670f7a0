/**
 * Marks word boundaries in Chinese and Japanese text with zero-width spaces, cut by the one
 * definition of a search word that the dialog applies to queries (src/search/searchWords.ts:
 * ICU's word segmentation, through Intl.Segmenter). Pagefind's own build-time segmenter
 * sometimes cuts a phrase differently from the query side (Pagefind issue #1237), and then a
 * word in the text is never found; with the boundaries marked, both sides agree. The marks are
 * invisible in excerpts.
 */
import { defaultLocale, langOf } from '../../src/config/locales.ts';
import { isUnspaced, wordPieces } from '../../src/search/searchWords.ts';

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const zeroWidthSpace = '\u200b';

/**
 * @param {string} text
 * @param {string} lang BCP 47 tag of the text
 * @returns {string}
 * @example segmentText('其他人收到了', 'zh-TW') // '其他\u200b人\u200b收到\u200b了' (as ICU cuts it)
 */
export function segmentText(text, lang) {
  if (!cjk.test(text)) return text;
  return wordPieces(text, lang).join(zeroWidthSpace);
}

/**
 * Applies `segmentText` to every text node of a page written in a CJK language, leaving
 * markup, scripts and styles alone. English pages come back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function segmentPage(html) {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? langOf(defaultLocale);
  if (!isUnspaced(lang)) return html;
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (whole, rawBlock, _tag, text) =>
    rawBlock ? whole : `>${segmentText(text, lang)}<`,
  );
}
