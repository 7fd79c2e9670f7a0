import type { WakingIsland } from '../inline/loadIslandsOnIntent';

/** How an element of the static first screen is found again in the live one: by id, name or text. */
interface ElementKey {
  readonly tag: string;
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** A field the reader changed before the panel started. */
interface FieldState {
  readonly key: ElementKey;
  readonly value: string;
  readonly checked: boolean;
}

/** What the reader did to a panel's static first screen while its code was loading. */
export interface ReaderState {
  readonly fields: readonly FieldState[];
  /** The element that had focus, if focus was inside the panel. */
  readonly focus: ElementKey | undefined;
  /** The button or link clicked while the code loaded (see `inline/loadIslandsOnIntent.ts`). */
  readonly click: ElementKey | undefined;
}

const keyOf = (element: Element): ElementKey => ({
  tag: element.tagName,
  id: element.id,
  name: element.getAttribute('name') ?? '',
  text: element.textContent?.trim() ?? '',
});

function find(root: Element, key: ElementKey): HTMLElement | undefined {
  const candidates = [...root.querySelectorAll<HTMLElement>(key.tag)];
  if (key.id) return candidates.find((element) => element.id === key.id);
  if (key.name) return candidates.find((element) => element.getAttribute('name') === key.name);
  return candidates.find((element) => element.textContent?.trim() === key.text);
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isToggle = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

function changed(field: Field): boolean {
  if (isToggle(field)) return field.checked !== field.defaultChecked;
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  return field.value !== field.defaultValue;
}

/** Reads what the reader typed, ticked and focused in the island, and the click it holds. */
export function readReaderState(island: WakingIsland): ReaderState {
  const fields = [...island.querySelectorAll<Field>('input,textarea,select')]
    .filter((field) => (field.id || field.name) && changed(field))
    .map((field) => ({ key: keyOf(field), value: field.value, checked: isToggle(field) && field.checked }));
  const active = document.activeElement;
  return {
    fields,
    focus: active && active !== island && island.contains(active) ? keyOf(active) : undefined,
    click: island.heldClick ? keyOf(island.heldClick) : undefined,
  };
}

/** Sets a field as typing would, so a React-controlled field's `onChange` sees the value. */
function fill(field: Field, { value, checked }: FieldState): void {
  if (isToggle(field)) {
    if (field.checked !== checked) field.click();
    return;
  }
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Resolves once `ready()` holds for the island's live content, or after `timeout` ms. */
function whenReady(island: Element, ready: () => boolean, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (ready()) done();
    });
    const timer = setTimeout(() => done(), timeout);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(island, { childList: true, subtree: true });
  });
}

/**
 * Gives the live panel what the reader did to its static first screen: the values typed, then
 * focus where it was (without scrolling; never taken from outside the panel), then the held
 * click, once. The live screen may render in steps (the store loads, a lazy screen arrives):
 * this waits for the elements for a few seconds, and skips those that never come (the store
 * held another state, so the screen is another one).
 */
export async function restoreReaderState(island: WakingIsland, state: ReaderState): Promise<void> {
  delete island.heldClick;
  const keys = [...state.fields.map((field) => field.key), ...(state.focus ? [state.focus] : []), ...(state.click ? [state.click] : [])];
  if (keys.length === 0) return;
  await whenReady(island, () => keys.every((key) => find(island, key)), 3000);
  for (const field of state.fields) {
    const element = find(island, field.key);
    if (element) fill(element as Field, field);
  }
  // Let React render the values before a click submits them.
  await new Promise((resolve) => setTimeout(resolve));
  if (state.focus && document.activeElement === document.body) find(island, state.focus)?.focus({ preventScroll: true });
  if (state.click) find(island, state.click)?.click();
}
