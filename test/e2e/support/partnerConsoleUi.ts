import { expect, type Locator } from '@playwright/test';
import type { AnyMachineSnapshot } from 'xstate';
import type { SimKey } from '../../../src/i18n/sim';
import { partnerConsoleMachine } from '../../../src/flows/partner-console/partnerConsoleMachine';
import { must, register } from '../../support/model/scenes';
import type { AnswerSetup, EventAction, EventMapping, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { changedMeanwhile } from './preparedStore';
import { clickSubmit, fieldOf, showsTextForm, textFieldEvents, type TextForm } from './formUi';

/**
 * The partner center (PartnerConsole.tsx, screens/PartnerLookupScreen.tsx and
 * PartnerAgreementScreen.tsx) as the partner console machine's states and events. The page
 * shows every form at once; the machine has one task open at a time, so the first click or
 * keystroke in a form opens its task, sent with it.
 */

const lookup: TextForm = { id: 'partner', labels: { agreementNumber: 'partner.agreementNumber' } };
const address: TextForm = { id: 'partner-email', labels: { email: 'partner.newEmail' } };
const administrator: TextForm = { id: 'partner-admin', labels: { name: 'partner.adminName', email: 'partner.adminEmail', preferredLanguage: 'partner.adminLanguage' } };

/** The form a task's fields are in (the lookup outside an agreement). */
function formOf(snapshot: AnyMachineSnapshot): TextForm {
  if (snapshot.matches({ agreement: 'correcting' })) return address;
  if (snapshot.matches({ agreement: 'replacing' })) return administrator;
  return lookup;
}

const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('partner.heading') });
const agreementHeading = ({ page, t }: Ui, { agreementNumber, organization }: { agreementNumber: string; organization: string }) =>
  page.getByRole('heading', { name: t('partner.agreement', { agreementNumber, organization }) });
/** The simulated partner center (the page around it has headings of its own). */
const partnerCenter = ({ page, t }: Ui): Locator => page.getByRole('region', { name: t('sim.toPartner') });
const anyAgreement = (ui: Ui): Locator => partnerCenter(ui).getByRole('heading', { level: 3 });

/** A task form that is not open: its fields empty, no errors. */
async function showsClosed(ui: Ui, form: TextForm): Promise<void> {
  for (const field of Object.keys(form.labels)) await expect(fieldOf(form, ui, field)).toHaveValue('');
  await expect(ui.page.locator(`form#${form.id}`).getByRole('alert')).toHaveCount(0);
}

/** The agreement as the machine holds it: its administrator, their status, the last notice or refusal. */
const showsAgreement: StateCheck = async (ui, { context }) => {
  const { agreement, notice, errors } = context;
  const admin = agreement.purchasingAccountAdministrator;
  await expect(agreementHeading(ui, agreement)).toBeVisible();
  await expect(ui.page.getByText(ui.t('partner.admin', { name: admin.name, email: admin.email }))).toBeVisible();
  await expect(ui.page.getByText(ui.t(`partner.status.${agreement.administratorStatus}` as SimKey))).toBeVisible();
  if (notice) await expect(ui.page.getByText(ui.t(notice))).toBeVisible();
  if (errors.form) await expect(ui.page.getByText(ui.t(errors.form))).toBeVisible();
};

/** An open task: the agreement, the task's form as the machine has it, the other form closed. */
const showsTask = (open: TextForm, closed: TextForm): StateCheck => async (ui, expected) => {
  await expect(agreementHeading(ui, expected.context.agreement)).toBeVisible();
  await showsTextForm(open)(ui, expected);
  await showsClosed(ui, closed);
};

const showsLookup: StateCheck = async (ui, expected) => {
  await expect(heading(ui)).toBeVisible();
  await showsTextForm(lookup)(ui, expected);
  await expect(anyAgreement(ui)).toHaveCount(0);
};

