import type { FormEvent } from 'react';
import type { ErrorKey, FieldErrors, NoticeKey } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';
import type { PartnerAgreementView } from '../../store/viewTypes';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { SelectField, TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText } from '../../islands/parts/machineForm';
import { Notice } from '../../islands/parts/Notice';

/** The fields of "Name another purchasing account administrator". */
export type AdministratorField = 'name' | 'email' | 'preferredLanguage';

/** One of the agreement's two forms: what it shows, and what it tells. */
interface TaskForm<F extends string> {
  readonly values: Readonly<Record<F, string>>;
  readonly errors: FieldErrors;
  readonly onChange: (field: F, value: string) => void;
  readonly onBlur: (field: F) => void;
  readonly onSubmit: (event: FormEvent) => void;
}

/** What the partner sees of an agreement found, and its three tasks. */
export interface PartnerAgreementScreenProps {
  readonly t: SimTranslate;
  readonly agreement: PartnerAgreementView;
  /** The store's answer to the last task. */
  readonly notice: NoticeKey | null;
  /** Why the last Resend was refused, if it was. */
  readonly resendRefusal: ErrorKey | undefined;
  readonly busy: boolean;
  readonly languages: readonly { readonly value: string; readonly label: string }[];
  readonly onResend: () => void;
  /** "Change the email address" of the administrator. */
  readonly address: TaskForm<'email'>;
  /** "Name another purchasing account administrator". */
  readonly administrator: TaskForm<AdministratorField>;
}

/** An agreement in the partner center: its administrator, Resend, a new address, another administrator. */
export function PartnerAgreementScreen({ t, agreement, notice, resendRefusal, busy, languages, onResend, address, administrator }: PartnerAgreementScreenProps) {
  const admin = agreement.purchasingAccountAdministrator;
  const labels = { name: t('partner.adminName'), email: t('partner.adminEmail'), preferredLanguage: t('partner.adminLanguage') };
  return (
    <div className="sim-subform">
      <FocusHeading level={3}>{t('partner.agreement', { agreementNumber: agreement.agreementNumber, organization: agreement.organization })}</FocusHeading>
      <p>{t('partner.admin', { name: admin.name, email: admin.email })}</p>
      <p>{t(`partner.status.${agreement.administratorStatus}`)}</p>
      {notice && <Notice kind="success">{t(notice)}</Notice>}
      {resendRefusal && <Notice kind="warning">{t(resendRefusal)}</Notice>}
      <button type="button" className="sim-button" disabled={busy} onClick={onResend}>{t('partner.resend')}</button>
      <form id="partner-email" noValidate aria-busy={busy} onSubmit={address.onSubmit}>
        <ErrorSummary errors={address.errors} formId="partner-email" labels={{ email: t('partner.newEmail') }} t={t} />
        <TextField id="partner-email-email" label={t('partner.newEmail')} type="email" value={address.values.email} error={errorText(address.errors, 'email', t)}
          onChange={(value) => address.onChange('email', value)} onBlur={() => address.onBlur('email')} />
        <button type="submit" className="sim-button" disabled={busy}>{t('partner.changeEmail')}</button>
      </form>
      <form id="partner-admin" noValidate aria-busy={busy} onSubmit={administrator.onSubmit}>
        <h4>{t('partner.changeAdmin')}</h4>
        <ErrorSummary errors={administrator.errors} formId="partner-admin" labels={labels} t={t} />
        <TextField id="partner-admin-name" label={labels.name} value={administrator.values.name} error={errorText(administrator.errors, 'name', t)}
          onChange={(value) => administrator.onChange('name', value)} onBlur={() => administrator.onBlur('name')} />
        <TextField id="partner-admin-email" label={labels.email} type="email" value={administrator.values.email} error={errorText(administrator.errors, 'email', t)}
          onChange={(value) => administrator.onChange('email', value)} onBlur={() => administrator.onBlur('email')} />
        <SelectField id="partner-admin-preferredLanguage" label={labels.preferredLanguage} value={administrator.values.preferredLanguage} placeholder={t('form.choose')}
          options={languages} error={errorText(administrator.errors, 'preferredLanguage', t)}
          onChange={(value) => administrator.onChange('preferredLanguage', value)} onBlur={() => administrator.onBlur('preferredLanguage')} />
        <button type="submit" className="sim-button" disabled={busy}>{t('partner.changeAdminSubmit')}</button>
      </form>
    </div>
  );
}
