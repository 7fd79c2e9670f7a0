import type { Locale } from '../../i18n/locales';
import { panelTranslations } from '../../i18n/panels';
import { simTranslations } from '../../i18n/sim/client';
import type { SimTranslate } from '../../i18n/sim';
import { useNavigation } from '../../islands/parts/navigation';
import { ResendRequest } from './ResendRequest';
import { SignIn } from '../sign-in/SignIn';
import { PanelFrame, WhenSignedOut } from '../../islands/panels/PanelFrame';
import { useNewMail } from '../../islands/panels/useNewMail';

/** `request-resend`: the sign-in page, its "Didn't receive an invitation email?" link and the form. */
export default function ResendPanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const useOutcome = () => useNewMail(tp, locale);
  return (
    <PanelFrame section="request-resend" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <WhenSignedOut t={t} tp={tp}><Screens t={t} /></WhenSignedOut>
    </PanelFrame>
  );
}

function Screens({ t }: { t: SimTranslate }) {
  const { route } = useNavigation();
  return route === 'resend' ? <ResendRequest t={t} /> : <SignIn t={t} formId="try-resend-signin" />;
}
