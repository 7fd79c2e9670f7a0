import { flow, machine } from '../descriptor';
import type { associateDomainMachine } from './associateDomainMachine';

/** Account › Domains: associating a domain (domains). */
export default flow({
  name: 'associate-domain',
  machines: { associateDomain: machine<typeof associateDomainMachine>('associateDomainMachine', () => 'domains') },
  view: 'Domains',
  screens: ['DomainsScreen'],
  route: {
    path: 'domains',
    session: 'signedIn',
    permission: 'domains.view',
    menu: ['portal.account', 'portal.domains'],
    view: () => import('./Domains').then((module) => ({ default: module.Domains })),
  },
  panel: {
    section: 'domains',
    load: () => import('./DomainsPanel'),
    need: { kind: 'administrator', permission: 'domains.manage' },
    firstScreen: { signInForm: 'try-domains-signin' },
  },
  figures: ['domains'],
});
