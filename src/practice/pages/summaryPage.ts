/**
 * The practice record's module: fills every scenario's row and the score from this browser's
 * progress (again on another tab's change), prints, and resets practice after a confirmation.
 * Plain DOM, like the list: the page is static and only these words change.
 */
import { defaultLocale, langOf, type Locale } from '../../config/locales';
import { assessmentScore, doneCount, statusOf } from '../progress';
import { resetPractice } from '../../store/practice/reset';
import { browserProgressStore } from '../progressStore';
import { fill } from '../views/texts';
import { wireTraineeField, type TraineeTexts } from './traineeField';
import { showUnsavedMarks } from '../session/unsavedLedger';

interface SummaryTexts {
  readonly status: Readonly<Record<string, string>>;
  readonly result: Readonly<Record<'passed' | 'failed' | 'none', string>>;
  readonly notDone: string;
  readonly score: string;
  readonly noScore: string;
  readonly resetDone: string;
  readonly resetFailed: string;
  readonly name: TraineeTexts;
}

const store = browserProgressStore();
const table = document.querySelector<HTMLElement>('[data-summary-texts]');
const texts = JSON.parse(table?.dataset['summaryTexts'] ?? '{}') as SummaryTexts;
const locale = (table?.dataset['locale'] ?? defaultLocale) as Locale;
// When the trainee did it, in their own time zone (the simulator's clock is another matter).
const when = new Intl.DateTimeFormat(langOf(locale), { dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat(langOf(locale));

function show(): void {
  const progress = store.read();
  const rows = [...document.querySelectorAll<HTMLElement>('[data-summary-of]')];
  const ids = rows.map((row) => row.dataset['summaryOf'] ?? '');
  for (const row of rows) {
    const id = row.dataset['summaryOf'] ?? '';
    const record = progress.scenarios[id];
    const cell = (name: string, text: string) => {
      const element = row.querySelector<HTMLElement>(`[data-cell="${name}"]`);
      if (element) element.textContent = text;
    };
    const status = statusOf(progress, id);
    row.dataset['status'] = status;
    cell('status', texts.status[status] ?? status);
    cell('doneAt', record?.doneAt ? when.format(new Date(record.doneAt)) : texts.notDone);
    cell('attempts', number.format(record?.attempts ?? 0));
    cell('hints', number.format(record?.hintsUsed ?? 0));
    cell('assessment', texts.result[record?.assessment?.result ?? 'none']);
  }
  const score = assessmentScore(progress, ids);
  const scoreLine = document.querySelector<HTMLElement>('[data-score]');
  if (scoreLine) scoreLine.textContent = score.passed + score.failed > 0 ? fill(texts.score, { passed: number.format(score.passed), total: number.format(score.total) }) : texts.noScore;
  const done = document.querySelector<HTMLElement>('[data-summary-progress]');
  if (done) done.textContent = fill(done.dataset['summaryProgress'] ?? '', { done: doneCount(progress, ids), total: ids.length });
  showUnsavedMarks(document, document);
  const recovered = document.querySelector<HTMLElement>('[data-practice-recovered]');
  if (recovered && store.recovered) recovered.textContent = recovered.dataset['practiceRecovered'] ?? '';
}

function wireTools(): void {
  const print = document.querySelector<HTMLButtonElement>('[data-print]');
  const reset = document.querySelector<HTMLButtonElement>('[data-reset]');
  const confirm = document.querySelector<HTMLElement>('[data-reset-confirm]');
  const said = document.querySelector<HTMLElement>('[data-reset-said]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
  if (!reset || !confirm) return;
  reset.hidden = false;
  const ask = (open: boolean) => {
    reset.hidden = open;
    confirm.hidden = !open;
    // Focus stays on what is there: the safe choice while asking, the reset button after.
    (open ? confirm.querySelector<HTMLButtonElement>('[data-reset-no]') : reset)?.focus();
  };
  reset.addEventListener('click', () => {
    if (said) said.textContent = '';
    ask(true);
  });
  confirm.querySelector('[data-reset-no]')?.addEventListener('click', () => ask(false));
  confirm.querySelector('[data-reset-yes]')?.addEventListener('click', () => {
    const done = resetPractice();
    ask(false);
    if (said) said.textContent = done ? texts.resetDone : texts.resetFailed;
    show();
  });
}

show();
wireTools();
wireTraineeField(store, locale, texts.name);
store.subscribe(show);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) show();
});
