import { expect, type Locator } from '@playwright/test';
import type { AnyEventObject } from 'xstate';
import type { SimKey } from '../../../src/i18n/sim';
import type { EventAction, StateCheck, Ui } from './modelPaths';
import { escapeRegExp } from './uiScenes';

/**
 * The parts every machine form of the simulator shares: text fields found by their label, an
 * error summary, and a submit button that sends `form.check` then the submit event.
 */
export interface TextForm {
  /** The form's `id` (its error summary is the alert inside it). */
  readonly id: string;
  /** field → the dictionary key of its label. */
  readonly labels: Readonly<Record<string, SimKey>>;
}

export function fieldOf({ labels }: TextForm, { page, t }: Ui, field: string): Locator {
  const key = labels[field];
  if (!key) throw new Error(`the form has no field "${field}"`);
  return page.getByLabel(t(key), { exact: true });
}

/**
 * What the view sends when the learner goes from one field to another (clicks or types into it):
 * the `field.blur` of the field that had focus, among `candidates` (its blur event, its control),
 * or nothing. A changed field shows its error once left, so a replay must count that blur too.
 */
export async function blurOfFocused(candidates: readonly (readonly [AnyEventObject, Locator])[]): Promise<AnyEventObject[]> {
  for (const [event, control] of candidates) {
    if (await control.evaluateAll((elements) => elements.some((element) => element === document.activeElement))) return [event];
  }
  return [];
}

export const summaryOf = ({ id }: TextForm, { page }: Ui) => page.locator(`form#${id}`).getByRole('alert');

/** The fields as the machine has them: values, each error tied to its field, the summary. */
export function showsTextForm(form: TextForm): StateCheck {
  return async (ui, { context }) => {
    for (const field of Object.keys(form.labels)) {
      const control = fieldOf(form, ui, field);
      await expect(control).toHaveValue(String(context.values[field]));
      const key = context.errors[field];
      if (key) {
        await expect(control).toHaveAttribute('aria-invalid', 'true');
        await expect(control).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.t(key))));
      } else await expect(control).not.toHaveAttribute('aria-invalid', 'true');
    }
    if (Object.keys(context.errors).length === 0) await expect(summaryOf(form, ui)).toHaveCount(0);
    else for (const key of Object.values(context.errors)) await expect(summaryOf(form, ui)).toContainText(ui.t(key as SimKey));
  };
}

/** `field.change` (typed, or chosen in a list) and `field.blur` (focus in, then out) on the form's fields. */
export function textFieldEvents(form: TextForm): Record<'field.change' | 'field.blur', EventAction> {
  return {
    'field.change': async (ui, event) => {
      const { field, value } = event as unknown as { field: string; value: unknown };
      const control = fieldOf(form, ui, field);
      const others = Object.keys(form.labels).filter((other) => other !== field);
      const left = await blurOfFocused(others.map((other) => [{ type: 'field.blur', field: other }, fieldOf(form, ui, other)] as const));
      if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(String(value));
      else await control.fill(String(value));
      return [...left, event];
    },
    'field.blur': async (ui, event) => {
      const control = fieldOf(form, ui, (event as unknown as { field: string }).field);
      await control.focus();
      await control.blur();
      return [event];
    },
  };
}

/** A click on the submit button: the view sends `form.check`, then `submit` (the machine's guard decides). */
export function clickSubmit(label: SimKey, submit = 'form.submit'): EventAction {
  return async (ui) => {
    await ui.page.getByRole('button', { name: ui.t(label), exact: true }).click();
    return [{ type: 'form.check' }, { type: submit }];
  };
}
