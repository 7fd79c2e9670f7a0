// Microsoft's pseudo-localization of English text (the `qps-ploc` locale): every letter accented,
// the text about 40% longer, and bracketed, so a screen shows at a glance which strings were never
// translated (plain English), which are cut (a missing bracket) and where longer languages overflow.
// Placeholders, markup, character references, escapes, addresses and links stay exactly as written.

const accented = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]]),
);

/** What stays as written: `{name}` placeholders, tags, character references, Markdown escapes, email addresses and URLs. */
const kept = /(\{[\w.]+\}|<[^>]*>|&#?\w+;|\\.|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+)/;

/** About 40% more, as short words: a long unbroken run would overflow where a real language wraps. */
function padding(length) {
  const dots = Math.max(1, Math.ceil(length * 0.4));
  return Array.from({ length: Math.ceil(dots / 4) }, (_, index) => '·'.repeat(Math.min(4, dots - index * 4))).join(' ');
}

/**
 * @param {string} text English
 * @param {{ open?: string, close?: string }} [brackets] Markdown source passes escaped brackets (`\\[`)
 * @returns {string} the same text pseudo-localized; text with no letters comes back unchanged
 * @example pseudoText('Sign in {name}') // '[Šîĝñ îñ {name} ·····]'
 */
export function pseudoText(text, { open = '[', close = ']' } = {}) {
  if (!/[A-Za-z]/.test(text.replace(new RegExp(kept.source, 'g'), ''))) return text;
  const parts = text.split(kept).map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter)));
  const [, leading = '', body = '', trailing = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(parts.join('')) ?? [];
  return `${leading}${open}${body} ${padding(body.length)}${close}${trailing}`;
}
