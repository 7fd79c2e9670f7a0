/**
 * The search dialog's behaviour. Loaded by the header script only when the visitor opens
 * search; it then loads Pagefind, which picks the index of the page's `<html lang>`.
 */
import { format } from '../i18n/format';
import { renderExcerpt } from './excerpt';
import type { PagefindApi } from './pagefindTypes';
import { rankSections, type SectionHit } from './rankSections';

const pagefindUrl = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;
let wired = false;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 24 });
    await api.init();
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

function renderHits(dialog: HTMLDialogElement, query: string, hits: SectionHit[]): void {
  const { status, list } = parts(dialog);
  const text = dialog.dataset;
  list.replaceChildren(
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
      excerpt.append(renderExcerpt(hit.excerpt));
      link.append(title, page, excerpt);
      // The dialog stays open on a same-page link unless we close it.
      link.addEventListener('click', () => dialog.close());
      item.append(link);
      return item;
    }),
  );
  status.textContent = hits.length === 0
    ? format(text['none'] ?? '', { query })
    : format(text['count'] ?? '', { count: hits.length, query });
}

async function runSearch(dialog: HTMLDialogElement, query: string): Promise<void> {
  const { status, list } = parts(dialog);
  const trimmed = query.trim();
  if (trimmed.length === 0) {
    list.replaceChildren();
    return;
  }
  try {
    const api = await loadPagefind();
    const found = await api.debouncedSearch(trimmed, {}, 200);
    if (found === null) return; // a newer query superseded this one
    const pages = await Promise.all(found.results.slice(0, 6).map((result) => result.data()));
    renderHits(dialog, trimmed, rankSections(pages));
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
  loadPagefind().then(
    () => { status.textContent = dialog.dataset['hint'] ?? ''; },
    () => { status.textContent = dialog.dataset['error'] ?? ''; },
  );
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
  parts(dialog).input.focus();
}
