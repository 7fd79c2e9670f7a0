/**
 * The marks around the synonyms the index build adds to each section (scripts/search-index/
 * sectionSynonyms.mjs). Pagefind keeps both in the text it stores, as words of their own, so
 * the dialog can cut whatever lies between them out of an excerpt: readers find a section by a
 * synonym but never see one. Invisible format characters, so nothing shows even if one slipped
 * through. A leaf without imports: the build script loads it under plain Node.
 */
export const synonymsOpen = '\u2063'; // INVISIBLE SEPARATOR
export const synonymsClose = '\u2064'; // INVISIBLE PLUS
