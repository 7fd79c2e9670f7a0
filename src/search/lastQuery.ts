/**
 * The reader's last query in this tab, per language, so search reopens on it after a result
 * led to another page: the reader who opened the wrong section gets the other results back.
 * sessionStorage, not localStorage: a query is about the visit, not worth keeping for good.
 * Where storage is blocked, search simply opens empty.
 */
import { sessionStorageOrNull as storage } from '../store/sessionStorageOrNull';

const keyFor = (lang: string) => `business-center-help:search:${lang}`;

export function rememberQuery(lang: string, query: string): void {
  try {
    storage()?.setItem(keyFor(lang), query);
  } catch {
    // storage full or refused: nothing to remember then
  }
}

export function lastQuery(lang: string): string {
  try {
    return storage()?.getItem(keyFor(lang)) ?? '';
  } catch {
    return '';
  }
}
