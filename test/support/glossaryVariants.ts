/**
 * A glossary variant as a matcher: a plain string, or `/…/` read as a regular expression the
 * way prh reads it.
 */
export function variantPattern(variant: string): RegExp {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(variant);
  if (regex) return new RegExp(regex[1] ?? '', regex[2] === '' ? 'u' : regex[2]);
  return new RegExp(variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u');
}
