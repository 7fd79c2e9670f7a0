import type { ReactNode, Ref } from 'react';
import type { SimTranslate } from '../../i18n/sim';

/** Who the trainee plays on the simulator page: the guide's example data. */
export interface IntroPerson {
  readonly name: string;
  readonly email: string;
  readonly organization: string;
  readonly agreementNumber: string;
  readonly purchasingAccountNumber: string;
}

export interface IntroCardScreenProps {
  readonly t: SimTranslate;
  readonly person: IntroPerson;
  readonly onHide: () => void;
  /** The card's heading, to give it focus when the card is shown again. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /**
   * Slot for the links to the practice scenarios (issue 10, part 2), shown under "what to try
   * first" once the scenarios exist. Empty until then: no link to a page not built yet.
   */
  readonly scenarioLinks?: ReactNode;
}

/**
 * The simulator page's introduction: who the trainee is (Harry, the purchasing account
 * administrator of Contoso), his address and the agreement's numbers (the resend form asks for
 * them), and what to try first. The field names are the portal's own labels.
 */
export function IntroCardScreen({ t, person, onHide, headingRef, scenarioLinks }: IntroCardScreenProps) {
  return (
    <section className="sim-intro" aria-labelledby="sim-intro-heading">
      <h2 id="sim-intro-heading" tabIndex={-1} ref={headingRef}>{t('sim.intro.heading')}</h2>
      <p>{t('sim.intro.who', { name: person.name, organization: person.organization })}</p>
      <dl className="sim-intro-facts">
        <dt>{t('signIn.email')}</dt><dd>{person.email}</dd>
        <dt>{t('resend.agreementNumber')}</dt><dd>{person.agreementNumber}</dd>
        <dt>{t('resend.purchasingAccountNumber')}</dt><dd>{person.purchasingAccountNumber}</dd>
      </dl>
      <p>{t('sim.intro.first', { getStarted: t('mail.button') })}</p>
      {scenarioLinks}
      <button type="button" className="sim-button sim-secondary" onClick={onHide}>{t('sim.intro.hide')}</button>
    </section>
  );
}
