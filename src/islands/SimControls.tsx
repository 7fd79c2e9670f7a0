import { useState, type FormEvent } from 'react';
import type { ErrorKey } from '../domain/errors';
import type { Locale } from '../i18n/locales';
import { simTranslations } from '../i18n/sim/client';
import { formatDate, formatNumber } from '../i18n/sim/intl';
import { progressInExport, withProgress } from '../practice/progress';
import { browserProgressStore } from '../practice/progressStore';
import { getPortal } from '../store';
import { TextField } from './parts/Field';
import { usePortalData } from './parts/hooks';
import { Notice } from './parts/Notice';
import { RecoveryNotice } from './parts/RecoveryNotice';

/**
 * The simulator's own controls: recovery notice, clock, reset, export and import. The export file
 * carries this browser's practice progress too, and importing it restores both.
 */
export default function SimControls({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const clock = usePortalData((portal) => portal.getClock());
  const [days, setDays] = useState('60');
  const [daysError, setDaysError] = useState<ErrorKey>();
  const [message, setMessage] = useState<string>();
  const [importError, setImportError] = useState<ErrorKey>();
  const [confirming, setConfirming] = useState(false);

  const advance = async (event: FormEvent) => {
    event.preventDefault();
    const result = await getPortal().advanceClock({ days });
    if (result.ok) {
      setDaysError(undefined);
      setMessage(t('controls.advanced', { date: formatDate(result.clock.now, locale) }));
    } else {
      setDaysError(result.errors['days'] ?? result.errors['form']);
      document.getElementById('sim-days')?.focus();
    }
  };
  const reset = async () => {
    const result = await getPortal().reset();
    setConfirming(false);
    setMessage(result.ok ? t('controls.resetDone') : t(result.errors['form'] ?? 'error.input.invalid'));
    if (result.ok) window.location.assign('#');
  };
  const exportData = async () => {
    const text = withProgress(await getPortal().exportDocument(), browserProgressStore().read());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'business-center-simulator.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importData = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const practice = progressInExport(text);
    // A file whose practice part is broken is refused whole: nothing half-imported.
    if (practice.kind === 'invalid') {
      setImportError('error.import.invalid');
      return;
    }
    const result = await getPortal().importDocument(text);
    setImportError(result.ok ? undefined : (result.errors['form'] ?? 'error.import.invalid'));
    if (!result.ok) return;
    if (practice.kind === 'progress') browserProgressStore().change(() => practice.progress);
    setMessage(t(practice.kind === 'progress' ? 'controls.importDoneWithPractice' : 'controls.importDone'));
  };

  return (
    <section className="sim-controls" aria-labelledby="sim-controls-heading">
      <h2 id="sim-controls-heading">{t('controls.heading')}</h2>
      <RecoveryNotice t={t} />
      <p className="sim-clock">{clock ? t('controls.today', { date: formatDate(clock.now, locale), day: formatNumber(clock.day, locale) }) : t('sim.loading')}</p>
      <form className="sim-inline-form" id="sim-clock-form" onSubmit={(event) => void advance(event)} noValidate>
        <TextField id="sim-days" label={t('controls.days')} type="number" value={days} error={daysError && t(daysError)}
          onChange={(value) => { setDays(value); setDaysError(undefined); }} />
        <button type="submit" className="sim-button">{t('controls.advance')}</button>
      </form>
      <div className="sim-control-row">
        {confirming ? (
          <div className="sim-confirm" role="group" aria-labelledby="sim-reset-question">
            <p id="sim-reset-question">{t('controls.resetConfirm')}</p>
            <button type="button" className="sim-button sim-danger" onClick={() => void reset()}>{t('controls.reset')}</button>
            <button type="button" className="sim-button sim-secondary" onClick={() => setConfirming(false)} autoFocus>{t('sim.dismiss')}</button>
          </div>
        ) : (
          <button type="button" className="sim-button sim-secondary" onClick={() => setConfirming(true)}>{t('controls.reset')}</button>
        )}
        <button type="button" className="sim-button sim-secondary" onClick={() => void exportData()}>{t('controls.export')}</button>
        <div className="sim-field">
          <label htmlFor="sim-import">{t('controls.import')}</label>
          <input id="sim-import" type="file" accept="application/json,.json" aria-invalid={importError ? true : undefined}
            aria-describedby={importError ? 'sim-import-error' : undefined} onChange={(event) => void importData(event.target.files?.[0])} />
          {importError && <p className="sim-field-error" id="sim-import-error" role="alert"><span aria-hidden="true">⚠ </span>{t(importError)}</p>}
        </div>
      </div>
      <div aria-live="polite" className="sim-live">{message && <Notice kind="success">{message}</Notice>}</div>
    </section>
  );
}
