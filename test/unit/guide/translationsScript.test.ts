import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationsReport } from '../../../scripts/translationsReport.mjs';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixture = join('test', 'fixtures', 'translations');

/** `npm run translations -- <root>`, as a writer runs it: the same command line as package.json's. */
function runTranslations(root?: string): { status: number | null; out: string } {
  const args = ['--import', './scripts/lib/registerTs.mjs', 'scripts/translations.mjs', ...(root ? [root] : [])];
  const result = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}
const rowOf = (out: string, page: string) => out.split('\n').find((line) => line.startsWith(`${page} `))?.split(/\s{2,}/);

describe('npm run translations', () => {
  const { status, out } = runTranslations(fixture);

  it('prints every page of the fixture with each locale’s status, and exits 0', () => {
    expect(status).toBe(0);
    expect(out).toMatch(/^page\s+en \(revision, updated\)\s+zh-tw\s+ja$/m);
    expect(rowOf(out, 'index')).toEqual(['index', '1, 2026-11-23', 'up to date', 'up to date']);
    expect(rowOf(out, 'domains')).toEqual(['domains', '2, 2026-11-30', 'missing (shows English)', 'up to date']);
  });

  it('says the page that is behind, by how many revisions, and the English page’s revision and date', () => {
    expect(rowOf(out, 'roles')).toEqual(['roles', '3, 2026-12-05', 'up to date', 'behind by 2 (follows 1)']);
    expect(out).toContain('ja: 2 up to date, 1 behind, 0 missing');
    expect(out).toContain('zh-tw: 2 up to date, 0 behind, 1 missing');
  });

  it('reads content/ when no root is given, where every translated page names an English revision', () => {
    const real = runTranslations();
    expect(real.out).toContain('Translations against English in content/');
    expect(real.out).not.toContain('problem');
    expect(real.status).toBe(0);
  });

  describe('on a content root with mistakes', () => {
    const root = mkdtempSync(join(tmpdir(), 'translations-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    cpSync(join(repo, fixture), root, { recursive: true });
    writeFileSync(join(root, 'ja', 'index.mdx'), '---\ntitle: ホーム\nfollows: 4\nupdated: 2026-11-24\n---\n');
    writeFileSync(join(root, 'zh-tw', 'extra.mdx'), '---\ntitle: 額外\nfollows: 1\nupdated: 2026-11-24\n---\n');
    const broken = runTranslations(root);

    it('lists each problem the build would fail on, and exits 1', () => {
      expect(broken.status).toBe(1);
      expect(broken.out).toContain('2 problems (these fail the build):');
      expect(broken.out).toContain('ja/index.mdx follows English revision 4, but English is at revision 1');
      expect(broken.out).toContain('zh-tw/extra.mdx has no English twin');
    });
  });
});

describe('translationsReport over content/', () => {
  it('finds no problem: every translated page follows a revision its English page has had', () => {
    const report = translationsReport(join(repo, 'content'));
    expect(report.problems).toEqual([]);
    expect(report.rows.length).toBeGreaterThan(0);
  });
});
