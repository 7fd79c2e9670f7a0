/**
 * The assessment switch of the practice pages: a checkbox with `role="switch"` in the static
 * HTML (disabled until this runs), kept in this browser's progress so it holds on every practice
 * page and in every tab. Plain DOM: the list page loads no UI framework.
 */
import { assessmentSwitched } from '../progress';
import type { ProgressStore } from '../progressStore';

/**
 * Wires the page's switch to `store`; `changed(on)` runs after every change, this page's or
 * another tab's (a scenario page starts its attempt again for an assessment).
 */
export function wireAssessmentSwitch(store: ProgressStore, changed: (on: boolean) => void = () => {}): void {
  const box = document.querySelector<HTMLInputElement>('[data-assessment-switch]');
  const said = document.querySelector<HTMLElement>('[data-assessment-said]');
  if (!box) return;
  let on = store.read().assessment ?? false;
  box.checked = on;
  box.disabled = false;
  const say = () => {
    if (said) said.textContent = (on ? said.dataset['on'] : said.dataset['off']) ?? '';
  };
  box.addEventListener('change', () => {
    store.change((progress) => assessmentSwitched(progress, box.checked));
  });
  store.subscribe(() => {
    const now = store.read().assessment ?? false;
    if (now === on) return;
    on = now;
    box.checked = on;
    say();
    changed(on);
  });
}
