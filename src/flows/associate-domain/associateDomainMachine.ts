import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { validateNewDomain, type AssociatedDomain } from '../../domain/orgDomains';
import { normalizeDomain } from '../../domain/orgDomainName';
import type { PortalApi } from '../../store/portalApi';
import type { DomainView, SessionView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { formNode, formParts, gateBranches, gateStates, unavailableErrors } from '../../machines/formParts';
import { accepted, asFormError, refusalOf } from '../../machines/portalCall';
import { sessionMay } from '../../machines/session';

/** The one field: the domain to associate, as typed. */
export interface DomainValues {
  readonly domain: string;
}

/** What a domains view reads: the list, the field, and the last change. */
export interface DomainContext extends form.FormFields<DomainValues> {
  readonly portal: PortalApi;
  readonly session: SessionView | null;
  /** The domains associated with the purchasing account, as the store last answered. */
  readonly domains: readonly DomainView[];
  /** The domain `removing` is about. */
  readonly pending: string;
  /** The last successful change, for the confirmation `form.done` shows. */
  readonly change: { readonly kind: 'associated' | 'removed'; readonly domain: string } | null;
}

/** What a domains view sends. */
export type DomainEvent =
  | form.FieldEvent
  | { readonly type: 'form.submit' }
  | { readonly type: 'domain.remove'; readonly domain: string }
  | { readonly type: 'load.retry' };

/**
 * The domain's rule for a new domain (`validateNewDomain`: well formed, not a consumer mail
 * service, not associated yet). It only reads names from the list; the views carry no
 * `associatedBy`, which it does not need.
 */
export function validateDomainFor(domains: readonly DomainView[]): form.Validate<DomainValues> {
  const known = domains.map((domain): AssociatedDomain => ({ ...domain, associatedBy: '' }));
  return (values) => {
    const error = validateNewDomain(values.domain, known);
    return error ? { domain: error } : {};
  };
}

const rulesOf = (context: DomainContext) => validateDomainFor(context.domains);
const parts = formParts<DomainValues, DomainContext>(['domain'], rulesOf);
const listed = (domains: readonly DomainView[]) => ({ domains, ...form.freshForm<DomainValues>({ domain: '' }, validateDomainFor(domains)) });

/**
 * Set up a domain for online services (GUIDE-FACTS, `domains`): `loading` the session and the
 * associated domains, then `signedOut`, `forbidden` (no `domains.view`), `readOnly` (may see,
 * not change: Account managers) or the `form`. Associate (`form.submit`) → `associating`;
 * `domain.remove` → `removing`; both end in `form.done` with `change` set, or, refused, in
 * `refreshing` the list and then `form.failed`. See README.md.
 * @example createActor(associateDomainMachine, { input: { portal: getPortal() } }).start();
 */
export const associateDomainMachine = setup({
  types: { context: {} as DomainContext, events: {} as DomainEvent, input: {} as { readonly portal: PortalApi } },
  actors: {
    loadDomains: fromPromise<{ session: SessionView | null; domains: DomainView[] }, { portal: PortalApi }>(async ({ input }) => {
      const session = await input.portal.getSession();
      const answer = session ? await input.portal.listDomains() : null;
      return { session, domains: answer?.ok ? answer.domains : [] };
    }),
    associateDomain: fromPromise<{ domains: DomainView[] }, { portal: PortalApi; domain: string }>(({ input }) =>
      accepted(input.portal.associateDomain({ domain: input.domain })),
    ),
    removeDomain: fromPromise<{ domains: DomainView[] }, { portal: PortalApi; domain: string }>(({ input }) =>
      accepted(input.portal.removeDomain({ domain: input.domain })),
    ),
  },
  guards: {
    ...parts.guards,
    isAssociated: ({ context, event }) => {
      assertEvent(event, 'domain.remove');
      return context.domains.some((domain) => domain.name === normalizeDomain(event.domain));
    },
  },
  actions: {
    change: assign(parts.change),
    blur: assign(parts.blur),
    check: assign(parts.check),
    clearRefusal: assign(parts.clearRefusal),
    markRemoval: assign(({ context, event }) => {
      assertEvent(event, 'domain.remove');
      return { ...form.submitted(context, rulesOf(context)), pending: normalizeDomain(event.domain) };
    }),
  },
}).createMachine({
  id: 'associateDomain',
  context: ({ input }) => ({ portal: input.portal, session: null, pending: '', change: null, ...listed([]) }),
  initial: 'loading',
  states: {
    loading: {
      tags: ['busy'],
      invoke: {
        id: 'loadDomains',
        src: 'loadDomains',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: [
          ...gateBranches('domains.view'),
          { guard: ({ event }) => !sessionMay(event.output.session, 'domains.manage'), target: 'readOnly', actions: assign({ domains: ({ event }) => event.output.domains }) },
          { target: 'form', actions: assign(({ event }) => ({ session: event.output.session, ...listed(event.output.domains) })) },
        ],
        onError: { target: 'unavailable', actions: assign(unavailableErrors) },
      },
    },
    ...gateStates,
    readOnly: {},
    form: formNode('associating', {
      on: { 'domain.remove': { guard: 'isAssociated', target: 'removing', actions: 'markRemoval' } },
      states: {
        // The field was emptied by the success. Leaving it is no attempt at a new domain (a click
        // on Associate ends after the store's answer, so its blur arrives here): no "Enter a
        // domain name" under the confirmation. Typing opens a new attempt (`editing`).
        done: { tags: ['done'], on: { 'field.blur': {} } },
      },
    }),
    associating: {
      tags: ['busy'],
      invoke: {
        id: 'associateDomain',
        src: 'associateDomain',
        input: ({ context }) => ({ portal: context.portal, domain: context.values.domain }),
        onDone: {
          target: 'form.done',
          actions: assign(({ context, event }) => ({ ...listed(event.output.domains), change: { kind: 'associated' as const, domain: normalizeDomain(context.values.domain) } })),
        },
        onError: { target: 'refreshing', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), rulesOf(context))) },
      },
    },
    removing: {
      tags: ['busy'],
      invoke: {
        id: 'removeDomain',
        src: 'removeDomain',
        input: ({ context }) => ({ portal: context.portal, domain: context.pending }),
        onDone: {
          target: 'form.done',
          actions: assign(({ context, event }) => ({ ...listed(event.output.domains), change: { kind: 'removed' as const, domain: context.pending } })),
        },
        // `error.domain.unknown` (removed meanwhile) is about the list, not the input field.
        onError: { target: 'refreshing', actions: assign(({ context, event }) => form.refused(context, asFormError(refusalOf(event.error)), rulesOf(context))) },
      },
    },
    // After a refusal the list may be stale (another tab associated or removed the domain):
    // read it again, then show the refusal over the fresh list.
    refreshing: {
      tags: ['busy'],
      invoke: {
        id: 'reloadDomains',
        src: 'loadDomains',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: { target: 'form.failed', actions: assign(({ context, event }) => ({ ...form.withErrors(context, validateDomainFor(event.output.domains)), domains: event.output.domains })) },
        onError: { target: 'form.failed' },
      },
    },
  },
});
