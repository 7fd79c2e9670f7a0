/**
 * One browser engine as the smoke drives it: Firefox over WebDriver BiDi (`firefox.ts`) and
 * WebKitGTK over classic WebDriver (`webkit.ts`) behind the same few verbs, so the steps
 * (`steps.ts`) are written once.
 */
import type { Query } from './pageQueries';

/** An element of the page, as the engine's driver holds it. */
export type ElementRef = unknown;

export interface Engine {
  /** How failures name it: "Firefox ESR 153.8.0esr". */
  readonly name: string;
  /** Opens a path of the served site and waits for its load event. */
  goto(path: string): Promise<void>;
  /** Runs a self-contained function in the page and returns its (serializable) result. */
  run<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Result>;
  /** The first visible element answering the query now, or null. */
  find(query: Query): Promise<ElementRef | null>;
  click(element: ElementRef): Promise<void>;
  /** Clicks into a field and types, key by key, as a person does. */
  type(element: ElementRef, text: string): Promise<void>;
  /** Moves the pointer over the element (scrolled into view first). */
  hover(element: ElementRef): Promise<void>;
  /** Chooses the option with this value in a select. */
  select(element: ElementRef, value: string): Promise<void>;
  /** Script errors and CSP violations seen so far, one line each (see `problems.ts`). */
  problems(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}
