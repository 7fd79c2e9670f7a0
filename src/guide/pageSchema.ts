import { z } from 'astro/zod';
import { sectionIds } from './sections';

/**
 * Frontmatter of a guide page (`content/<locale>/<slug>.mdx`). Validated at build: a typo in
 * a section id or a missing description fails the build.
 */
export const guidePageSchema = z.strictObject({
  /** The page's title: its `<h1>` and the `<title>`. */
  title: z.string().trim().min(1),
  /** A shorter label for navigation, when the title is long. */
  navLabel: z.string().trim().min(1).optional(),
  /** One or two sentences for search engines and link previews. */
  description: z.string().trim().min(10).max(200),
  /** Position in the guide's navigation: 0 is the home page. */
  order: z.number().int().min(0),
  /** The GUIDE-FACTS sections this page holds, in order; each must be a heading id in the page. */
  sections: z.array(z.enum(sectionIds)).default([]),
  /** When the page's content last changed (YYYY-MM-DD). */
  updated: z.coerce.date(),
  /** English pages: the revision of the page's meaning, bumped when its facts change (translationStatus.ts). */
  revision: z.number().int().min(1).optional(),
  /** Translated pages: the English revision this translation follows. */
  follows: z.number().int().min(1).optional(),
});
export type GuidePage = z.infer<typeof guidePageSchema>;
