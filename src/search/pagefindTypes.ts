/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search client uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { element: string; id: string; text: string };
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
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
}
