import { describe, expect, it } from 'vitest';
import { lint } from './lintText';
import { folderOf } from '../../../lint/folderOrder.js';

describe('the folder order of src/', () => {
  it('puts a path in the longest folder listed, and leaves unlisted ones out', () => {
    expect(folderOf('practice/scenarios/workAccount.ts')?.folder).toBe('practice');
    expect(folderOf('practice/session/practiceSession.ts')?.folder).toBe('practice/session');
    expect(folderOf('pages/[locale]/practice/index.astro')?.folder).toBe('pages');
    expect(folderOf('practice/pages/listPage.ts')?.folder).toBe('practice/pages');
    expect(folderOf('browserModules.ts')).toBeUndefined();
  });
});

// ESLint's first run loads every plugin and the type-aware config (about 4 s here, longer on a busy machine).
describe('an upward import, as npm run lint checks it', { timeout: 60_000 }, () => {
  it.each([
    // The two the architecture review found: the texts reaching up into practice, practice into the guide.
    ['src/i18n/practice/placeholders.ts', "import { lee } from '../../practice/people';\nexport const name = lee.name;\n", 'src/i18n is below src/practice'],
    ['src/practice/scenario.ts', "import type { SectionId } from '../guide/sections';\nexport type Section = SectionId;\n", 'src/practice is below src/guide'],
    ['src/islands/SimControls.tsx', "import { openSession } from '../practice/session/practiceSession';\nexport const open = openSession;\n", 'src/islands is below src/practice/session'],
    ['src/practice/session/showMe.ts', "export { PracticePanel } from '../views/PracticePanel';\n", 'src/practice/session is below src/practice/views'],
    ['src/practice/scenario.ts', "import { flows } from '../flows';\nexport const all = flows;\n", 'src/practice is below src/flows'],
    ['src/store/practice/keptRecord.ts', "export const load = () => import('../../machines/signInMachine');\n", 'src/store is below src/machines'],
  ])('%s fails', async (filePath, code, said) => {
    // A layer's own rule (layers.test.ts) may refuse it as well; this is the folder order's message.
    const messages = (await lint(filePath, code)).filter((message) => message.startsWith('folders/no-upward-import'));
    expect(messages).toEqual([expect.stringContaining(said)]);
  });

  it.each([
    ['src/i18n/practice/placeholders.ts', "import { practiceData } from '../../config/practiceData';\nexport const name = practiceData.leeName;\n"],
    ['src/practice/pages/scenarioPage.tsx', "import PortalApp from '../../islands/PortalApp';\nimport { PracticePanel } from '../views/PracticePanel';\nimport { openSession } from '../session/practiceSession';\nexport const all = [PortalApp, PracticePanel, openSession];\n"],
    ['src/practice/machines.ts', "import type { FlowMachines } from '../flows';\nexport type Machines = FlowMachines;\n"],
    ['src/guide/shortLinks.ts', "import { scenarios } from '../practice/scenarios';\nimport { example } from '../config/exampleData';\nexport const all = [scenarios, example];\n"],
  ])('%s: imports down or sideways pass', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});

describe('browser storage outside src/store, as npm run lint checks it', { timeout: 60_000 }, () => {
  it.each([
    ['src/islands/IntroCard.tsx', "export const hidden = () => window.localStorage.getItem('x') === 'true';\n", 'no-restricted-properties'],
    ['src/practice/session/practiceSession.ts', "export const save = (text: string) => localStorage.setItem('k', text);\n", 'no-restricted-globals'],
    ['src/search/lastQuery.ts', "export const last = () => sessionStorage.getItem('q');\n", 'no-restricted-globals'],
    ['src/practice/pages/listPage.ts', "export const tab = () => globalThis.sessionStorage;\n", 'no-restricted-properties'],
  ])('%s fails', async (filePath, code, rule) => {
    const messages = await lint(filePath, code);
    expect(messages).toEqual([expect.stringContaining(`${rule}:`)]);
    expect(messages[0]).toContain('Only src/store touches browser storage');
  });

  it('passes in src/store', async () => {
    expect(await lint('src/store/practice/tabMark.ts', "export const tab = () => window.sessionStorage;\nexport const all = () => localStorage.length;\n")).toEqual([]);
  });
});
