import type { SimTranslate } from '../../i18n/sim';
import type { AgreementView } from '../../store/viewTypes';
import { FocusHeading } from '../parts/FocusHeading';

/** What the dashboard shows: whom it greets, and the agreement when the user may see it. */
export interface DashboardScreenProps {
  readonly t: SimTranslate;
  readonly name: string;
  /** `null` while unknown, or when the user may not see it. */
  readonly agreement: AgreementView | null;
}

/** The portal's first page after signing in: a welcome, and the agreement it is about. */
export function DashboardScreen({ t, name, agreement }: DashboardScreenProps) {
  return (
    <div className="sim-screen">
      <FocusHeading>{t('dashboard.heading')}</FocusHeading>
      <p>{t('dashboard.welcome', { name })}</p>
      {agreement && (
        <p>{t('dashboard.agreement', {
          agreementNumber: agreement.agreementNumber, organization: agreement.organization,
          purchasingAccountNumber: agreement.purchasingAccountNumber, partner: agreement.partner.name,
        })}</p>
      )}
    </div>
  );
}
