// `npm run glossary`: rewrites the prh dictionaries (prose/prh/<locale>.yml) from the glossary.
// Run it after changing src/i18n/glossary/ or a portal label, and commit the YAML: translators
// read it, and a unit test fails while it is out of date.
import { writeFile } from 'node:fs/promises';
import { glossaryTerms, locales, prhPath } from './glossaryTerms.mjs';
import { prhYaml } from './prhDictionary.mjs';

for (const locale of locales) {
  await writeFile(prhPath(locale), prhYaml(locale, glossaryTerms(locale)));
  console.log(`glossary: wrote ${prhPath(locale)}`);
}
