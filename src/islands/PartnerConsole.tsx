import { useState, type FormEvent } from 'react';
import type { FieldErrors, NoticeKey, Result } from '../domain/errors';
import type { Locale } from '../i18n/locales';
import { simTranslations } from '../i18n/sim/client';
import type { SimTranslate } from '../i18n/sim';
import { getPortal, type PartnerAgreementView } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { Notice } from './parts/Notice';
import { PartnerChangeAdmin } from './PartnerChangeAdmin';

/**
 * The partner center: find the customer's agreement, resend the invitation, change the
 * administrator's address. The store decides everything; this view shows its answers.
 * (No partner machine existed yet when this was written.)
 */
export default function PartnerConsole({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const [number, setNumber] = useState('');
  const [agreement, setAgreement] = useState<PartnerAgreementView | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const focus = useFocusFirstError('partner', errors, busy);

  const find = async (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    setBusy(true);
    const result = await getPortal().partnerFindAgreement({ agreementNumber: number });
    setBusy(false);
    setErrors(result.ok ? {} : result.errors);
    setAgreement(result.ok ? result.agreement : null);
  };
  const key = errors['agreementNumber'];

  return (
    <section className="sim-portal" aria-labelledby="sim-partner-name">
      <p className="sim-portal-bar" id="sim-partner-name"><span aria-hidden="true">▦ </span>{t('sim.toPartner')}</p>
      <div className="sim-portal-body">
        <h2>{t('partner.heading')}</h2>
        <p>{t('partner.intro')}</p>
        <form id="partner" noValidate onSubmit={(event) => void find(event)} aria-busy={busy}>
          <ErrorSummary errors={errors} formId="partner" labels={{ agreementNumber: t('partner.agreementNumber') }} t={t} />
          <TextField id="partner-agreementNumber" label={t('partner.agreementNumber')} value={number} error={key && t(key)}
            onChange={(value) => { setNumber(value); setErrors({}); }} />
          <button type="submit" className="sim-button" disabled={busy}>{t('partner.find')}</button>
        </form>
        {agreement && <AgreementActions key={agreement.agreementNumber} agreement={agreement} onChange={setAgreement} t={t} />}
      </div>
    </section>
  );
}

type Answer = Result<{ notice: NoticeKey; agreement: PartnerAgreementView }>;

function AgreementActions({ agreement, onChange, t }: { agreement: PartnerAgreementView; onChange: (next: PartnerAgreementView) => void; t: SimTranslate }) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<NoticeKey | null>(null);
  const [busy, setBusy] = useState(false);
  const focus = useFocusFirstError('partner-email', errors, busy);
  const admin = agreement.purchasingAccountAdministrator;

  const run = async (call: () => Promise<Answer>) => {
    focus.arm();
    setBusy(true);
    const result = await call();
    setBusy(false);
    setErrors(result.ok ? {} : result.errors);
    setNotice(result.ok ? result.notice : null);
    if (result.ok) onChange(result.agreement);
  };
  const number = agreement.agreementNumber;
  const key = errors['email'];

  return (
    <div className="sim-subform">
      <FocusHeading level={3}>{t('partner.agreement', { agreementNumber: number, organization: agreement.organization })}</FocusHeading>
      <p>{t('partner.admin', { name: admin.name, email: admin.email })}</p>
      <p>{t(`partner.status.${agreement.administratorStatus}`)}</p>
      {notice && <Notice kind="success">{t(notice)}</Notice>}
      <button type="button" className="sim-button" disabled={busy} onClick={() => void run(() => getPortal().partnerResendInvitation({ agreementNumber: number }))}>{t('partner.resend')}</button>
      <form id="partner-email" noValidate aria-busy={busy} onSubmit={(event) => {
        event.preventDefault();
        void run(() => getPortal().partnerChangeAdministratorEmail({ agreementNumber: number, email }));
      }}>
        <ErrorSummary errors={errors} formId="partner-email" labels={{ email: t('partner.newEmail') }} t={t} />
        <TextField id="partner-email-email" label={t('partner.newEmail')} type="email" value={email} error={key && t(key)}
          onChange={(value) => { setEmail(value); setErrors({}); }} />
        <button type="submit" className="sim-button" disabled={busy}>{t('partner.changeEmail')}</button>
      </form>
      <PartnerChangeAdmin agreementNumber={number} t={t} onDone={(answer) => {
        setNotice(answer.ok ? answer.notice : null);
        if (answer.ok) onChange(answer.agreement);
      }} />
    </div>
  );
}
