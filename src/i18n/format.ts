/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible, so a missing
 * parameter shows up in review instead of silently vanishing.
 * @example format('{count} results', { count: 3 }) // '3 results'
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
