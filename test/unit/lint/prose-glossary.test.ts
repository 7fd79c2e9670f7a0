import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { blankHeadingIds } from '../../../scripts/prose/guideMdx.mjs';
import { glossaryTerms, locales, prhPath } from '../../../scripts/prose/glossaryTerms.mjs';
import { glossaryConflicts, prhYaml, variantPattern } from '../../../scripts/prose/prhDictionary.mjs';

const root = new URL('../../../', import.meta.url);

describe('the prh dictionaries made from the glossary', () => {
  it.each(locales)('prose/prh/%s.yml is what the glossary generates (else run npm run glossary)', async (locale) => {
    const committed = await readFile(new URL(prhPath(locale), root), 'utf8');
    expect(committed, `${prhPath(locale)} is out of date: run npm run glossary and commit it`).toBe(prhYaml(locale, glossaryTerms(locale)));
  });

  it('writes each term with variants as one prh rule, quoted so any spelling survives YAML', () => {
    const yaml = prhYaml('ja', [
      { id: 'resend', term: '再送信', variants: ['/再送(?!信)/'] },
      { id: 'myProfile', term: 'マイ プロファイル', variants: ['マイプロファイル'], label: 'portal.profile' },
      { id: 'domain', term: 'ドメイン', variants: [] },
    ]);
    expect(yaml).toContain('  - expected: "再送信"\n    patterns:\n      - "/再送(?!信)/"\n    prh: "(glossary term resend)"\n');
    expect(yaml).toContain('prh: "(glossary term myProfile; portal label portal.profile, which a page quotes as <Label of=\\"portal.profile\\" />)"');
    expect(yaml).not.toContain('ドメイン');
  });

  it('reads a variant written /…/ as a regular expression, any other literally', () => {
    expect('再送します 再送信します'.match(variantPattern('/再送(?!信)/'))).toEqual(['再送']);
    expect('MPSA (agreement)'.match(variantPattern('MPSA (agreement)'))).toEqual(['MPSA (agreement)']);
  });

  it('finds where a glossary contradicts itself', () => {
    expect(
      glossaryConflicts([
        { id: 'myProfile', term: 'プロフィール', variants: ['マイプロファイル', 'プロフィール'] },
        { id: 'product', term: 'ビジネス センター', variants: ['センター'] },
        { id: 'workAccount', term: '職場アカウント', variants: ['職場のアカウント'] },
      ]),
    ).toEqual([
      { id: 'myProfile', message: 'myProfile: the variant プロフィール is the term itself (プロフィール), so it is never flagged' },
      { id: 'product', message: 'product: the variant センター is found in the right term product (ビジネス センター)' },
    ]);
  });
});

describe('heading ids in MDX', () => {
  it('are blanked out with spaces, so the parser accepts the page and positions stay put', () => {
    const page = '## 招待を受け取る {#register}\n\n本文です。{#not-a-heading}\n';
    const blanked = blankHeadingIds(page);
    expect(blanked).toBe(`## 招待を受け取る${' '.repeat(12)}\n\n本文です。{#not-a-heading}\n`);
    expect(blanked).toHaveLength(page.length);
  });
});
