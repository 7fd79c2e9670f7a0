import { z } from 'astro/zod';
import { en } from './ui/en';

/** A key of the UI dictionaries: flat, dotted, typed against English. */
export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

const uiKeys = Object.keys(en) as UiKey[];
const placeholderPattern = /\{(\w+)\}/g;

/** The `{name}` placeholders of a template, sorted, so two templates can be compared. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholderPattern)].map((match) => match[1] ?? '').sort();
}

/**
 * A dictionary must hold exactly the English keys, each a non-empty string with the same
 * placeholders as its English twin: a translation that drops `{query}` would show the
 * visitor a sentence with a hole in it.
 */
const dictionarySchema = z
  .strictObject(Object.fromEntries(uiKeys.map((key) => [key, z.string().trim().min(1)])) as Record<UiKey, z.ZodString>)
  .superRefine((dictionary, ctx) => {
    for (const key of uiKeys) {
      const expected = placeholdersOf(en[key]).join(',');
      if (placeholdersOf(dictionary[key]).join(',') !== expected) {
        ctx.addIssue({ code: 'custom', path: [key], message: `placeholders must be {${expected}}` });
      }
    }
  });

/** Parses a dictionary, failing the build (or the test) with every problem listed. */
export function parseDictionary(name: string, raw: unknown): Dictionary {
  const result = dictionarySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`UI dictionary "${name}" is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data as Dictionary;
}
