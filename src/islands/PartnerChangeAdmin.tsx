import { useState, type FormEvent } from 'react';
import type { FieldErrors, NoticeKey, Result } from '../domain/errors';
import { languageIds } from '../domain/languages';
import { localeInfo } from '../i18n/locales';
import type { SimTranslate } from '../i18n/sim';
import { getPortal, type PartnerAgreementView } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { SelectField, TextField } from './parts/Field';

type Answer = Result<{ notice: NoticeKey; agreement: PartnerAgreementView }>;

/** The partner names another purchasing account administrator (the store invites them). */
export function PartnerChangeAdmin({ agreementNumber, t, onDone }: { agreementNumber: string; t: SimTranslate; onDone: (answer: Answer) => void }) {
  const [values, setValues] = useState({ name: '', email: '', preferredLanguage: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const focus = useFocusFirstError('partner-admin', errors, busy);
  const labels = { name: t('partner.adminName'), email: t('partner.adminEmail'), preferredLanguage: t('partner.adminLanguage') };
  const set = (field: keyof typeof values) => (value: string) => {
    setValues({ ...values, [field]: value });
    setErrors(({ [field]: _dropped, form: _form, ...rest }) => rest);
  };
  const error = (field: string) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    setBusy(true);
    const answer = await getPortal().partnerChangeAdministrator({ agreementNumber, ...values });
    setBusy(false);
    setErrors(answer.ok ? {} : answer.errors);
    if (answer.ok) setValues({ name: '', email: '', preferredLanguage: '' });
    onDone(answer);
  };
  return (
    <form id="partner-admin" noValidate aria-busy={busy} onSubmit={(event) => void submit(event)}>
      <h4>{t('partner.changeAdmin')}</h4>
      <ErrorSummary errors={errors} formId="partner-admin" labels={labels} t={t} />
      <TextField id="partner-admin-name" label={labels.name} value={values.name} error={error('name')} onChange={set('name')} />
      <TextField id="partner-admin-email" label={labels.email} type="email" value={values.email} error={error('email')} onChange={set('email')} />
      <SelectField id="partner-admin-preferredLanguage" label={labels.preferredLanguage} value={values.preferredLanguage} placeholder={t('form.choose')}
        options={languageIds.map((id) => ({ value: id, label: localeInfo[id].label }))} error={error('preferredLanguage')} onChange={set('preferredLanguage')} />
      <button type="submit" className="sim-button" disabled={busy}>{t('partner.changeAdminSubmit')}</button>
    </form>
  );
}
