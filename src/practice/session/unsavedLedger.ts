/**
 * Which scenarios' work this browser could not keep, so the practice list and record can say so
 * on the next page. It cannot live in localStorage: that is what refused the write. A session
 * cookie survives the move to another practice page when localStorage is full, and goes when the
 * browser closes, as the work it speaks of did.
 */
import { decoded } from '../../domain/text';

/** The part of `document` used: its cookie string. */
export type CookieJar = Pick<Document, 'cookie'>;

const NAME = 'bch-practice-unsaved';
const ID = /^[a-z0-9-]{1,64}$/;

/** The scenario ids written down as not kept (an unreadable cookie reads as none). */
export function unsavedScenarios(jar: CookieJar): ReadonlySet<string> {
  let cookie: string;
  try {
    cookie = jar.cookie;
  } catch {
    return new Set();
  }
  const value = cookie.split(/;\s*/).find((part) => part.startsWith(`${NAME}=`))?.slice(NAME.length + 1) ?? '';
  return new Set(decoded(value).split(',').filter((id) => ID.test(id)));
}

function write(jar: CookieJar, ids: ReadonlySet<string>): void {
  try {
    // No Max-Age: a session cookie. Path `/` so every practice page reads it, under a base path too.
    jar.cookie = ids.size > 0 ? `${NAME}=${encodeURIComponent([...ids].join(','))}; path=/; SameSite=Strict` : `${NAME}=; path=/; Max-Age=0; SameSite=Strict`;
  } catch {
    // Cookies blocked as well: the page that lost the work still says so itself.
  }
}

/** `id`'s work (its attempt or its progress) was not kept in this browser. */
export function markUnsaved(jar: CookieJar, id: string): void {
  const ids = unsavedScenarios(jar);
  if (!ids.has(id)) write(jar, new Set([...ids, id]));
}

/** `id`'s work is kept again (a later page saved it): nothing to warn about any more. */
export function markSaved(jar: CookieJar, id: string): void {
  const ids = new Set(unsavedScenarios(jar));
  if (ids.delete(id)) write(jar, ids);
}

/** Shows each `[data-unsaved-of]` mark of `root` whose scenario's work was not kept, hides the others. */
export function showUnsavedMarks(jar: CookieJar, root: ParentNode): void {
  const ids = unsavedScenarios(jar);
  for (const mark of root.querySelectorAll<HTMLElement>('[data-unsaved-of]')) mark.hidden = !ids.has(mark.dataset['unsavedOf'] ?? '');
}
