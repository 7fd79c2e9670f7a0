import { defineMiddleware } from 'astro:middleware';
import { insertPhraseBreaks } from './phrases/insertPhraseBreaks';
import { withLocaleAttributes } from './phrases/localeAttributes';

/**
 * Every page's Chinese and Japanese links, headings, labels, buttons and captions get a `<wbr>`
 * between their phrases (BudouX), at build time, so they break between words in every browser
 * (Firefox and WebKit have no `word-break: auto-phrase`) and no phrase parser runs in the
 * browser. Here rather than in the Markdown pipeline: one pass sees the MDX text, every
 * component's strings and the panels' first screens alike, in `astro dev` as in the build.
 * Each `lang` gets its locale's `data-script` and `data-line-break` first, which global.css reads.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = insertPhraseBreaks(withLocaleAttributes(await response.text()));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
