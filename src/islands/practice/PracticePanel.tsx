import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Locale } from '../../i18n/locales';
import { simTranslations } from '../../i18n/sim/client';
import { formatDate, formatNumber } from '../../i18n/sim/intl';
import { actionCount } from '../../practice/solution';
import { usePortalData } from '../parts/hooks';
import type { PracticeSession } from './practiceSession';
import { playSolution, type Playback, type ShowMeDriver } from './showMe';
import { Question } from './Question';
import { fill, type PracticeTexts } from './texts';

type Props = { locale: Locale; session: PracticeSession; texts: PracticeTexts; driver: Omit<ShowMeDriver, 'answer'>; delay: number };

/**
 * The scenario's panel beside the simulator: the checklist that ticks itself (each newly passed
 * check said once in a polite live region), hints one at a time, Show me, Start over, the
 * question when the scenario has one, and the debrief once every check passes.
 */
export function PracticePanel({ locale, session, texts, driver, delay }: Props) {
  const { ui } = texts;
  const sim = simTranslations(locale);
  // The scenario's clock (day 61 after an expiry, say), as the simulator's controls word it.
  const clock = usePortalData((portal) => portal.getClock());
  const view = useSyncExternalStore(session.subscribe, session.view);
  const [said, setSaid] = useState('');
  const [playing, setPlaying] = useState<{ playback: Playback; step: number; total: number; paused: boolean; over: boolean } | null>(null);
  const passedBefore = useRef(new Set(view.checks.filter((check) => check.passed).map((check) => check.id)));
  const answerRef = useRef<(choices: readonly string[]) => void>(() => {});
  const showMeButton = useRef<HTMLButtonElement>(null);
  const lastHint = useRef<HTMLParagraphElement>(null);
  const hintAsked = useRef(false);

  useEffect(() => {
    // Said once per check and attempt: a check that fails again and passes again is not news.
    const newly = view.checks.filter((check) => check.passed && !passedBefore.current.has(check.id));
    for (const check of newly) passedBefore.current.add(check.id);
    if (newly.length > 0) setSaid(newly.map((check) => fill(ui.announce, { check: texts.checks[check.id] ?? check.id })).join(' '));
  }, [view.checks, texts.checks, ui.announce]);
  useEffect(() => () => playing?.playback.stop(), [playing?.playback]);
  // The Pause button goes when the solution ends, and the hint button after the last hint: focus
  // that was on them goes to what is there instead, never to the page's start.
  useEffect(() => {
    if (playing?.over && document.activeElement === document.body) showMeButton.current?.focus();
  }, [playing?.over]);
  useEffect(() => {
    if (hintAsked.current && view.hints >= texts.hints.length) lastHint.current?.focus();
  }, [view.hints, texts.hints.length]);
  const showHint = () => {
    hintAsked.current = true;
    const next = texts.hints[view.hints];
    session.showHint();
    if (next) setSaid(next.text);
  };

  const startOver = async () => {
    playing?.playback.stop();
    setPlaying(null);
    driver.go('');
    await session.startOver();
    passedBefore.current = new Set();
    setSaid(ui.startOverDone);
  };
  const showMe = async () => {
    playing?.playback.stop();
    driver.go('');
    await session.startOver();
    passedBefore.current = new Set();
    // The islands mount again on the new start state before the first step opens its screen.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const steps = session.scenario.solution(session.start());
    const playback = playSolution(steps, { ...driver, answer: (choices) => answerRef.current(choices) }, (step, total) =>
      setPlaying((current) => (current ? { ...current, step, total } : current)), delay);
    setPlaying({ playback, step: 0, total: actionCount(steps), paused: false, over: false });
    await playback.finished.catch(() => undefined);
    setPlaying((current) => (current?.playback === playback ? { ...current, over: true } : current));
  };
  const pauseOrResume = () => {
    if (!playing) return;
    if (playing.paused) playing.playback.resume();
    else playing.playback.pause();
    setPlaying({ ...playing, paused: !playing.paused });
  };
  const shown = texts.hints.slice(0, view.hints);

  return (
    <div className="practice-task">
      {clock && <p className="sim-clock">{sim('controls.today', { date: formatDate(clock.now, locale), day: formatNumber(clock.day, locale) })}</p>}
      <section aria-labelledby="practice-checklist">
        <h2 id="practice-checklist">{ui.checklist}</h2>
        <ul className="practice-checklist">
          {view.checks.map((check) => (
            <li key={check.id} data-passed={check.passed ? '' : undefined}>
              <span aria-hidden="true">{check.passed ? '☑ ' : '☐ '}</span>
              {texts.checks[check.id]}
              <span className="sim-visually-hidden"> ({check.passed ? ui.passed : ui.open})</span>
            </li>
          ))}
        </ul>
        <p className="sim-visually-hidden" role="status">{said}</p>
      </section>

      {texts.question && <Question key={view.epoch} question={texts.question} submit={ui.questionSubmit} wrong={ui.questionWrong} session={session} done={view.checks.find((check) => check.id === 'answered')?.passed ?? false} answerRef={answerRef} />}

      {view.done && (
        <section className="practice-debrief" aria-labelledby="practice-debrief">
          <h2 id="practice-debrief">{ui.debrief}</h2>
          <p>{texts.debrief}</p>
          <p><a href={texts.section.href}>{fill(ui.debriefRead, { section: texts.section.title })}</a></p>
        </section>
      )}

      <section aria-labelledby="practice-hints">
        <h2 id="practice-hints">{ui.hints}</h2>
        {shown.length > 0 && (
          <ol className="practice-hints">
            {shown.map((hint, index) => (
              <li key={index}>{hint.text} <a href={hint.link.href}>{fill(ui.hintRead, { section: hint.link.title })}</a></li>
            ))}
          </ol>
        )}
        {view.hints < texts.hints.length ? (
          <button type="button" className="sim-button sim-secondary" onClick={showHint}>{view.hints === 0 ? ui.hintShow : ui.hintMore}</button>
        ) : (
          <p ref={lastHint} tabIndex={-1}>{ui.hintLast}</p>
        )}
      </section>

      <div className="practice-tools">
        <button ref={showMeButton} type="button" className="sim-button sim-secondary" onClick={() => void showMe()}>{ui.showMe}</button>
        {playing && !playing.over && <button type="button" className="sim-button sim-secondary" onClick={pauseOrResume}>{playing.paused ? ui.resume : ui.pause}</button>}
        {playing && <span>{playing.over ? ui.finished : fill(ui.step, { step: playing.step, total: playing.total })}</span>}
        <button type="button" className="sim-button sim-secondary" onClick={() => void startOver()}>{ui.startOver}</button>
      </div>
    </div>
  );
}
