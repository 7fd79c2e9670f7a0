/**
 * What the smoke looks for on a page, and the code that finds it there. The finder runs inside
 * the page (both drivers send a function's source), so it is self-contained: it names elements
 * as a reader does, by role and accessible name or by the label of a field, the way the
 * Playwright tests do, without a driver's own selector dialect (puppeteer's and WebDriver's
 * differ, and WebKitWebDriver has no accessibility tree to ask).
 */
/** `css`: the name is a CSS selector (for what has no name, such as the search results). */
export type Role = 'button' | 'link' | 'heading' | 'field' | 'dialog' | 'alert' | 'text' | 'css';

export interface Query {
  readonly role: Role;
  /** The accessible name (for `text` and `alert`: text the element contains). */
  readonly name: string;
  /** CSS selector of the part of the page to look in. */
  readonly within?: string;
}

/**
 * The first visible element answering `query`, or null. Runs in the page.
 * Accessible names are approximated (aria-label, aria-labelledby, a field's label, the text),
 * which is all this site's controls use.
 */
export function findInPage(query: Query): Element | null {
  const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const by = element.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return text(labels[0]);
    return text(element);
  };
  const visible = (element: Element): boolean =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility() : (element as HTMLElement).offsetParent !== null;
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"], input[type="submit"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    field: 'input, textarea, select',
    dialog: 'dialog, [role="dialog"]',
    alert: '[role="alert"]',
    text: 'body *',
    css: query.name,
  };
  const scope = query.within ? document.querySelector(query.within) : document;
  if (!scope) return null;
  const contains = query.role === 'alert' || query.role === 'text';
  const candidates = [...scope.querySelectorAll(selectors[query.role])].filter((element) =>
    query.role === 'css' || (contains ? text(element).includes(query.name) : nameOf(element) === query.name));
  // For text, the innermost element holding it (not every ancestor up to <body>).
  const found = query.role === 'text' ? candidates.filter((element) => !candidates.some((other) => other !== element && element.contains(other))) : candidates;
  return found.find(visible) ?? null;
}
