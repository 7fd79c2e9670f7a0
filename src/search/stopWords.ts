/**
 * Words that carry no subject in a query ("where do I see my roles": "see" and "roles" say what
 * the reader wants). Search still sends the whole query to Pagefind, but a section need not hold
 * these to count as holding every word, and the partial-match line never names them. Short
 * lists on purpose: only words readers put around their keywords. Chinese and Japanese ones are
 * as the browser's segmenter cuts them (queryWords).
 */
const lists: Record<string, readonly string[]> = {
  en: ['a', 'an', 'the', 'is', 'are', 'was', 'be', 'do', 'does', 'did', 'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'it', 'its', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'how', 'what', 'where', 'when', 'why', 'who', 'which', 'can', 'cant', "can't", 'should', 'there', 'this', 'that', 'get', 'got', 'vs', 'about'],
  zh: ['的', '了', '嗎', '呢', '吧', '是', '我', '我的', '我們', '你', '您', '在', '和', '與', '要', '怎麼', '怎樣', '如何', '什麼', '哪裡', '為什麼', '可以', '能', '會', '有', '沒', '不', '一', '個', '請', '哪', '誰'],
  ja: ['の', 'を', 'に', 'は', 'が', 'で', 'と', 'も', 'へ', 'や', 'から', 'まで', 'する', 'します', 'したい', 'できる', 'できない', 'ない', 'たい', 'です', 'ます', 'どこ', 'なに', '何', 'どう', 'どうやって', 'とは', 'って', '方法', 'やり方', '人', '誰', 'だれ'],
};
const sets = new Map(Object.entries(lists).map(([language, words]) => [language, new Set(words)]));

/** @example isStopWord('Where', 'en') // true; isStopWord('roles', 'en') // false */
export function isStopWord(word: string, lang: string): boolean {
  const language = lang.toLowerCase().split('-')[0] ?? 'en';
  return sets.get(language)?.has(word.toLocaleLowerCase(lang)) ?? false;
}

/** The words that say what the query is about; all of them when every word is a stop word. */
export function keywordsOf(words: readonly string[], lang: string): string[] {
  const keywords = words.filter((word) => !isStopWord(word, lang));
  return keywords.length > 0 ? keywords : [...words];
}
