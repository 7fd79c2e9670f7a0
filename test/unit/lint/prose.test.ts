import { describe, expect, it } from 'vitest';
import { dictionaryFiles, lintDictionaries, lintPages } from '../../../scripts/prose/lintProse.mjs';

const planted = 'test/fixtures/prose/planted';
const clean = 'test/fixtures/prose/clean';
const dictionaries = 'test/fixtures/prose/dictionaries';

type Result = Awaited<ReturnType<typeof lintPages>>[number];

/** What `npm run lint` prints for each problem: file (from the fixture folder), line, rule and message. */
function problems(results: Result[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.split('/').slice(-2).join('/')}:${message.loc.start.line} ${message.ruleId}: ${message.message}`),
  );
}

// Loading the Japanese morphological dictionary takes a few seconds on a busy machine.
describe('the prose linter (npm run lint)', { timeout: 30_000 }, () => {
  it('flags a wrong zh-TW term in a page and proposes the glossary term', async () => {
    expect(problems(await lintPages(planted, 'zh-tw'))).toEqual(['zh-tw/work-account.mdx:11 prh: 公司帳戶 => 工作帳戶 (glossary term workAccount)']);
  });

  it('flags a wrong ja term in a page and in its front matter description', async () => {
    const found = problems(await lintPages(planted, 'ja')).filter((problem) => problem.startsWith('ja/purchasing-admin.mdx'));
    expect(found).toEqual([
      'ja/purchasing-admin.mdx:3 prh: front matter description: 購買アカウント管理者 => 購入アカウント管理者 (glossary term purchasingAccountAdministrator)',
      'ja/purchasing-admin.mdx:14 prh: 購買アカウント管理者 => 購入アカウント管理者 (glossary term purchasingAccountAdministrator)',
    ]);
  });

  it('flags a wrong English term', async () => {
    expect(problems(await lintPages(planted, 'en'))).toEqual([
      'en/purchase-account.mdx:11 prh: purchase account administrator => purchasing account administrator (glossary term purchasingAccountAdministrator)',
    ]);
  });

  it('keeps the Japanese preset: a である sentence among です・ます ones fails', async () => {
    const found = problems(await lintPages(planted, 'ja')).filter((problem) => problem.startsWith('ja/mixed-style.mdx'));
    expect(found).toEqual([expect.stringMatching(/^ja\/mixed-style\.mdx:11 ja-technical-writing\/no-mix-dearu-desumasu: 本文: "ですます"調 でなければなりません/)]);
  });

  it.each(['en', 'zh-tw', 'ja'])('passes a correct %s page: heading ids, <Label>, callouts, and です・ます steps in ja', async (locale) => {
    expect(problems(await lintPages(clean, locale))).toEqual([]);
  });

  it('flags a wrong term in a dictionary string, with its file, line, key and the proposed term', async () => {
    const results = await lintDictionaries([`${dictionaries}/zh-tw/ui.ts`, `${dictionaries}/ja/ui.ts`]);
    expect(problems(results)).toEqual([
      'zh-tw/ui.ts:4 prh: signIn.hint: 公司帳戶 => 工作帳戶 (glossary term workAccount)',
      'ja/ui.ts:5 prh: resend.intro: 再送 => 再送信 (glossary term resend)',
    ]);
    // The column points at the wrong word in the file: `  'signIn.hint': '請用` is 20 characters.
    expect(results[0]?.messages[0]?.loc.start.column).toBe(21);
  });

  it('keeps the house style the language review unified, in dictionary strings as in pages', async () => {
    expect(problems(await lintDictionaries(['test/fixtures/prose/style/ja/ui.ts', 'test/fixtures/prose/style/zh-tw/ui.ts']))).toEqual([
      'ja/ui.ts:4 prh: hint.password: 構いません => かまいません (house style: かまいません in kana)',
      'ja/ui.ts:5 prh: hint.who: 誰 => だれ (house style: だれ in kana)',
      "ja/ui.ts:6 prh: hint.terms: 使用条件 => 利用規約 (house style: the portal's label accept.termsLink)",
      "ja/ui.ts:7 prh: goal.mina: 日本語を読む => 優先言語が日本語 (house style: the portal's field is the preferred language)",
      'zh-tw/ui.ts:5 prh: search.hint: 段落 => 章節 (house style: a guide section is a 章節)',
      'zh-tw/ui.ts:6 prh: hint.mailbox: 選擇 => 選取 (house style: 選取 for selecting a thing on screen)',
      'zh-tw/ui.ts:7 prh: hint.language: 選擇 => 選取 (house style: 選取 for selecting a thing on screen)',
    ]);
  });

  it.each(['en', 'zh-tw', 'ja'])('reads every real %s page: none fails to parse, so none goes unchecked', async (locale) => {
    const results = await lintPages('content', locale);
    expect(results.length).toBeGreaterThan(0);
    expect(problems(results).filter((problem) => problem.includes('plugin-error'))).toEqual([]);
  });

  it.each(['en', 'zh-tw', 'ja'])('passes the real %s pages and strings', async (locale) => {
    const strings = await lintDictionaries(dictionaryFiles.filter((file) => file.startsWith(`src/i18n/${locale}/`)));
    expect(problems([...(await lintPages('content', locale)), ...strings])).toEqual([]);
  });
});
