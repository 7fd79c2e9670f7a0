import { expect, type Locator } from '@playwright/test';
import type { AnyMachineSnapshot } from 'xstate';
import type { SimKey } from '../../../src/i18n/sim';
import { associateDomainMachine } from '../../../src/flows/associate-domain/associateDomainMachine';
import { harryWithContoso } from '../../support/model/associateDomainModel';
import { harrySignedIn, signedInAs } from '../../support/model/scenes';
import type { World } from '../../support/model/world';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { preparedDocument, startFrom } from './preparedStore';
import { escapeRegExp, openSimulator, otherTab } from './uiScenes';

/** Account › Domains (Domains.tsx) as the associate-domain machine's states and events. */

const field = ({ page, t }: Ui): Locator => page.getByLabel(t('domains.field'), { exact: true });
const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('domains.heading'), exact: true });
const summary = ({ page }: Ui) => page.locator('form#domains').getByRole('alert');
const list = ({ page, t }: Ui) => page.getByRole('heading', { name: t('domains.caption') });
/** The simulated portal (the mailbox beside it lists addresses at contoso.com too). */
const portal = ({ page, t }: Ui) => page.getByRole('region', { name: t('portal.name') });

/** The list the machine holds: each domain, or "No domain is associated yet". */
async function showsDomains(ui: Ui, { context }: AnyMachineSnapshot): Promise<void> {
  await expect(heading(ui)).toBeVisible();
  await expect(list(ui)).toBeVisible();
  const names: string[] = context.domains.map((known: { name: string }) => known.name);
  if (names.length === 0) await expect(ui.page.getByText(ui.t('domains.none'))).toBeVisible();
  for (const name of names) await expect(portal(ui).getByRole('listitem').filter({ hasText: name })).toBeVisible();
}

/** The form as the machine has it: the list, the value, its error and the summary. */
const showsForm: StateCheck = async (ui, expected) => {
  const { context } = expected;
  await showsDomains(ui, expected);
  await expect(field(ui)).toHaveValue(context.values.domain);
  const key = context.errors.domain;
  if (key) await expect(field(ui)).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.t(key))));
  else await expect(field(ui)).not.toHaveAttribute('aria-invalid', 'true');
  if (Object.keys(context.errors).length === 0) await expect(summary(ui)).toHaveCount(0);
  else for (const error of Object.values(context.errors)) await expect(summary(ui)).toContainText(ui.t(error as SimKey));
};

/** A call in flight lasts milliseconds: busy, or already showing the answer. */
const showsCall: StateCheck = async (ui) => {
  await expect(ui.page.locator('form#domains[aria-busy="true"]').or(heading(ui))).toBeVisible();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  loading: async (ui) => {
    await expect(ui.page.getByRole('status').filter({ hasText: ui.t('sim.busy') }).or(heading(ui))).toBeVisible();
  },
  readOnly: async (ui, expected) => {
    await showsDomains(ui, expected);
    await expect(ui.page.getByText(ui.t('domains.readOnly'))).toBeVisible();
    await expect(field(ui)).toHaveCount(0);
    await expect(ui.page.getByRole('button', { name: ui.t('domains.submit') })).toHaveCount(0);
  },
  'form.editing': showsForm,
  'form.failed': showsForm,
  'form.done': async (ui, expected) => {
    await showsForm(ui, expected);
    const { change } = expected.context;
    await expect(ui.page.getByText(ui.t(change.kind === 'associated' ? 'domains.associated' : 'domains.removed', { domain: change.domain }))).toBeVisible();
  },
  associating: showsCall,
  removing: showsCall,
  refreshing: showsCall,
};

/** Associate domain: the view sends `form.check`, then `form.submit` (the machine's guard decides). */
const clickAssociate: EventAction = async (ui) => {
  await ui.page.getByRole('button', { name: ui.t('domains.submit') }).click();
  return [{ type: 'form.check' }, { type: 'form.submit' }];
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  'field.change': async (ui, event) => {
    await field(ui).fill(String((event as unknown as { value: unknown }).value));
    return [event];
  },
  'field.blur': async (ui, event) => {
    await field(ui).focus();
    await field(ui).blur();
    return [event];
  },
  'form.check': clickAssociate,
  'form.submit': clickAssociate,
  // The Remove button is shown only where the machine can remove: the model's other cases
  // (a domain not on the list) have no button, and the replay fails if a path needs one.
  'domain.remove': async (ui, event) => {
    const { domain } = event as unknown as { domain: string };
    const known = (await portal(ui).getByRole('listitem').allTextContents()).find((text) => text.toLowerCase().includes(domain.toLowerCase()));
    const name = known ? domain.toLowerCase() : domain;
    await ui.page.getByRole('button', { name: ui.t('domains.remove', { domain: name }) }).click();
    return [event];
  },
};

/** Opens Domains in a browser whose store the scene prepared. */
const opensWith = (scene: (world: World) => Promise<void>): AnswerSetup => ({
  arrange: async (ui) => startFrom(ui, await preparedDocument(scene), '#/domains'),
  opensPage: true,
});

/** Another tab of the same browser does `what` on Domains while this page still shows the old list. */
const otherTabDoes = (what: (other: Ui, before: AnyMachineSnapshot) => Promise<void>): AnswerSetup => ({
  arrange: async (ui, before) => {
    const other = await otherTab(ui, '#/domains');
    await expect(heading(other)).toBeVisible();
    await what(other, before);
    await other.page.close();
  },
});

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  signedOut: { vitestOnly: 'nobody signed in sees the sign-in page, not Domains: no page opens this machine signed out' },
  reportViewer: { vitestOnly: 'the portal offers Domains only to who may see them (no link; the address shows the dashboard)' },
  accountManager: opensWith((world) => signedInAs(world, ['account-manager'])),
  harry: opensWith(harrySignedIn),
  harryWithContoso: opensWith(harryWithContoso),
  associated: { arrange: async () => undefined },
  associatedMeanwhile: otherTabDoes(async (other, before) => {
    await field(other).fill(before.context.values.domain);
    await other.page.getByRole('button', { name: other.t('domains.submit') }).click();
    await expect(other.page.getByRole('status').or(other.page.getByText(/./)).first()).toBeVisible();
    await expect(other.page.getByRole('button', { name: new RegExp(escapeRegExp(other.t('domains.remove', { domain: '' }))) })).toBeVisible();
  }),
  removed: { arrange: async () => undefined },
  removedMeanwhile: otherTabDoes(async (other, before) => {
    await other.page.getByRole('button', { name: other.t('domains.remove', { domain: before.context.pending || 'contoso.com' }) }).click();
    await expect(other.page.getByText(other.t('domains.none'))).toBeVisible();
  }),
  listed: { arrange: async () => undefined },
  rejected: noPage.rejected,
  writeFailed: noPage.writeFailed,
};

export function associateDomainUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: associateDomainMachine, outcomes, start: openSimulator, states, events, answers };
}
