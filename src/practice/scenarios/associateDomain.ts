import { canUseOnlineServices } from '../../domain/orgDomains';
import { example } from '../../config/exampleData';
import { harry, mina } from '../people';
import type { Scenario } from '../scenario';
import { change, drive } from '../solution';
import { invite, register } from '../startSteps';

/**
 * Associate a domain (GUIDE-FACTS, `domains`): contoso.com, and with it everyone whose address
 * ends in it, Mina too, can use the online services. Harry is signed in; Mina is invited.
 */
export const associateDomain: Scenario = {
  id: 'associate-domain',
  section: 'domains',
  start: [register(harry.email), invite([{ person: mina, roles: ['report-viewer'] }])],
  checks: [
    { id: 'domain-associated', passes: ({ state }) => state.domains.some((domain) => domain.name === example.domain) },
    { id: 'mina-online', passes: ({ state }) => canUseOnlineServices(mina.email, state.domains) },
  ],
  hints: [{ section: 'domains' }, { section: 'domains' }, { section: 'domains' }],
  solution: () => [drive('associateDomain', [change('domain', example.domain), { type: 'form.submit' }])],
};
