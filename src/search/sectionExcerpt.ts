import type { PagefindResultData, PagefindSubResult } from './pagefindTypes';
import { synonymsClose, synonymsOpen } from './synonymMarks';

/** As many words as Pagefind's own excerpts have (the client's `excerptLength`). */
export const excerptWords = 24;

/** The page's words, cut as Pagefind cuts them, so its word places index into them. */
function wordsOf(raw: string): { words: string[]; joiner: string } {
  return raw.includes('\u200b') ? { words: raw.split('\u200b'), joiner: '' } : { words: raw.split(/[^\S\uFEFF]+/), joiner: ' ' };
}

/** Where a sub result's section starts and ends among the page's words (the next heading ends it). */
function rangeOf(page: PagefindResultData, sub: PagefindSubResult, total: number): [number, number] {
  const headings = (page.anchors ?? []).filter((anchor) => /^h\d$/i.test(anchor.element) && /\S/.test(anchor.text ?? '')).map((anchor) => anchor.location).sort((a, b) => a - b);
  const start = sub.anchor?.location ?? 0;
  return [start, headings.find((location) => location > start) ?? total];
}

/** How many words a section holds, as Pagefind counts them (undefined when the page data lacks its words). */
export function sectionLength(page: PagefindResultData, sub: PagefindSubResult): number | undefined {
  if (page.raw_content === undefined || page.anchors === undefined) return undefined;
  const [start, end] = rangeOf(page, sub, wordsOf(page.raw_content).words.length);
  return Math.max(1, end - start);
}

/**
 * A section's excerpt, built as Pagefind builds its own (the page's words, `length` of them,
 * matches in `<mark>`) but from the words the reader sees: the section's synonyms (between the
 * marks of synonymMarks.ts) are left out before the window is placed. The window holds the most
 * matches of the visible text; when only synonyms matched, it starts where the section starts.
 * Undefined when the page data lacks the words (an older index): use Pagefind's excerpt then.
 */
export function sectionExcerpt(page: PagefindResultData, sub: PagefindSubResult, length = excerptWords): string | undefined {
  if (page.raw_content === undefined || page.anchors === undefined) return undefined;
  const { words, joiner } = wordsOf(page.raw_content);
  const [start, end] = rangeOf(page, sub, words.length);
  const visible: number[] = [];
  let inSynonyms = false;
  for (let place = start; place < Math.min(end, words.length); place += 1) {
    const word = words[place] ?? '';
    if (word.includes(synonymsOpen)) inSynonyms = true;
    if (!inSynonyms) visible.push(place);
    if (word.includes(synonymsClose)) inSynonyms = false;
  }
  const matches = new Set(sub.locations ?? []);
  const hits = visible.map((place) => (matches.has(place) ? 1 : 0));
  const densest = densestWindow(hits, length);
  const firstMatch = hits.indexOf(1, densest);
  const from = joiner === '' ? phraseStart(visible.map((place) => words[place] ?? ''), densest, firstMatch < 0 ? densest : firstMatch) : densest;
  return visible
    .slice(from, Math.max(from, densest) + length)
    .map((place) => (matches.has(place) ? `<mark>${words[place]}</mark>` : words[place]))
    .join(joiner)
    .trim();
}

/** How far back an excerpt may start to start at a phrase (in words, as the segmenter cuts them). */
const phraseReach = 10;
const endsClause = /[\p{P}\s]$/u;
const hiraganaOnly = /^[\u3041-\u309f]+$/u;
const startsContent = /^[\p{Script=Han}\p{Script=Katakana}\p{L}\p{N}]/u;

/**
 * Whether a phrase starts at `pieces[at]` in Chinese or Japanese: the segmenter cuts inside
 * what a reader sees as one word (サイン|イン, 管理|員), so an excerpt starts only where a
 * sentence or clause starts (after punctuation or a space), or in Japanese where content
 * follows a particle or an ending in hiragana (の|サインイン).
 */
function startsPhrase(pieces: readonly string[], at: number): boolean {
  const previous = pieces[at - 1];
  if (previous === undefined) return true;
  return endsClause.test(previous) || (hiraganaOnly.test(previous) && !hiraganaOnly.test(pieces[at] ?? '') && startsContent.test(pieces[at] ?? ''));
}

/**
 * Where an excerpt of Chinese or Japanese starts: the nearest phrase start at or before `from`
 * (at most `phraseReach` words back), else the first one after it up to the first match, else `from`.
 * @example phraseStart(['へ', 'の', 'サイン', 'イン', '用'], 3, 4) // 2
 */
export function phraseStart(pieces: readonly string[], from: number, firstMatch: number): number {
  for (let at = from; at >= Math.max(0, from - phraseReach); at -= 1) if (startsPhrase(pieces, at)) return at;
  for (let at = from + 1; at <= firstMatch; at += 1) if (startsPhrase(pieces, at)) return at;
  return from;
}

/**
 * Where a window of `length` holding the most hits starts: of the starts that tie, the middle
 * one (so the matches sit mid-window, as in Pagefind); 0 when nothing is hit.
 * @example densestWindow([0, 0, 0, 1, 0, 0], 3) // 2
 */
export function densestWindow(hits: readonly number[], length: number): number {
  if (hits.length <= length) return 0;
  const sums: number[] = [];
  let sum = hits.slice(0, length).reduce((total, hit) => total + hit, 0);
  for (let from = 0; from + length <= hits.length; from += 1) {
    if (from > 0) sum += (hits[from + length - 1] ?? 0) - (hits[from - 1] ?? 0);
    sums.push(sum);
  }
  const best = Math.max(...sums);
  if (best === 0) return 0;
  const first = sums.indexOf(best);
  let last = first;
  while (sums[last + 1] === best) last += 1;
  return Math.floor((first + last) / 2);
}
