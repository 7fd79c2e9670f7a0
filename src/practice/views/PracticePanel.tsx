import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Locale } from '../../config/locales';
import { simTranslations } from '../../i18n/sim/client';
import { formatDate, formatNumber } from '../../i18n/sim/intl';
import { actionCount } from '../solution';
import { usePortalData } from '../../islands/parts/hooks';
import type { PracticeSession } from '../session/practiceSession';
import { playSolution, type Playback, type ShowMeDriver } from '../session/showMe';
import type { Progress } from '../progress';
import { Debrief, nextLink } from './Debrief';
import { Question } from './Question';
import { markShowMe, takeShowMeMark } from '../../store/practice/showMeMark';
import { UnsavedNotice } from './UnsavedNotice';
import { fill, type PracticeTexts } from './texts';

type Props = {
  locale: Locale;
  session: PracticeSession;
  texts: PracticeTexts;
  driver: Omit<ShowMeDriver, 'answer'>;
  delay: number;
  /** This browser's progress now: the debrief offers the next scenario not done. */
  readProgress: () => Progress;
};

/**
 * The scenario's panel beside the simulator: the checklist that ticks itself (each newly passed
 * check said once in a polite live region), hints one at a time, Show me, Start over, the
 * question when the scenario has one, and the debrief once every check passes.
 */
