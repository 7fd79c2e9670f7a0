/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search client uses. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** The place of the element's first word among the page's words. */
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The places of the matching words among the page's words. */
  locations?: number[];
  /** The same places with Pagefind's weight of each (a heading's words weigh more). */
  weighted_locations?: { weight: number; location: number }[];
  anchor?: PagefindAnchor;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; audience?: string };
  sub_results: PagefindSubResult[];
  /** The page's indexed text, words split by spaces (or, where the build marked them, by zero-width spaces). */
  raw_content?: string;
  /** Every element with an id, with its place among the page's words. */
  anchors?: PagefindAnchor[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  /** Searches another index too: here the same site's index of another language. */
  mergeIndex(indexPath: string, options?: { language?: string }): Promise<void>;
}
