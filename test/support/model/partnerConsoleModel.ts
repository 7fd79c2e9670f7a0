import type { EventFrom, SnapshotFrom } from 'xstate';
import { partnerConsoleMachine } from '../../../src/flows/partner-console/partnerConsoleMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import type { PartnerAgreementView } from '../../../src/store/viewTypes';
import { AGREEMENT, HARRY, PURCHASING_ACCOUNT, must, register } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';

type Machine = typeof partnerConsoleMachine;
type Event = EventFrom<Machine>;
const MINA = 'mina@contoso.com';
const CORRECTED = 'harry.roldan@contoso.com';
const change = (field: string, value: string): Event => ({ type: 'field.change', field, value });

const seedAgreement: PartnerAgreementView = {
  organization: 'Contoso',
  agreementNumber: AGREEMENT,
  purchasingAccountNumber: PURCHASING_ACCOUNT,
  purchasingAccountAdministrator: { name: 'Harry Roldan', email: HARRY, preferredLanguage: 'en' },
  partner: { name: 'Fabrikam' },
  administratorStatus: 'invited',
  invitation: null,
};

const findOutcomes = ({ context }: SnapshotFrom<Machine>): Outcome[] =>
  context.values.agreementNumber === AGREEMENT
    ? [done('find', 'found', { ok: true, agreement: seedAgreement }), rejected('find', 'partnerFindAgreement')]
    : [refused('find', 'notFound', { form: 'error.partner.agreementNotFound' }), rejected('find', 'partnerFindAgreement')];

function taskOutcomes(snapshot: SnapshotFrom<Machine>): Outcome[] {
  const agreement = snapshot.context.agreement ?? seedAgreement;
  const admin = agreement.purchasingAccountAdministrator;
  const { name, email, preferredLanguage } = snapshot.context.values;
  const answer = (notice: string, change: Partial<PartnerAgreementView>) => ({ ok: true, notice, agreement: { ...agreement, ...change } });
  if (snapshot.matches({ agreement: 'resending' })) {
    const registered = async (world: World) => (await register(world, admin.email), void must(await world.store.signOut()));
    const active = agreement.administratorStatus === 'active';
    const sent = [done('resend', 'sent', answer('notice.invitation.sent', {})), { ...writeFailed('resend') }];
    return [...(active ? [] : sent), done('resend', 'notNeeded', answer('notice.invitation.notNeeded', { administratorStatus: 'active' }), active ? undefined : registered), rejected('resend', 'partnerResendInvitation')];
  }
  const replacing = snapshot.matches({ agreement: 'savingAdministrator' });
  const [id, method] = replacing ? ['replace', 'partnerChangeAdministrator'] : ['correct', 'partnerChangeAdministratorEmail'];
  if (email === admin.email) return [refused(id, 'sameAsCurrent', { email: 'error.email.sameAsCurrent' }), rejected(id, method)];
  const changed = replacing
    ? answer('notice.invitation.sent', { purchasingAccountAdministrator: { name, email, preferredLanguage: preferredLanguage as 'ja' }, administratorStatus: 'invited' })
    : answer(agreement.administratorStatus === 'active' ? 'notice.invitation.notNeeded' : 'notice.invitation.sent', { purchasingAccountAdministrator: { ...admin, email } });
  return [done(id, replacing ? 'replaced' : 'corrected', changed), writeFailed(id), rejected(id, method)];
}

function userEvents(snapshot: SnapshotFrom<Machine>): Event[] {
  const current = snapshot.context.agreement?.purchasingAccountAdministrator.email ?? HARRY;
  const form: Event[] = [{ type: 'field.blur', field: 'email' }, { type: 'form.check' }, { type: 'form.submit' }, { type: 'form.cancel' }];
  if (snapshot.matches('lookup')) {
    return [change('agreementNumber', AGREEMENT), change('agreementNumber', '9999999999'), change('agreementNumber', '12'), { type: 'field.blur', field: 'agreementNumber' }, { type: 'form.check' }, { type: 'form.submit' }];
  }
  if (snapshot.matches({ agreement: 'idle' })) return [{ type: 'invitation.resend' }, { type: 'administrator.replace' }, { type: 'address.correct' }, { type: 'agreement.close' }];
  if (snapshot.matches({ agreement: 'replacing' })) return [change('name', 'Mina Sato'), change('email', MINA), change('email', current), change('email', 'mina@outlook.com'), change('preferredLanguage', 'ja'), ...form];
  return [change('email', CORRECTED), change('email', current), change('email', 'harry@'), ...form];
}

/** The partner center as a model: shared by the Vitest model test and the e2e replay. */
export const partnerConsoleModel: ModelDefinition<Machine> = {
  name: 'partnerConsole',
  machine: partnerConsoleMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: userEvents,
  outcomes: (snapshot) => (snapshot.matches('finding') ? findOutcomes(snapshot) : taskOutcomes(snapshot)),
  project: ({ context }) => ({
    values: context.values,
    errors: context.errors,
    notice: context.notice,
    administrator: context.agreement?.purchasingAccountAdministrator,
    status: context.agreement?.administratorStatus,
  }),
  key: ({ context }) => ({ values: context.values, notice: context.notice, administrator: context.agreement?.purchasingAccountAdministrator, status: context.agreement?.administratorStatus }),
  journeys: [
    {
      name: 'the partner names Mina administrator, then corrects her address',
      steps: [change('agreementNumber', AGREEMENT), { type: 'form.submit' }, 'found', { type: 'administrator.replace' }, change('name', 'Mina Sato'), change('email', MINA), change('preferredLanguage', 'ja'),
        { type: 'form.submit' }, 'replaced', { type: 'address.correct' }, change('email', 'mina.sato@contoso.com'), { type: 'form.submit' }, 'corrected'],
    },
  ],
};
