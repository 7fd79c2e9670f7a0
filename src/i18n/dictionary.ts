// zod/mini: the simulator parses its dictionaries in the browser, so bytes count here.
import * as z from 'zod/mini';
import { ui as en } from './en/ui';

/** A key of the UI dictionaries: flat, dotted, typed against English. */
export type UiKey = keyof typeof en;
export type Dictionary = Record<UiKey, string>;

const placeholderPattern = /\{(\w+)\}/g;

/** The `{name}` placeholders of a template, sorted, so two templates can be compared. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholderPattern)].map((match) => match[1] ?? '').sort();
}

/**
 * A dictionary must hold exactly the reference's keys, each a non-empty string with the same
 * placeholders as its reference twin: a translation that drops `{query}` would show the
 * visitor a sentence with a hole in it.
 */
function schemaFor<K extends string>(reference: Readonly<Record<K, string>>) {
  const keys = Object.keys(reference) as K[];
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, z.string('missing, or not a text').check(z.trim(), z.minLength(1, 'empty'))])) as Record<K, z.ZodMiniString>).check(
    z.superRefine((dictionary, ctx) => {
      for (const key of keys) {
        const expected = placeholdersOf(reference[key]).join(',');
        if (placeholdersOf((dictionary as Record<K, string>)[key]).join(',') !== expected) {
          ctx.addIssue({ code: 'custom', path: [key], message: `placeholders must be {${expected}}` });
        }
      }
    }),
  );
}

/**
 * Parses any dictionary against its reference (English): same keys, non-empty texts, same
 * placeholders. Fails (the build, the test, or the page's import) with every problem listed.
 * @example parseDictionaryAgainst('simulator', 'ja', en, ja)
 */
export function parseDictionaryAgainst<K extends string>(kind: string, name: string, reference: Readonly<Record<K, string>>, raw: unknown): Record<K, string> {
  const result = schemaFor(reference).safeParse(raw);
  if (!result.success) {
    // zod/mini carries no English messages: unknown keys are named here.
    const problems = result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys' ? `unknown keys: ${issue.keys.join(', ')}` : `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${kind} dictionary "${name}" is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data as Record<K, string>;
}

/** Parses a UI dictionary, failing the build (or the test) with every problem listed. */
export function parseDictionary(name: string, raw: unknown): Dictionary {
  return parseDictionaryAgainst('UI', name, en, raw);
}
