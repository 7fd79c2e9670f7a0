/**
 * The search dialog's behaviour. Loaded by the header script only when the visitor opens
 * search; it then loads Pagefind, which picks the index of the page's `<html lang>`.
 */
import { format } from '../i18n/format';
import { renderExcerpt } from './excerpt';
import { lastQuery, rememberQuery } from './lastQuery';
import { matchSections, type SearchOutcome } from './matchSections';
import type { PagefindApi, PagefindResultData } from './pagefindTypes';
import { defaultLocale, langOf } from '../config/locales';
import { isUnspaced, joinWords, keywordsOf, queryWords } from './searchWords';
import { rankSections, type SectionHit } from './rankSections';

// The site's base path (`config/base.ts`), written into this file by the build as a literal:
// importing config/base would cost search a shared chunk and one more request.
const base = import.meta.env.BASE_URL;
// Spelled out whole (the build folds it to one string) so tools that read the file, such as
// `npm run bench`, find the runtime's address in it.
const pagefindUrl = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
/** More pages than any language of the guide has: every page that matches is read. */
const pagesRead = 12;
let pagefind: Promise<PagefindApi> | undefined;
let wired = false;
/** The latest query typed; an answer to an older one is dropped. */
let latest = 0;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (api: PagefindApi) => {
    // The index names pages by their path in the build; under a base path the results' URLs need it.
    await api.options({ excerptLength: 24, baseUrl: base });
    await api.init();
    // The 404 page speaks every language: its dialog searches the other languages' indexes too.
    // Named by its full URL: Pagefind skips a merge whose path the primary index's starts with.
    const others = document.querySelector<HTMLElement>('#search-dialog')?.dataset['alsoLanguages']?.split(' ') ?? [];
    for (const language of others) await api.mergeIndex(new URL(`${base}pagefind/`, location.href).href, { language });
    return api;
  });
  return pagefind;
}

function parts(dialog: HTMLDialogElement) {
  return {
    input: dialog.querySelector<HTMLInputElement>('input[type="search"]')!,
    status: dialog.querySelector<HTMLElement>('[role="status"]')!,
    list: dialog.querySelector<HTMLOListElement>('[data-search-results]')!,
  };
}

const lang = () => document.documentElement.lang || langOf(defaultLocale);

function renderHits(dialog: HTMLDialogElement, hits: readonly SectionHit[]): void {
  parts(dialog).list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      const title = document.createElement('span');
      title.className = 'search-hit-title';
      title.textContent = hit.title;
      const page = document.createElement('span');
      page.className = 'search-hit-page';
      page.textContent = hit.pageTitle;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-hit-excerpt';
      excerpt.append(renderExcerpt(hit.excerpt, lang()));
      link.append(title, page, excerpt);
      // The dialog stays open on a same-page link unless we close it.
      link.addEventListener('click', () => dialog.close());
      item.append(link);
      return item;
    }),
  );
}

/** The status line, announced to screen readers as it changes. */
function statusFor(dialog: HTMLDialogElement, query: string, outcome: SearchOutcome): string {
  const text = dialog.dataset;
  switch (outcome.kind) {
    case 'none':
      return format(text['none'] ?? '', { query });
    case 'all':
      return format(text['count'] ?? '', { count: outcome.hits.length, query });
    case 'some':
      return outcome.missing.length > 0
        ? format(text['partial'] ?? '', { found: joinWords(outcome.found, lang()), missing: joinWords(outcome.missing, lang()) })
        : format(text['partialEach'] ?? '', { found: joinWords(outcome.found, lang()) });
  }
}

async function sectionsFor(results: { data(): Promise<PagefindResultData> }[]): Promise<SectionHit[]> {
  const pages = await Promise.all(results.slice(0, pagesRead).map((result) => result.data()));
  return rankSections(pages, Infinity, Infinity);
}

async function runSearch(dialog: HTMLDialogElement, query: string): Promise<void> {
  const { status, list } = parts(dialog);
  const run = ++latest;
  const trimmed = query.trim();
  rememberQuery(lang(), trimmed);
  if (trimmed.length === 0) {
    list.replaceChildren();
    return;
  }
  try {
    const api = await loadPagefind();
    const keywords = keywordsOf(queryWords(trimmed, lang()), lang());
    // In English the words around the keywords order the results where pages hold them too
    // ("what is" finds the section that says what a thing is). Chinese and Japanese particles
    // are in every sentence and say nothing: Pagefind gets the keywords alone, and so does an
    // English question no page holds whole.
    const typed = await api.debouncedSearch(isUnspaced(lang()) ? keywords.join(' ') : trimmed, {}, 200);
    if (typed === null || run !== latest) return; // a newer query superseded this one
    const found = typed.results.length > 0 || keywords.length === 0 ? typed : await api.search(keywords.join(' '));
    if (run !== latest) return;
    // One search at a time: Pagefind keeps one data object per page and writes each search's
    // matches into it, so two searches read at once would see each other's matches.
    const whole = await sectionsFor(found.results);
    const perKeyword: SectionHit[][] = [];
    if (keywords.length > 1) {
      for (const keyword of keywords) {
        const hits = await sectionsFor((await api.search(keyword)).results);
        if (run !== latest) return;
        perKeyword.push(hits);
      }
    }
    if (run !== latest) return;
    const outcome = matchSections(keywords, whole, perKeyword);
    renderHits(dialog, outcome.kind === 'none' ? [] : outcome.hits);
    status.textContent = statusFor(dialog, trimmed, outcome);
  } catch {
    status.textContent = dialog.dataset['error'] ?? '';
  }
}

function wire(dialog: HTMLDialogElement): void {
  const { input, status } = parts(dialog);
  input.addEventListener('input', () => void runSearch(dialog, input.value));
  // In a search field the first Escape would only clear the text: close at once instead.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.querySelector<HTMLAnchorElement>('[data-search-results] a')?.click();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  status.textContent = dialog.dataset['loading'] ?? '';
  const previous = lastQuery(lang());
  if (previous) {
    // Search reopens on the query the reader left on another page, with its results.
    input.value = previous;
    void runSearch(dialog, previous);
  } else {
    loadPagefind().then(
      () => { status.textContent = dialog.dataset['hint'] ?? ''; },
      () => { status.textContent = dialog.dataset['error'] ?? ''; },
    );
  }
}

/** Opens the search dialog; focus returns to the opener when it closes. */
export function openSearch(opener: HTMLElement): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog || dialog.open) return;
  if (!wired) {
    wire(dialog);
    wired = true;
  }
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
  // The previous query, selected: typing replaces it, and its results are still there.
  const { input } = parts(dialog);
  input.focus();
  input.select();
}
