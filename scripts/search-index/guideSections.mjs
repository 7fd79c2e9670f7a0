// Search results are the guide's sections: an h2 with a stable id (GUIDE-FACTS). Pagefind
// splits a page at every heading that has an id, and Astro gives every subheading one, so a
// subsection (### Who can give which role) would come out as a result of its own that no
// partner link or section list knows. Handing Pagefind the subheadings without their ids keeps
// their words in the section they belong to; the pages in dist/ keep their ids.

/**
 * @param {string} html
 * @returns {string}
 * @example subheadingsWithoutIds('<h3 id="x">A</h3>') // '<h3>A</h3>'
 */
export function subheadingsWithoutIds(html) {
  return html.replace(/<(h[3-6])\b([^>]*)>/g, (_tag, name, attributes) => `<${name}${attributes.replace(/\s+id="[^"]*"/, '')}>`);
}
