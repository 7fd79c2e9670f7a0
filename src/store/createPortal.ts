import * as rules from '../domain/commands';
import { formError, type NoticeKey } from '../domain/errors';
import type { PortalState } from '../domain/state';
import type { Backend } from './backend';
import { resolveOptions, type PortalOptions } from './options';
import { parseDocument, serializeDocument } from './parseDocument';
import type { PortalApi } from './portalApi';
import { createRunner } from './runner';
import * as views from './views';

/** A form's fields, whatever a caller passed: an object's own fields, or none at all. */
function fields(input: unknown): Record<string, unknown> {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

function partnerAnswer(state: PortalState, payload: { readonly notice: NoticeKey }) {
  return { notice: payload.notice, agreement: views.partnerAgreementView(state) };
}

/**
 * The PortalApi over any backend: the memory and browser portals differ only in where the
 * state lives. Domain rules decide; this file reads, saves and shapes the answers.
 */
export function createPortal(backend: Backend, options: PortalOptions = {}): PortalApi {
  const { newId, hasher, seed, reportError } = resolveOptions(options);
  const context = { newId };
  const run = createRunner(backend, reportError);
  /** A read without a permission and without a Result around it. */
  const look = <T>(answer: (state: PortalState) => T, fallback: () => T) => run.serial(() => answer(run.read()), fallback);
  const domainList = (state: PortalState) => ({ domains: state.domains.map(views.domainView) });

  return {
    getSession: () => look(views.sessionView, () => null),
    signIn: (input) =>
      run.exclusive(async () => {
        const form = fields(input);
        const checked = rules.checkSignIn(run.read(), form);
        if (!checked.ok) return checked;
        const matches = await hasher.verify(String(form['password']), checked.user.passwordHash);
        if (!matches) return formError('error.signIn.badCredentials');
        return run.apply(
          (state) => rules.startSession(state, checked.user),
          (state, { user }) => ({ session: views.sessionViewOf(state, user) }),
        );
      }),
    signOut: () => run.command((state) => ({ ok: true, state: rules.endSession(state) }), () => ({})),

    requestResend: (input) => run.command((state) => rules.requestResend(state, fields(input), context), (_, { notice }) => ({ notice })),
    openInvitation: (token) =>
      run.exclusive(() => {
        const state = run.read();
        const opened = rules.openInvitation(state, token);
        return opened.ok ? { ok: true, invitation: views.invitationView(state, opened.invitation, opened.user) } : opened;
      }),
    acceptInvitation: (input) =>
      run.exclusive(async () => {
        const accept: rules.AcceptInput = fields(input);
        // Cheap checks first: no hashing for a dead link or an incomplete form.
        const opened = rules.openInvitation(run.read(), accept.token);
        if (!opened.ok) return opened;
        const errors = rules.validateAcceptForm(accept);
        if (errors) return { ok: false, errors };
        const hash = await hasher.hash(String(accept.password));
        return run.apply(
          (state) => rules.acceptInvitation(state, accept, hash),
          (state, { user }) => ({ session: views.sessionViewOf(state, user) }),
        );
      }),

    getAgreement: () => run.query('agreements.view', (state) => ({ agreement: views.agreementView(state) })),
    listUsers: () => run.query('users.view', (state) => ({ users: views.userViews(state) })),
    inviteUsers: (input) =>
      run.command(
        (state) => rules.inviteUsers(state, fields(input), context),
        (state, { invited }) => ({ invited: invited.map((user) => views.userView(state, user)) }),
      ),
    resendUserInvitation: (input) =>
      run.command((state) => rules.resendUserInvitation(state, fields(input), context), (state, { user }) => ({ user: views.userView(state, user) })),
    changeRoles: (input) => run.command((state) => rules.changeRoles(state, fields(input)), (state, { user }) => ({ user: views.userView(state, user) })),
    removeUser: (input) => run.command((state) => rules.removeUser(state, fields(input)), () => ({})),
    listDomains: () => run.query('domains.view', domainList),
    associateDomain: (input) => run.command((state) => rules.associateDomain(state, fields(input)), domainList),
    removeDomain: (input) => run.command((state) => rules.removeDomain(state, fields(input)), domainList),

    partnerFindAgreement: (input) =>
      run.exclusive(() => {
        const state = run.read();
        const found = rules.findAgreement(state, fields(input)['agreementNumber']);
        return found.ok ? { ok: true, agreement: views.partnerAgreementView(state) } : found;
      }),
    partnerResendInvitation: (input) => run.command((state) => rules.partnerResend(state, fields(input), context), partnerAnswer),
    partnerChangeAdministrator: (input) => {
      const { agreementNumber, name, email, preferredLanguage } = fields(input);
      const change = { agreementNumber, name, email, preferredLanguage };
      return run.command((state) => rules.partnerChangeAdministrator(state, change, context), partnerAnswer);
    },
    partnerChangeAdministratorEmail: (input) => run.command((state) => rules.partnerChangeAdministratorEmail(state, fields(input), context), partnerAnswer),

    listMailboxes: () => look(views.mailboxSummaries, () => []),
    getMailbox: (address) => look((state) => views.mailboxOf(state, address), () => []),

    getClock: () => look(views.clockView, () => views.clockView(seed())),
    advanceClock: (input) => run.command((state) => rules.advanceClock(state, fields(input)), (state) => ({ clock: views.clockView(state) })),
    getStatus: () => look(() => backend.status(), () => ({ persistence: 'memory', recovery: 'none', revision: 0 })),
    acknowledgeRecovery: () => look(() => backend.acknowledgeRecovery(), () => undefined),
    reset: () =>
      run.exclusive(() => {
        const result = run.replace(seed());
        if (result.ok) backend.acknowledgeRecovery();
        return result;
      }),
    exportDocument: () =>
      look(() => {
        const { state, revision } = backend.read();
        return serializeDocument(state, revision, 2);
      }, () => ''),
    getSnapshot: () => look(() => backend.read(), () => backend.read()),
    importDocument: (text) =>
      run.exclusive(() => {
        const parsed = typeof text === 'string' ? parseDocument(text) : ({ ok: false, reason: 'invalid' } as const);
        if (!parsed.ok) return formError(parsed.reason === 'tooLarge' ? 'error.import.tooLarge' : 'error.import.invalid');
        return run.replace(parsed.document.state);
      }),
    subscribe: (listener) => run.subscribe(listener),
  };
}
