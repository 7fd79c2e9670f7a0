/**
 * Translation freshness: how a translated page stands against its English twin.
 *
 * An English page carries `revision: N`, which its writer bumps when the page's meaning
 * changes (not for a typo or a reworded sentence). A translated page carries `follows: N`,
 * the English revision it translates. The page is behind while `follows` is below the
 * English `revision`. Pure: used by the build (`buildGuide`), the page's notice and
 * `npm run translations` (`scripts/translations.mjs`).
 */

/** The frontmatter fields that say which revision a page is, or follows. */
export interface RevisionFields {
  /** English pages only: the revision of the page's meaning, 1 and up. */
  revision?: number | undefined;
  /** Translated pages only: the English revision this translation follows. */
  follows?: number | undefined;
  /** When the page last changed. */
  updated: Date;
}

/** A translated page's standing; `missing` when the locale has no page of that slug. */
export type TranslationStatus =
  | { state: 'up-to-date'; revision: number }
  | { state: 'behind'; follows: number; revision: number; by: number; englishUpdated: Date }
  | { state: 'missing'; revision: number; englishUpdated: Date };

/**
 * The standing of a translation against its English page, which must carry a revision
 * (`revisionProblems` says so at build).
 * @example translationStatus({ revision: 3, updated }, { follows: 1, updated }) // { state: 'behind', by: 2, … }
 */
export function translationStatus(english: RevisionFields, translation: RevisionFields | undefined): TranslationStatus {
  const revision = english.revision ?? 1;
  if (!translation) return { state: 'missing', revision, englishUpdated: english.updated };
  const follows = translation.follows ?? 0;
  if (follows >= revision) return { state: 'up-to-date', revision };
  return { state: 'behind', follows, revision, by: revision - follows, englishUpdated: english.updated };
}

/**
 * What is wrong with a page's revision fields, as sentences naming the file: an English
 * page needs `revision` and no `follows`; a translation needs `follows`, naming a revision
 * its English twin has had (1 to the current one), and no `revision` of its own.
 * @example revisionProblems('content/ja/roles.mdx', { follows: 4, updated }, { revision: 2, updated })
 *   // ['content/ja/roles.mdx follows English revision 4, but English is at revision 2']
 */
export function revisionProblems(file: string, page: RevisionFields, english?: RevisionFields): string[] {
  const problems: string[] = [];
  if (!english) {
    if (page.revision === undefined) problems.push(`${file} has no "revision" (English pages start at revision: 1)`);
    if (page.follows !== undefined) problems.push(`${file} is English and cannot follow a revision: remove "follows"`);
    return problems;
  }
  if (page.revision !== undefined) problems.push(`${file} is a translation: "revision" belongs to the English page; use "follows"`);
  if (page.follows === undefined) problems.push(`${file} has no "follows" (the English revision it translates)`);
  else if (english.revision !== undefined && page.follows > english.revision) {
    problems.push(`${file} follows English revision ${page.follows}, but English is at revision ${english.revision}`);
  }
  return problems;
}
