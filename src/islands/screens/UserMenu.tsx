import type { Ref } from 'react';
import type { ErrorKey } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';
import { Notice } from '../parts/Notice';
import { RouteLink } from '../parts/navigation';

/** What the user menu shows: whose it is, whether it is open, and the refs that take focus. */
export interface UserMenuProps {
  readonly t: SimTranslate;
  readonly name: string;
  readonly open: boolean;
  /** Why the last Sign out was refused, if it was. */
  readonly refusal?: ErrorKey | undefined;
  readonly toggleRef?: Ref<HTMLButtonElement>;
  /** My profile, focused when the menu opens. */
  readonly firstRef?: Ref<HTMLAnchorElement>;
  readonly onToggle: () => void;
  /** Escape pressed inside the menu. */
  readonly onEscape: () => void;
  /** My profile followed: the menu closes. */
  readonly onProfile: () => void;
  readonly onSignOut: () => void;
}

/** The user's name, top right: a disclosure with My profile and Sign out. */
export function UserMenu({ t, name, open, refusal, toggleRef = null, firstRef = null, onToggle, onEscape, onProfile, onSignOut }: UserMenuProps) {
  return (
    <div className="sim-user-menu" onKeyDown={(event) => {
      if (event.key === 'Escape' && open) onEscape();
    }}>
      <button ref={toggleRef} type="button" className="sim-button sim-secondary" aria-expanded={open} aria-controls="sim-user-menu-list"
        aria-label={t('portal.userMenu', { name })} onClick={onToggle}>
        {name} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id="sim-user-menu-list" className="sim-user-menu-list">
          <li><RouteLink ref={firstRef} to="profile" onFollow={onProfile}>{t('portal.profile')}</RouteLink></li>
          <li><button type="button" className="sim-link-button" onClick={onSignOut}>{t('portal.signOut')}</button></li>
        </ul>
      )}
      {refusal && <Notice kind="warning">{t(refusal)}</Notice>}
    </div>
  );
}
