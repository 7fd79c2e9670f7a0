/**
 * Tells search which pages speak to partners: the guide's pages each hold sections of the guide
 * (an h2 with a stable id of src/guide/sections.ts), and a page holding none is written for
 * partners (today "For partners": its short links, the message builder). The index gives such a
 * page the meta `audience: partners`, which the dialog reads to rank a customer's sections first
 * (src/search/matchSections.ts). Only the HTML handed to Pagefind changes; dist/ keeps its bytes.
 */

/**
 * @param {string} html a built page
 * @param {readonly string[]} sectionIds the stable section ids
 * @returns {string}
 * @example markPartnerPage('<article data-pagefind-body><h2 id="x">', ['roles']) // '<article data-pagefind-body data-pagefind-meta="audience:partners"><h2 id="x">'
 */
export function markPartnerPage(html, sectionIds) {
  const ids = new Set(sectionIds);
  const holdsSection = [...html.matchAll(/<h2\b[^>]*\sid="([^"]*)"/g)].some((match) => ids.has(match[1] ?? ''));
  if (holdsSection) return html;
  return html.replace(/<article\b([^>]*\sdata-pagefind-body\b[^>]*)>/, '<article$1 data-pagefind-meta="audience:partners">');
}
