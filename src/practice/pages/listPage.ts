/**
 * The practice list's module: each scenario's state and the overall progress, from this
 * browser's record. Plain DOM, no UI framework: the page is static and only these words change.
 */
import { doneCount, statusOf } from '../progress';
import { wireAssessmentSwitch } from './assessmentSwitch';
import { browserProgressStore } from '../progressStore';
import { fill } from '../views/texts';
import { showUnsavedMarks } from '../session/unsavedLedger';

const store = browserProgressStore();

function show(): void {
  const progress = store.read();
  const list = document.querySelector<HTMLElement>('[data-status-texts]');
  const texts = JSON.parse(list?.dataset['statusTexts'] ?? '{}') as Record<string, string>;
  const results = JSON.parse(list?.dataset['resultTexts'] ?? '{}') as Record<string, string>;
  for (const cell of document.querySelectorAll<HTMLElement>('[data-result-of]')) {
    const result = progress.scenarios[cell.dataset['resultOf'] ?? '']?.assessment?.result;
    cell.textContent = result ? (results[result] ?? result) : '';
    const line = cell.parentElement;
    if (line) line.hidden = !result;
  }
  const cells = [...document.querySelectorAll<HTMLElement>('[data-status-of]')];
  for (const cell of cells) {
    const status = statusOf(progress, cell.dataset['statusOf'] ?? '');
    cell.dataset['status'] = status;
    cell.textContent = texts[status] ?? status;
  }
  const line = document.querySelector<HTMLElement>('[data-practice-progress]');
  const ids = cells.map((cell) => cell.dataset['statusOf'] ?? '');
  if (line) line.textContent = fill(line.dataset['practiceProgress'] ?? '', { done: doneCount(progress, ids), total: ids.length });
  showUnsavedMarks(document, document);
  const recovered = document.querySelector<HTMLElement>('[data-practice-recovered]');
  if (recovered && store.recovered) recovered.textContent = recovered.dataset['practiceRecovered'] ?? '';
}

show();
wireAssessmentSwitch(store);
// Another tab finished a scenario, or this page came back from the back-forward cache.
store.subscribe(show);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) show();
});
