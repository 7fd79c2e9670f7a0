/** Languages written without spaces between words, which Pagefind cuts into words itself. */
const segmented = /^(zh|ja|th)\b/i;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The words of a query, as Pagefind searches them: the space-separated words, and in Chinese
 * and Japanese the words the browser's segmenter finds in them (Pagefind cuts a query with the
 * same `Intl.Segmenter`, and the index build marked the text's words with it). Each word once,
 * in the order typed; punctuation alone is no word.
 * @example queryWords('resend  Resend invitation', 'en') // ['resend', 'invitation']
 * @example queryWords('招待 期限切れ', 'ja') // ['招待', '期限', '切れ'] (as ICU cuts it)
 */
export function queryWords(query: string, lang: string): string[] {
  const tokens = query.trim().split(/\s+/).filter((token) => hasLetterOrDigit.test(token));
  const words = segmented.test(lang)
    ? tokens.flatMap((token) => [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(token)].filter((part) => part.isWordLike).map((part) => part.segment))
    : tokens;
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase(lang);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a list of words is joined in a sentence of this language. */
export function joinWords(words: readonly string[], lang: string): string {
  return words.join(segmented.test(lang) ? '、' : ', ');
}
