import { isUnspaced } from './searchWords';
import { synonymsClose, synonymsOpen } from './synonymMarks';

/**
 * Builds an excerpt's DOM from Pagefind's excerpt HTML, keeping only its `<mark>` highlights.
 * Everything else becomes text, so no markup from the index can run in the page. The excerpt
 * is cleaned first (`cleanExcerpt`).
 */
export function renderExcerpt(excerptHtml: string, lang: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const parts = cleanExcerpt(excerptHtml, lang).split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    const text = doc.createTextNode(decodeEntities(part));
    if (index % 2 === 1) {
      const mark = doc.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else {
      fragment.append(text);
    }
  });
  return fragment;
}

const synonymBlock = new RegExp(`${synonymsOpen}[^${synonymsClose}]*${synonymsClose}`, 'g');
/**
 * Punctuation that ends or joins something (、。，,.;:！？ ) 」 — …): an excerpt whose window
 * starts just after a word has it in front. Opening brackets and quotes may begin an excerpt.
 */
const strayStart = /^(?:\s|[\p{Pe}\p{Pf}\p{Pd}]|(?!["'#&*@/\\¡¿＂＇＃＆＊＠／])\p{Po})+/u;

/**
 * An excerpt as the reader sees it: without the synonyms the index holds for the section
 * (between the marks of synonymMarks.ts; where the excerpt starts or ends inside them, up to
 * its edge), without punctuation or spaces left in front, and with its fragments joined as
 * the language joins sentences (`joinFragments`).
 * @example cleanExcerpt('、金鑰與<mark>報告</mark>', 'zh-TW') // '金鑰與<mark>報告</mark>'
 * @example cleanExcerpt('Roles. \u2063 <mark>rights</mark> \u2064 Each role', 'en') // 'Roles. Each role'
 */
export function cleanExcerpt(excerptHtml: string, lang: string): string {
  let text = excerptHtml;
  const close = text.indexOf(synonymsClose);
  const open = text.indexOf(synonymsOpen);
  if (close >= 0 && (open < 0 || close < open)) text = text.slice(close + 1);
  text = text.replace(synonymBlock, ' ');
  const unclosed = text.indexOf(synonymsOpen);
  if (unclosed >= 0) text = text.slice(0, unclosed);
  return joinFragments(text.replace(/\s{2,}/g, ' ').replace(strayStart, '').trimEnd(), lang);
}

/** Punctuation that ends a sentence or clause in Chinese and Japanese. */
const cjkClauseEnd = '。、，！？：；」』）';

/**
 * Pagefind joins the text of a heading, a paragraph and a list item with ". ", which Chinese
 * and Japanese never write: there the join is 。 (nothing after 。 or another mark that ends
 * a clause), and no space follows such a mark. English keeps ". ".
 * @example joinFragments('招待を承諾する. Microsoft からの招待。 次に', 'ja') // '招待を承諾する。Microsoft からの招待。次に'
 */
export function joinFragments(text: string, lang: string): string {
  if (!isUnspaced(lang)) return text;
  return text
    .replace(new RegExp(`([${cjkClauseEnd}])\\.(?=\\s|$)`, 'gu'), '$1')
    .replace(/\.(?:\s+|$)/g, '。')
    .replace(new RegExp(`([${cjkClauseEnd}])\\s+`, 'gu'), '$1');
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** @example decodeEntities('a &amp; b') // 'a & b' */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}