export function PracticePanel({ locale, session, texts, driver, delay, readProgress }: Props) {
  const { ui } = texts;
  const sim = simTranslations(locale);
  // The scenario's clock (day 61 after an expiry, say), as the simulator's controls word it.
  const clock = usePortalData((portal) => portal.getClock());
  const view = useSyncExternalStore(session.subscribe, session.view);
  const [said, setSaid] = useState('');
  // Show me was playing when the page reloaded: the reload stopped it, and the page says so.
  const [reloaded, setReloaded] = useState(() => takeShowMeMark(session.scenario.id));
  const [playing, setPlaying] = useState<{ playback: Playback; step: number; total: number; paused: boolean; over: boolean; failed?: boolean } | null>(null);
  const passedBefore = useRef(new Set(view.checks.filter((check) => check.passed).map((check) => check.id)));
  const answerRef = useRef<(choices: readonly string[]) => void>(() => {});
  const showMeButton = useRef<HTMLButtonElement>(null);
  const lastHint = useRef<HTMLParagraphElement>(null);
  const hintAsked = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Before the hand-in of an assessed attempt the checklist is the task, not feedback.
  const judging = view.assessed && !view.handedIn;

  // A new attempt (Start over, Show me, assessment switched on): every check is news again.
  useEffect(() => {
    passedBefore.current = new Set();
  }, [view.epoch]);
  // Assessment switched on (here or in another tab) while Show me played: the solution goes,
  // and the effect below stops its playback.
  useEffect(() => session.subscribe(() => {
    if (session.view().assessed) setPlaying(null);
  }), [session]);
  useEffect(() => {
    if (judging) return;
    // Said once per check and attempt: a check that fails again and passes again is not news.
    const newly = view.checks.filter((check) => check.passed && !passedBefore.current.has(check.id));
    for (const check of newly) passedBefore.current.add(check.id);
    if (newly.length > 0) setSaid(newly.map((check) => fill(ui.announce, { check: texts.checks[check.id] ?? check.id })).join(' '));
  }, [view.checks, texts.checks, ui.announce, judging]);
  useEffect(() => () => playing?.playback.stop(), [playing?.playback]);
  const id = session.scenario.id;
  const playingNow = playing !== null && !playing.over;
  useEffect(() => markShowMe(id, playingNow), [id, playingNow]);
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
    setReloaded(false);
    playing?.playback.stop();
    setPlaying(null);
    driver.go('');
    await session.startOver();
    setSaid(ui.startOverDone);
  };
  const showMe = async () => {
    // Playing already: the button says so (aria-disabled keeps focus on it) and does nothing.
    if (playingNow) return;
    setReloaded(false);
    playing?.playback.stop();
    driver.go('');
    await session.startOver();
    // The islands mount again on the new start state before the first step opens its screen.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const steps = session.scenario.solution(session.start());
    const playback = playSolution(steps, { ...driver, answer: (choices) => answerRef.current(choices) }, (step, total) =>
      setPlaying((current) => (current ? { ...current, step, total } : current)), delay);
    setPlaying({ playback, step: 0, total: actionCount(steps), paused: false, over: false });
    const failed = await playback.finished.then(() => false, () => true);
    setPlaying((current) => (current?.playback === playback ? { ...current, over: true, failed } : current));
  };
  const pauseOrResume = () => {
    if (!playing) return;
    if (playing.paused) playing.playback.resume();
    else playing.playback.pause();
    setPlaying({ ...playing, paused: !playing.paused });
  };
  const handedInHere = useRef(false);
  const handIn = () => {
    handedInHere.current = true;
    session.handIn();
  };
  // The Hand in button goes: focus goes to the result, which says what the hand-in gave.
  useEffect(() => {
    if (view.handedIn && handedInHere.current) resultHeading.current?.focus();
  }, [view.handedIn]);
  const shown = texts.hints.slice(0, view.hints);
  const showDebrief = view.assessed ? view.handedIn === 'passed' : view.done;

  return (
    <div className="practice-task">
      <UnsavedNotice kept={view.kept} sim={sim} />
      {clock && <p className="sim-clock">{sim('controls.today', { date: formatDate(clock.now, locale), day: formatNumber(clock.day, locale) })}</p>}
      <section aria-labelledby="practice-checklist">
        <h2 id="practice-checklist">{judging ? ui.tasks : ui.checklist}</h2>
        {judging && <p>{ui.handInAbout}</p>}
        <ul className="practice-checklist">
          {view.checks.map((check) =>
            judging ? (
              <li key={check.id}><span aria-hidden="true">• </span>{texts.checks[check.id]}</li>
            ) : (
              <li key={check.id} data-passed={check.passed ? '' : undefined}>
                <span aria-hidden="true">{check.passed ? '☑ ' : '☐ '}</span>
                {texts.checks[check.id]}
                <span className="sim-visually-hidden"> ({check.passed ? ui.passed : ui.open})</span>
              </li>
            ),
          )}
        </ul>
        <p className="sim-visually-hidden" role="status">{said}</p>
      </section>

      {view.assessed && view.handedIn && (
        <section className="practice-result" data-result={view.handedIn} aria-labelledby="practice-result">
          <h2 id="practice-result" ref={resultHeading} tabIndex={-1}>{fill(ui.result, { result: view.handedIn === 'passed' ? ui.resultPassed : ui.resultFailed })}</h2>
          {view.handedIn === 'failed' && <p>{ui.resultFailedHelp} <a href={texts.section.href}>{fill(ui.debriefRead, { section: texts.section.title })}</a></p>}
        </section>
      )}

      {texts.question && (
        <Question key={view.epoch} question={texts.question} submit={ui.questionSubmit} said={judging ? ui.questionRecorded : ui.questionWrong} quiet={judging}
          session={session} done={view.checks.find((check) => check.id === 'answered')?.passed ?? false} answerRef={answerRef} />
      )}

      {showDebrief && <Debrief texts={texts} next={nextLink(texts, session.scenario.id, readProgress())} />}

      {!view.assessed && <section aria-labelledby="practice-hints">
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
      </section>}

      <div className="practice-tools">
        {judging && <button type="button" className="sim-button" onClick={handIn}>{ui.handIn}</button>}
        {reloaded && !playing && !view.assessed && <p className="practice-reloaded" role="status">{ui.showMeReloaded}</p>}
        {!view.assessed && <button ref={showMeButton} type="button" className="sim-button sim-secondary" aria-disabled={playingNow || undefined} onClick={() => void showMe()}>{ui.showMe}</button>}
        {playing && !playing.over && <button type="button" className="sim-button sim-secondary" onClick={pauseOrResume}>{playing.paused ? ui.resume : ui.pause}</button>}
        {playing && <span role={playing.failed ? 'alert' : undefined}>{playing.failed ? ui.showMeFailed : playing.over ? ui.finished : fill(ui.step, { step: playing.step, total: playing.total })}</span>}
        <button type="button" className="sim-button sim-secondary" onClick={() => void startOver()}>{ui.startOver}</button>
      </div>
    </div>
  );
}
