import { flow, machine } from '../descriptor';
import type { partnerConsoleMachine } from './partnerConsoleMachine';

/** The partner's console: finding a customer's agreement and changing its administrator. */
export default flow({
  name: 'partner-console',
  // Its page shows it at once: nothing to open.
  machines: { partnerConsole: machine<typeof partnerConsoleMachine>('partnerConsoleMachine', null) },
  view: 'PartnerConsole',
  screens: ['PartnerLookupScreen', 'PartnerAgreementScreen'],
  // Its own page (/<locale>/simulator/partner/), not a route of the customer's portal.
  route: null,
  panel: { none: 'The guide is for customers; partners practise on the partner console page.' },
  figures: [],
});