/** A call in flight lasts milliseconds: busy, or already showing the answer. */
const showsCall: StateCheck = async (ui) => {
  await expect(ui.page.locator('form[aria-busy="true"]').first().or(anyAgreement(ui)).or(ui.page.getByRole('alert').first())).toBeVisible();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  'lookup.editing': showsLookup,
  'lookup.failed': showsLookup,
  finding: showsCall,
  'agreement.idle': async (ui, expected) => {
    await showsAgreement(ui, expected);
    // Just found: focus is on the agreement's heading, where the partner's next step starts.
    if (justFound.delete(ui.page)) await expect(agreementHeading(ui, expected.context.agreement)).toBeFocused();
    await showsClosed(ui, address);
    await showsClosed(ui, administrator);
  },
  'agreement.resending': showsCall,
  'agreement.replacing.editing': showsTask(administrator, address),
  'agreement.replacing.failed': showsTask(administrator, address),
  'agreement.savingAdministrator': showsCall,
  'agreement.correcting.editing': showsTask(address, administrator),
  'agreement.correcting.failed': showsTask(address, administrator),
  'agreement.savingAddress': showsCall,
};

/** A learner's event in the form of the task open (`before`). */
const inForm = (what: (form: TextForm) => EventAction): EventAction => async (ui, event, before) => what(formOf(before))(ui, event, before);
const submitOf = (form: TextForm): EventAction =>
  clickSubmit(form === lookup ? 'partner.find' : form === address ? 'partner.changeEmail' : 'partner.changeAdminSubmit');

/**
 * No control only opens a task: its form's submit button, clicked on the empty form, opens it
 * and checks it (every error shows, as the machine then says).
 */
const opensWith = (form: TextForm): EventAction => async (ui, event, before) => [event, ...(await submitOf(form)(ui, event, before))];

/** event type → what the learner does. */
const events: Record<string, EventMapping> = {
  'field.change': inForm((form) => textFieldEvents(form)['field.change']),
  'field.blur': inForm((form) => textFieldEvents(form)['field.blur']),
  'form.check': inForm(submitOf),
  'form.submit': inForm(submitOf),
  'invitation.resend': async (ui, event) => {
    await ui.page.getByRole('button', { name: ui.t('partner.resend') }).click();
    return [event];
  },
  'administrator.replace': opensWith(administrator),
  'address.correct': opensWith(address),
  // No Close either: typing a new agreement number closes the agreement shown (the replay types the same one again).
  'agreement.close': async (ui, event, before) => {
    const field = fieldOf(lookup, ui, 'agreementNumber');
    const { agreementNumber } = before.context.values;
    await field.fill('');
    await field.fill(agreementNumber);
    return [event, { type: 'field.change', field: 'agreementNumber', value: '' }, { type: 'field.change', field: 'agreementNumber', value: agreementNumber }];
  },
  'form.cancel': { vitestOnly: 'the page has no Cancel: a task is left by starting another, which sends form.cancel and opens that one at once' },
};

const asIs: AnswerSetup = { arrange: async () => undefined };

/** Pages whose next agreement shown is the one the lookup finds. */
const justFound = new WeakSet<Ui['page']>();

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  found: { arrange: async (ui) => void justFound.add(ui.page) },
  notFound: asIs,
  sent: asIs,
  // The administrator registered meanwhile (in the portal, another tab): nothing to resend.
  notNeeded: {
    arrange: async (ui, before) =>
      changedMeanwhile(ui, async (world) => {
        await register(world, before.context.agreement.purchasingAccountAdministrator.email);
        must(await world.store.signOut());
      }),
  },
  sameAsCurrent: asIs,
  replaced: asIs,
  corrected: asIs,
  writeFailed: noPage.writeFailed,
  rejected: noPage.rejected,
};

/** The partner center of a fresh simulator (its own seed: Harry invited to Contoso's agreement). */
async function start({ page, locale, t }: Ui): Promise<void> {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`/${locale}/simulator/partner/`);
  await expect(page.getByRole('heading', { name: t('partner.heading') })).toBeVisible();
}

export function partnerConsoleUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: partnerConsoleMachine, outcomes, start, states, events, answers };
}
