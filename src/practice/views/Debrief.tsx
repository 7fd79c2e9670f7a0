import { nextScenario, type Progress } from '../progress';
import { fill, type GuideLink, type PracticeTexts } from './texts';

/** Where the debrief sends the trainee next: the next scenario not done yet, or the record when every one is. */
export function nextLink(texts: PracticeTexts, current: string, progress: Progress): GuideLink {
  const id = nextScenario(texts.order.map((scenario) => scenario.id), current, progress);
  const next = texts.order.find((scenario) => scenario.id === id);
  return next ? { href: next.href, title: fill(texts.ui.next, { title: next.title }) } : { href: texts.record, title: texts.ui.nextRecord };
}

/** Every check passed: what the scenario taught, the guide section that says it, and the way on. */
export function Debrief({ texts, next }: { texts: PracticeTexts; next: GuideLink }) {
  return (
    <section className="practice-debrief" aria-labelledby="practice-debrief">
      <h2 id="practice-debrief">{texts.ui.debrief}</h2>
      <p>{texts.debrief}</p>
      <p><a href={texts.section.href}>{fill(texts.ui.debriefRead, { section: texts.section.title })}</a></p>
      <p className="practice-next"><a href={next.href}>{next.title}</a></p>
    </section>
  );
}
