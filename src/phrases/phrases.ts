import { loadDefaultJapaneseParser, loadDefaultTraditionalChineseParser, type Parser } from 'budoux';
import { localeInfo, localeOfLang, type PhraseModel } from '../config/locales';

/** Text with Han, kana or CJK punctuation: the only text a phrase parser has anything to do with. */
const cjk = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** BudouX's models by its own names; a locale's row says which one its lines follow (`phraseModel`). */
const loaders: Readonly<Record<PhraseModel, () => Parser>> = {
  ja: loadDefaultJapaneseParser,
  'zh-hant': loadDefaultTraditionalChineseParser,
};
const parsers = new Map<PhraseModel, Parser>();

/** BudouX's parser for the locale whose `lang` this is, or `undefined` for a locale that breaks lines at spaces or a language the site does not publish. */
export function phraseParserFor(lang: string | undefined): Parser | undefined {
  const locale = localeOfLang(lang);
  const model = locale ? localeInfo[locale].phraseModel : null;
  if (!model) return undefined;
  let parser = parsers.get(model);
  if (!parser) parsers.set(model, (parser = loaders[model]()));
  return parser;
}

/** Beside a space or a punctuation mark the browser knows where a line may break (line-break: strict): a `<wbr>` there would overrule it (］/：). */
const breaksOnItsOwn = /[\s\p{P}]/u;
/** Characters that never start a line in Chinese or Japanese, though they are not punctuation. */
const neverFirst = /[ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;
/** Letters, not marks: a last line needs two of them (段落, not 段/落). */
const letter = /[^\s\p{P}]/gu;

/**
 * Where a line may break between phrases of `text` (offsets into it, in UTF-16 units), in the
 * language `lang`: BudouX's phrase boundaries, minus those beside a space or a punctuation mark
 * (the browser's own break opportunities, which follow the rules of line-break: strict), before
 * ー or a small kana, and one that would leave a single letter for the last line. Empty for text
 * with no Chinese or Japanese in it, or in another language.
 * @example phraseBreaks('職場のメール アドレス', 'ja') // [3]: 職場の|メール アドレス
 */
export function phraseBreaks(text: string, lang: string | undefined): number[] {
  const parser = cjk.test(text) ? phraseParserFor(lang) : undefined;
  if (!parser) return [];
  const breaks: number[] = [];
  let offset = 0;
  for (const phrase of parser.parse(text).slice(0, -1)) {
    offset += phrase.length;
    const [before, after] = [text.charAt(offset - 1), text.charAt(offset)];
    if (breaksOnItsOwn.test(before) || breaksOnItsOwn.test(after) || neverFirst.test(after)) continue;
    if ((text.slice(offset).match(letter) ?? []).length < 2) continue;
    breaks.push(offset);
  }
  return breaks;
}
