import type { ReactNode, Ref } from 'react';
import type { SimTranslate } from '../../i18n/sim';
import type { ScenarioLinks } from '../parts/scenarioLinks';

/** Who the trainee plays on the simulator page: the guide's example data. */
export interface IntroPerson {
  readonly name: string;
  readonly email: string;
  readonly organization: string;
  readonly agreementNumber: string;
  readonly purchasingAccountNumber: string;
}

/** On a practice page: who the trainee plays in the scenario, in the page's words, and that person's address. */
export interface IntroPersona {
  readonly about: string;
  readonly email: string;
}

export interface IntroCardScreenProps {
  readonly t: SimTranslate;
  readonly person: IntroPerson;
  readonly onHide: () => void;
  /** The card's heading, to give it focus when the card is shown again. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The links to the practice scenarios (`IntroScenarioLinks`), under "what to try first". */
  readonly scenarioLinks?: ReactNode;
  /**
   * On a practice scenario's page the trainee may be someone else (Mina, the partner) and the
   * scenario says what to do: the card gives Contoso's details only, not a role or a first step.
   */
  readonly detailsOnly?: boolean;
  /** A practice scenario's persona: the card describes the person the trainee plays. */
  readonly persona?: IntroPersona | undefined;
}

/**
 * The simulator page's introduction: who the trainee is (Harry, the purchasing account
 * administrator of Contoso), his address and the agreement's numbers (the resend form asks for
 * them), and what to try first. The field names are the portal's own labels.
 */
export function IntroCardScreen({ t, person, onHide, headingRef, scenarioLinks, detailsOnly = false, persona }: IntroCardScreenProps) {
  return (
    <section className="sim-intro" aria-labelledby="sim-intro-heading">
      <h2 id="sim-intro-heading" tabIndex={-1} ref={headingRef}>{t(detailsOnly ? 'sim.intro.facts' : 'sim.intro.heading')}</h2>
      <p>{persona?.about ?? t(detailsOnly ? 'sim.intro.factsAbout' : 'sim.intro.who', { name: person.name, organization: person.organization })}</p>
      <dl className="sim-intro-facts">
        <dt>{t('signIn.email')}</dt><dd>{persona?.email ?? person.email}</dd>
        <dt>{t('resend.agreementNumber')}</dt><dd>{person.agreementNumber}</dd>
        <dt>{t('resend.purchasingAccountNumber')}</dt><dd>{person.purchasingAccountNumber}</dd>
      </dl>
      {!detailsOnly && <p>{t('sim.intro.first', { getStarted: t('mail.button') })}</p>}
      {scenarioLinks}
      <button type="button" className="sim-button sim-secondary" onClick={onHide}>{t(detailsOnly ? 'sim.intro.factsHide' : 'sim.intro.hide')}</button>
    </section>
  );
}

/**
 * The card's way into the practice scenarios: what they are in one sentence, the first few, and
 * the list of all of them, in the page's language (the page wrote the words).
 */
export function IntroScenarioLinks({ links }: { links: ScenarioLinks }) {
  return (
    <div className="sim-intro-practice">
      <p id="sim-intro-practice">{links.lead}</p>
      <ul aria-labelledby="sim-intro-practice">
        {links.scenarios.map((scenario) => <li key={scenario.href}><a href={scenario.href}>{scenario.title}</a></li>)}
      </ul>
      <p><a href={links.all.href}>{links.all.text}</a></p>
    </div>
  );
}
