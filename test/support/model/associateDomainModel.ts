import type { EventFrom, SnapshotFrom } from 'xstate';
import { normalizeDomain } from '../../../src/domain/orgDomainName';
import { associateDomainMachine } from '../../../src/flows/associate-domain/associateDomainMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { harrySignedIn, must, signedInAs } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';
import { sessionOf } from '../sessionOf';

type Machine = typeof associateDomainMachine;
const DAY0 = '2016-11-01T09:00:00.000Z';
const domain = (name: string) => ({ name, associatedAt: DAY0 });
const session = (roles: readonly string[]) => sessionOf(roles);

/** Harry signed in, contoso.com associated. */
export async function harryWithContoso(world: World) {
  await harrySignedIn(world);
  must(await world.store.associateDomain({ domain: 'contoso.com' }));
}

const loadOutcomes: readonly Outcome[] = [
  done('loadDomains', 'signedOut', { session: null, domains: [] }),
  done('loadDomains', 'reportViewer', { session: session(['report-viewer']), domains: [] }, (world) => signedInAs(world, ['report-viewer'])),
  done('loadDomains', 'accountManager', { session: session(['account-manager']), domains: [] }, (world) => signedInAs(world, ['account-manager'])),
  done('loadDomains', 'harry', { session: session(['account-administrator']), domains: [] }, harrySignedIn),
  done('loadDomains', 'harryWithContoso', { session: session(['account-administrator']), domains: [domain('contoso.com')] }, harryWithContoso),
  rejected('loadDomains', 'getSession'),
];

function callOutcomes({ context }: SnapshotFrom<Machine>, associating: boolean): Outcome[] {
  const names = context.domains.map((known) => known.name);
  if (associating) {
    const name = normalizeDomain(context.values.domain);
    const otherTab = async (world: World) => void must(await world.store.associateDomain({ domain: name }));
    return [
      done('associateDomain', 'associated', { ok: true, domains: [...context.domains, domain(name)] }),
      refused('associateDomain', 'associatedMeanwhile', { domain: 'error.domain.duplicate' }, otherTab),
      writeFailed('associateDomain'),
      rejected('associateDomain'),
    ];
  }
  const otherTab = async (world: World) => void must(await world.store.removeDomain({ domain: context.pending }));
  return [
    done('removeDomain', 'removed', { ok: true, domains: context.domains.filter((known) => known.name !== context.pending) }),
    refused('removeDomain', 'removedMeanwhile', { form: 'error.domain.unknown' }, otherTab),
    writeFailed('removeDomain'),
    rejected('removeDomain'),
  ].filter((outcome) => names.includes(context.pending) || outcome.name !== 'removed');
}

/** The list as the store holds it after a refusal: another tab may have changed it. */
function refreshOutcomes({ context }: SnapshotFrom<Machine>): Outcome[] {
  const { refused, domains, values, pending } = context;
  const names = domains.filter((known) => !(refused['form'] === 'error.domain.unknown' && known.name === pending));
  const now = refused['domain'] === 'error.domain.duplicate' ? [...names, domain(normalizeDomain(values.domain))] : names;
  return [done('reloadDomains', 'listed', { session: session(['account-administrator']), domains: now }), rejected('reloadDomains', 'getSession')];
}

const formEvents: readonly EventFrom<Machine>[] = [
  { type: 'field.change', field: 'domain', value: 'contoso.com' },
  { type: 'field.change', field: 'domain', value: 'gmail.com' },
  { type: 'field.change', field: 'domain', value: 'contoso' },
  { type: 'field.blur', field: 'domain' },
  { type: 'form.check' },
  { type: 'form.submit' },
  { type: 'domain.remove', domain: 'Contoso.com' },
];

/** Account › Domains as a model: shared by the Vitest model test and the e2e replay. */
export const associateDomainModel: ModelDefinition<Machine> = {
  name: 'associateDomain',
  machine: associateDomainMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: (snapshot) => (snapshot.matches('unavailable') ? [{ type: 'load.retry' }] : formEvents),
  outcomes(snapshot) {
    if (snapshot.matches('loading')) return loadOutcomes;
    return snapshot.matches('refreshing') ? refreshOutcomes(snapshot) : callOutcomes(snapshot, snapshot.matches('associating'));
  },
  project: ({ context }) => ({ values: context.values, errors: context.errors, domains: context.domains.map((known) => known.name), change: context.change }),
  journeys: [
    {
      name: 'the guide: Harry associates contoso.com, then removes it again',
      steps: ['harry', { type: 'field.change', field: 'domain', value: ' Contoso.COM ' }, { type: 'form.submit' }, 'associated', { type: 'domain.remove', domain: 'contoso.com' }, 'removed'],
    },
  ],
};
