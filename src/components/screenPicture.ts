import { HTMLElement, parse } from 'node-html-parser';

/**
 * Attributes that make markup a live form, tie it to other elements by id, or announce it:
 * a picture of a screen keeps none of them (the guide page has the same screen's real ids in
 * its try-it panel, and a figure must not be focusable, submittable or announced).
 */
const droppedAttributes = new Set([
  'id', 'for', 'name', 'value', 'type', 'href', 'target', 'rel', 'tabindex', 'autofocus', 'accesskey',
  'autocomplete', 'readonly', 'disabled', 'checked', 'selected', 'required', 'placeholder', 'novalidate',
  'action', 'method', 'role', 'aria-live', 'aria-atomic', 'aria-busy', 'aria-describedby', 'aria-labelledby',
  'aria-invalid', 'aria-current', 'aria-controls', 'aria-expanded', 'aria-haspopup', 'aria-pressed', 'contenteditable',
]);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A span that shows what a control shows, with the control's classes plus `look`. */
function picture(element: HTMLElement, look: string, text: string): HTMLElement {
  const classes = [element.getAttribute('class'), look].filter(Boolean).join(' ');
  // A no-break space keeps an empty field's box its height.
  return parse(`<span class="${classes}">${escapeText(text) || '&#160;'}</span>`).firstChild as HTMLElement;
}

/** What a control shows: its value (hidden as dots for a password), the chosen option, ☑ or ☐. */
function controlPicture(element: HTMLElement): HTMLElement {
  const tag = element.tagName.toLowerCase();
  if (tag === 'select') {
    const options = element.querySelectorAll('option');
    const chosen = options.find((option) => option.hasAttribute('selected')) ?? options[0];
    return picture(element, 'sim-figure-input sim-figure-select', chosen?.textContent ?? '');
  }
  if (tag === 'textarea') return picture(element, 'sim-figure-input', element.textContent);
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'checkbox' || type === 'radio') return picture(element, 'sim-figure-check', element.hasAttribute('checked') ? '☑' : '☐');
  const value = element.getAttribute('value') ?? '';
  const shown = type === 'password' ? '•'.repeat(value.length) : value;
  return picture(element, element.hasAttribute('readonly') ? 'sim-figure-input sim-figure-readonly' : 'sim-figure-input', shown);
}

/** The same element under another tag, its classes plus `look`. */
function renamed(element: HTMLElement, tag: string, look = ''): void {
  element.tagName = tag;
  if (look) element.setAttribute('class', [element.getAttribute('class'), look].filter(Boolean).join(' '));
}

/**
 * Turns a screen's server-rendered markup into a picture of it, for a figure of the guide: the
 * same texts and classes (so it looks like the simulator), but nothing to operate. Forms become
 * divs; inputs, selects and text areas become spans showing their value (a checkbox as ☐ or ☑);
 * buttons, links and labels become spans with their look; headings become paragraphs, so a
 * figure adds nothing to the page's outline; ids, label targets, tab stops, live regions and states go.
 * The text stays in the page: read aloud, found by find-in-page and by search.
 * @example screenPicture('<form id="f"><button type="submit" class="sim-button">Submit</button></form>')
 * // '<div><span class="sim-button sim-figure-button">Submit</span></div>'
 */
export function screenPicture(html: string): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll('input, select, textarea')) element.replaceWith(controlPicture(element));
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'form') renamed(element, 'div');
    else if (tag === 'button') renamed(element, 'span', 'sim-figure-button');
    else if (tag === 'a') renamed(element, 'span', 'sim-figure-link');
    else if (/^h[1-6]$/.test(tag)) renamed(element, 'p', `sim-figure-heading sim-figure-${tag}`);
    // The search index skips labels and headers (form parts, page chrome): plain elements keep
    // a figure's every word findable.
    else if (tag === 'label') renamed(element, 'span', 'sim-figure-label');
    else if (tag === 'header') renamed(element, 'div');
    for (const name of Object.keys(element.attributes)) {
      if (droppedAttributes.has(name.toLowerCase()) || /^on/i.test(name)) element.removeAttribute(name);
    }
  }
  return root.toString();
}
