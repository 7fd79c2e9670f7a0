import { sessionStorageOrNull } from '../sessionStorageOrNull';
import { showMeKey } from './keys';

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This tab's sessionStorage, or null where it is blocked (then a reload simply says nothing). */
const tabStorage = (): SessionStorageLike | null => sessionStorageOrNull();

/**
 * Show me's mark in this tab: set while it plays, so the page a reload brings can say that the
 * reload stopped it (a playback cannot go on after a reload: its timers and actors are gone).
 */
export function markShowMe(id: string, playing: boolean, storage = tabStorage()): void {
  try {
    if (playing) storage?.setItem(showMeKey(id), '1');
    else storage?.removeItem(showMeKey(id));
  } catch {
    // Not kept: a reload then says nothing, as before.
  }
}

/** Whether a reload stopped Show me in this tab; reading it clears it (said once). */
export function takeShowMeMark(id: string, storage = tabStorage()): boolean {
  try {
    const was = storage?.getItem(showMeKey(id)) === '1';
    if (was) storage?.removeItem(showMeKey(id));
    return was;
  } catch {
    return false;
  }
}
