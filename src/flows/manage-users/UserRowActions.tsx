import type { Ref } from 'react';
import type { SimTranslate } from '../../i18n/sim';

/** What one row of Manage users offers, as its machine answers it, and what the buttons tell. */
export interface UserRowActionsProps {
  readonly t: SimTranslate;
  readonly user: { readonly id: string; readonly name: string };
  /** The row asks "Remove …?" instead of showing its actions. */
  readonly confirming: boolean;
  readonly mayResend: boolean;
  readonly mayEditRoles: boolean;
  readonly mayRemove: boolean;
  /** This user's Remove was refused: the button points at the announced reason. */
  readonly removeRefused: boolean;
  /** The id of the announced outcome the refused Remove points at. */
  readonly outcomeId: string;
  readonly removeRef?: Ref<HTMLButtonElement>;
  readonly confirmRef?: Ref<HTMLButtonElement>;
  readonly onEdit: () => void;
  readonly onResend: () => void;
  readonly onAskRemove: () => void;
  readonly onConfirmRemove: () => void;
  readonly onCancelRemove: () => void;
}

/** A user's row actions: Edit roles, Resend invitation, Remove with its inline confirmation. */
export function UserRowActions(props: UserRowActionsProps) {
  const { t, user, confirming, mayResend, mayEditRoles, mayRemove, removeRefused, outcomeId, removeRef = null, confirmRef = null } = props;
  if (confirming) {
    const questionId = `users-remove-question-${user.id}`;
    return (
      <div className="sim-confirm sim-user-confirm" role="group" aria-labelledby={questionId}>
        <p id={questionId}>{t('users.removeQuestion', { name: user.name })}</p>
        <button ref={confirmRef} type="button" className="sim-button" onClick={props.onConfirmRemove}>{t('users.removeConfirm')}</button>
        <button type="button" className="sim-button sim-secondary" onClick={props.onCancelRemove}>{t('users.removeCancel')}</button>
      </div>
    );
  }
  return (
    <div className="sim-user-actions">
      {mayEditRoles && <button type="button" className="sim-link-button" onClick={props.onEdit}>{t('users.edit', { name: user.name })}</button>}
      {mayResend && (
        <button type="button" className="sim-link-button" aria-label={t('users.resendFor', { name: user.name })} onClick={props.onResend}>{t('users.resend')}</button>
      )}
      {mayRemove && (
        <button ref={removeRef} type="button" className="sim-link-button" aria-label={t('users.removeFor', { name: user.name })}
          aria-describedby={removeRefused ? outcomeId : undefined} onClick={props.onAskRemove}>{t('users.remove')}</button>
      )}
    </div>
  );
}
