/**
 * Builds an excerpt's DOM from Pagefind's excerpt HTML, keeping only its `<mark>` highlights.
 * Everything else becomes text, so no markup from the index can run in the page.
 */
export function renderExcerpt(excerptHtml: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const parts = excerptHtml.split(/<mark>|<\/mark>/);
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

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** @example decodeEntities('a &amp; b') // 'a & b' */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}
