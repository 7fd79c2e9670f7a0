import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements (links, say) where its `{placeholders}` are: each language
 * puts the links where its grammar wants them. Give it the text as `t(key)` returns it without
 * parameters (format() leaves unfilled placeholders in place); a placeholder without an element
 * stays visible, as format() leaves it, so a gap shows up in review.
 * @example <Sentence text={t('accept.terms')} parts={{ terms: <a href="#/terms">…</a> }} />
 */
export function Sentence({ text, parts }: { text: string; parts: Readonly<Record<string, ReactNode>> }) {
  // split() with a capturing group: even items are text, odd items placeholder names.
  const pieces = text.split(/\{(\w+)\}/);
  return <>{pieces.map((piece, index) => (index % 2 === 0 ? piece : <Fragment key={index}>{parts[piece] ?? `{${piece}}`}</Fragment>))}</>;
}
