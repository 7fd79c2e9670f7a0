// `npm run lint:prose` (part of `npm run lint`): the glossary checked against itself, then every
// page, front matter and dictionary string checked against the glossary's prh dictionaries
// (and the Japanese pages against the tuned technical-writing preset). Exits 1 on any problem.
import { loadLinterFormatter } from 'textlint';
import { glossaryTerms, locales } from './glossaryTerms.mjs';
import { dictionaryFiles, lintDictionaries, lintGlossary, lintPages } from './lintProse.mjs';

const results = [
  ...(await lintGlossary(Object.fromEntries(locales.map((locale) => [locale, glossaryTerms(locale)])))),
  ...(await Promise.all(locales.map((locale) => lintPages('content', locale)))).flat(),
  ...(await lintDictionaries(dictionaryFiles)),
];

const messages = results.flatMap((result) => result.messages);
if (messages.length === 0) {
  console.log(`prose: ${results.length} files checked, no problems`);
} else {
  const formatter = await loadLinterFormatter({ formatterName: 'stylish' });
  console.log(formatter.format(results));
  /** @type {Map<string, number>} */
  const byRule = new Map();
  for (const { ruleId } of messages) byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
  console.log(`prose: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  process.exitCode = 1;
}
