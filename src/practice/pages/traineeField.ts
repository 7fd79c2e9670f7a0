/**
 * The practice record's "Your name" field and the lines printed under the title: the name, the
 * print date and the site's address. The name is kept with progress in this browser; a name that
 * is too long is refused next to the field (what was typed stays there); storage that refuses it
 * is said too, and the name still prints from this page.
 */
import { langOf, type Locale } from '../../config/locales';
import { traineeNamed } from '../progress';
import { cleanTraineeName, TRAINEE_NAME_MAX } from '../traineeName';
import type { ProgressStore } from '../progressStore';
import { fill } from '../views/texts';

export interface TraineeTexts {
  readonly tooLong: string;
  readonly unsaved: string;
  readonly trainee: string;
  readonly printed: string;
}

export function wireTraineeField(store: ProgressStore, locale: Locale, texts: TraineeTexts): void {
  const box = document.querySelector<HTMLElement>('[data-trainee]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const error = document.querySelector<HTMLElement>('[data-trainee-error]');
  const printed = document.querySelector<HTMLElement>('[data-printed]');
  if (!box || !input || !error || !printed) return;
  box.hidden = false;
  // This page's name: what storage kept, or what was typed here when storage refused it.
  let name = store.read().trainee ?? '';
  input.value = name;
  const date = new Intl.DateTimeFormat(langOf(locale), { dateStyle: 'long' });
  const writePrinted = () => {
    const lines = [name ? fill(texts.trainee, { name }) : '', fill(texts.printed, { date: date.format(new Date()), site: `${location.origin}${location.pathname}` })];
    printed.replaceChildren(...lines.filter(Boolean).map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  };
  const say = (message: string, invalid: boolean) => {
    error.textContent = message;
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  input.addEventListener('change', () => {
    const outcome = cleanTraineeName(input.value);
    if (!outcome.ok) return say(fill(texts.tooLong, { max: TRAINEE_NAME_MAX }), true);
    name = outcome.name;
    input.value = name;
    store.change((progress) => traineeNamed(progress, name));
    say(store.unsaved ? texts.unsaved : '', false);
    writePrinted();
  });
  // Another tab named the trainee: this page follows, unless the field holds a refused name.
  store.subscribe(() => {
    const kept = store.read().trainee ?? '';
    if (kept === name || input.getAttribute('aria-invalid')) return;
    name = kept;
    input.value = kept;
    writePrinted();
  });
  writePrinted();
  // The date is the day it is printed, not the day the page opened.
  window.addEventListener('beforeprint', writePrinted);
}
