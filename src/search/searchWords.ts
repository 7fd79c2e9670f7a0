/**
 * What a search word is, once, for both sides of search: the index build marks the words of
 * Chinese and Japanese pages with `wordPieces` (scripts/search-index/segmentText.mjs), and the
 * dialog cuts a query into the same pieces (`queryWords`) and searches only its keywords
 * (`keywordsOf`). Both cut with the Unicode word segmentation of `Intl.Segmenter` (ICU), which
 * Pagefind also applies to a query in these languages, so index and query always agree.
 *
 * It imports only the locale table, a leaf, by its file name: the index build loads it under plain Node.
 */
import { localeInfo, localeOfLang } from '../config/locales.ts';

const hasLetterOrDigit = /[\p{L}\p{N}]/u;
/** Japanese written in hiragana alone: particles, auxiliaries and verb endings (た, を, には, ました). */
const hiraganaOnly = /^[\u3041-\u309f\u30fc]+$/u;

/**
 * Words of a language's grammar by their form alone, keyed by language subtag (ISO 639): in
 * Japanese, hiragana alone (particles, auxiliaries, verb endings).
 */
const grammarForms: Readonly<Record<string, RegExp>> = { ja: hiraganaOnly };

/**
 * Words that say nothing about the subject of a question: particles, auxiliaries, pronouns,
 * question words and the verbs readers wrap a question in. A query's other words must be found;
 * these need not be, and the partial-match line never names them. Chinese and Japanese ones are
 * as the segmenter cuts them; Japanese words in hiragana alone are grammar anyway (above).
 */
const grammarWords: Record<string, readonly string[]> = {
  en: ['a', 'an', 'the', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'done', 'i', "i'm", 'me', 'my', 'mine', 'we', 'our', 'us', 'you', 'your', 'it', 'its', "it's", 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'someone', 'somebody', 'anyone', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'or', 'if', 'so', 'than', 'then', 'how', 'what', "what's", 'where', 'when', 'why', 'who', "who's", 'whom', 'which', 'can', 'cant', "can't", 'cannot', 'could', 'should', 'would', 'will', 'may', 'might', 'must', 'have', 'has', 'had', 'need', 'want', 'please', 'there', 'this', 'that', 'these', 'those', 'get', 'got', 'vs', 'about', 'any', 'some'],
  zh: ['的', '了', '嗎', '呢', '吧', '啊', '呀', '是', '是誰', '我', '我的', '我們', '你', '您', '他', '她', '它', '在', '和', '與', '跟', '或', '把', '被', '給', '讓', '要', '想', '會', '能', '能夠', '該', '應該', '得', '就', '都', '也', '還', '又', '才', '再', '很', '怎麼', '怎麼辦', '怎樣', '如何', '什麼', '甚麼', '哪', '哪裡', '哪個', '哪些', '為什麼', '可以', '有', '沒', '沒有', '不', '一', '個', '些', '請', '這', '那', '這個', '那個', '誰', '幫', '幫我', '幫忙', '找'],
  ja: ['何', '誰', '人', '方法', '方', 'やり方', '場合', '時', '事', '私', '自分', '教え', '知', '良い', '分か', '分から', '出来', '下さい'],
};
const grammarSets = new Map(Object.entries(grammarWords).map(([language, words]) => [language, new Set(words)]));
const languageOf = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  return segmenter;
}

/** Whether text of this language is cut into words by the segmenter rather than by spaces: a locale whose row says its words have no spaces between them. */
export function isUnspaced(lang: string): boolean {
  const locale = localeOfLang(lang);
  return locale !== undefined && !localeInfo[locale].spacesBetweenWords;
}

/**
 * Text cut at every word boundary, losing no character (spaces and punctuation are pieces too).
 * @example wordPieces('其他人收到了', 'zh-TW') // ['其他', '人', '收到', '了'] (as ICU cuts it)
 */
export function wordPieces(text: string, lang: string): string[] {
  return [...segmenterFor(lang).segment(text)].map((piece) => piece.segment);
}

/**
 * The words of a query, as Pagefind searches them: the space-separated words, and in Chinese
 * and Japanese the words the segmenter finds in them. Each word once, in the order typed;
 * punctuation alone is no word.
 * @example queryWords('resend  Resend invitation', 'en') // ['resend', 'invitation']
 * @example queryWords('パスワード 忘れた', 'ja') // ['パスワード', '忘れ', 'た']
 */
export function queryWords(query: string, lang: string): string[] {
  const tokens = query.trim().split(/\s+/).filter((token) => hasLetterOrDigit.test(token));
  const words = isUnspaced(lang)
    ? tokens.flatMap((token) => [...segmenterFor(lang).segment(token)].filter((piece) => piece.isWordLike).map((piece) => piece.segment))
    : tokens.map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase(lang);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether a word says what a question is about (false for a particle, an auxiliary or another
 * word of the grammar around it).
 * @example isSearchWord('roles', 'en') // true; isSearchWord('た', 'ja') // false; isSearchWord('嗎', 'zh-TW') // false
 */
export function isSearchWord(word: string, lang: string): boolean {
  const language = languageOf(lang);
  if (grammarForms[language]?.test(word)) return false;
  return !(grammarSets.get(language)?.has(word.toLocaleLowerCase(lang)) ?? false);
}

/** The words that say what the query is about; all of them when none does ("what is it"). */
export function keywordsOf(words: readonly string[], lang: string): string[] {
  const keywords = words.filter((word) => isSearchWord(word, lang));
  return keywords.length > 0 ? keywords : [...words];
}

/** How a list of words is joined in a sentence of this language. */
export function joinWords(words: readonly string[], lang: string): string {
  return words.join(isUnspaced(lang) ? '、' : ', ');
}
