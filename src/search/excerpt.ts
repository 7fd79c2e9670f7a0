import { synonymsClose, synonymsOpen } from './synonymMarks';

/**
 * Builds an excerpt's DOM from Pagefind's excerpt HTML, keeping only its `<mark>` highlights.
 * Everything else becomes text, so no markup from the index can run in the page. The excerpt
 * is cleaned first (`cleanExcerpt`).
 */
export function renderExcerpt(excerptHtml: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const parts = cleanExcerpt(excerptHtml).split(/<mark>|<\/mark>/);
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
 * its edge), and without punctuation or spaces left in front.
 * @example cleanExcerpt('、金鑰與<mark>報告</mark>') // '金鑰與<mark>報告</mark>'
 * @example cleanExcerpt('Roles. \u2063 <mark>rights</mark> \u2064 Each role') // 'Roles. Each role'
 */
export function cleanExcerpt(excerptHtml: string): string {
  let text = excerptHtml;
  const close = text.indexOf(synonymsClose);
  const open = text.indexOf(synonymsOpen);
  if (close >= 0 && (open < 0 || close < open)) text = text.slice(close + 1);
  text = text.replace(synonymBlock, ' ');
  const unclosed = text.indexOf(synonymsOpen);
  if (unclosed >= 0) text = text.slice(0, unclosed);
  return text.replace(/\s{2,}/g, ' ').replace(strayStart, '').trimEnd();
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** @example decodeEntities('a &amp; b') // 'a & b' */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}
