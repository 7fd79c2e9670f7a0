import { parse, type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { phraseBreaks } from './phrases';

/**
 * The elements whose Chinese and Japanese text breaks only between phrases: short texts a reader
 * takes in at a glance (links, headings, portal labels, buttons, captions, table headers,
 * summaries). global.css gives the same list `word-break: keep-all`, so a line breaks at the
 * `<wbr>` put here, at a space or a punctuation mark, and nowhere else (unless a phrase is wider
 * than the line). Keep the two lists alike.
 */
const phraseTags = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'button', 'caption', 'figcaption', 'summary', 'th', 'dt']);
const phraseClasses = ['portal-label', 'callout-label', 'sim-figure-heading', 'in-every-language', 'practice-links-section', 'language-links'];
/** Text that is not prose, left exactly as written; so is an element marked `data-whole` (a name kept on one line). */
const rawTags = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'title', 'option', 'svg', 'template', 'noscript']);

/** A character reference or one character of the HTML source, and the text it stands for. */
const sourceUnit = /&(?:#\d+|#x[\da-f]+|[a-z]+);|[\s\S]/giu;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeUnit(unit: string): string {
  const reference = /^&(#x?)?(\w+);$/i.exec(unit);
  if (!reference) return unit;
  if (!reference[1]) return named[reference[2]!.toLowerCase()] ?? unit;
  return String.fromCodePoint(Number.parseInt(reference[2]!, reference[1].length === 2 ? 16 : 10));
}

/**
 * The text node's source with `<wbr>` at its phrase boundaries (character references stay
 * whole), in a span: in a flex container (a summary, the previous/next links) Firefox makes
 * each run of text between two `<wbr>` a flex item of its own (この ページの 内容, with gaps), but
 * a span is one item, whose lines break at the `<wbr>`.
 */
function withBreaks(source: string, lang: string | undefined): string {
  const units = source.match(sourceUnit) ?? [];
  const texts = units.map(decodeUnit);
  const breaks = new Set(phraseBreaks(texts.join(''), lang));
  if (breaks.size === 0) return source;
  let offset = 0;
  const phrased = units.map((unit, index) => {
    const before = breaks.has(offset) ? '<wbr>' : '';
    offset += texts[index]!.length;
    return before + unit;
  });
  return `<span>${phrased.join('')}</span>`;
}

/** What the ancestors of a text node say about it: its language, and whether it is phrased. */
function contextOf(node: Node): { lang: string | undefined; phrased: boolean } | undefined {
  let lang: string | undefined;
  let phrased = false;
  for (let element: HTMLElement | null = node.parentNode; element; element = element.parentNode) {
    const tag = element.rawTagName?.toLowerCase();
    if (!tag) continue;
    if (rawTags.has(tag) || element.hasAttribute('data-whole')) return undefined;
    lang ??= element.getAttribute('lang');
    phrased ||= phraseTags.has(tag) || phraseClasses.some((name) => element!.classList.contains(name));
  }
  return { lang, phrased };
}

/**
 * A page's HTML with a `<wbr>` between the phrases (BudouX) of every Chinese or Japanese text in
 * a phrased element, in the language its nearest `lang` says. Only such text changes: the page's
 * other markup, attributes, scripts and styles are left as they were, byte for byte.
 * @example insertPhraseBreaks('<html lang="ja"><a href="#x">職場のメール アドレス</a></html>') // …<span>職場の<wbr>メール アドレス</span>…
 */
export function insertPhraseBreaks(html: string): string {
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true, pre: true, noscript: true, textarea: true } });
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const context = contextOf(node);
      const [start, end] = node.range;
      if (!context?.phrased) return;
      const source = html.slice(start, end);
      const text = withBreaks(source, context.lang);
      if (text !== source) edits.push({ start, end, text });
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  let result = html;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
  return result;
}
