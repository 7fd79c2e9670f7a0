import { localeAttributes, localeOfLang } from '../config/locales';

/** A start tag's `lang="…"` (not `hreflang`), or a script or style element, whose text is left alone. */
const langOrRawBlock = /(<(script|style)\b[\s\S]*?<\/\2>)|(<[a-z][a-z0-9-]*\b[^<>]*?\slang="([^"]*)")/gi;

/**
 * A page's HTML with `data-script` and `data-line-break` written after every `lang` of a
 * published locale, from its row of the locale table, so `global.css` sets fonts and line
 * breaking by those properties and never names a language. Nothing else changes.
 * @example withLocaleAttributes('<html lang="ja">') // '<html lang="ja" data-script="japanese" data-line-break="phrases">'
 */
export function withLocaleAttributes(html: string): string {
  return html.replace(langOrRawBlock, (whole, rawBlock: string | undefined, _tag, _start, lang: string) => {
    const locale = rawBlock ? undefined : localeOfLang(lang);
    if (!locale) return whole;
    const attributes = Object.entries(localeAttributes(locale)).map(([name, value]) => ` ${name}="${value}"`);
    return whole + attributes.join('');
  });
}
