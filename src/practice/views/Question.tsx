import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import type { PracticeSession } from '../session/practiceSession';
import type { PracticeTexts } from './texts';

type Props = {
  question: NonNullable<PracticeTexts['question']>;
  submit: string;
  /** What an answer that is not (yet) right gets: "not quite", or in an assessment "recorded". */
  said: string;
  /** An assessment: every answer gets `said`, right or wrong, so the form gives nothing away. */
  quiet: boolean;
  session: PracticeSession;
  /** The answer check passes. */
  done: boolean;
  /** Where Show me answers, as the trainee would: the boxes ticked, then Answer. */
  answerRef: RefObject<(choices: readonly string[]) => void>;
};

/** The scenario's one question: tick the roles, then Answer; the answer goes to the attempt log. */
export function Question({ question, submit, said, quiet, session, done, answerRef }: Props) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [answered, setAnswered] = useState(false);
  const send = (choices: readonly string[]) => {
    setChosen(choices);
    setAnswered(true);
    session.append({ kind: 'answered', choices });
  };
  useEffect(() => {
    answerRef.current = send;
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(chosen);
  };
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((choice) => choice !== id) : [...chosen, id]);
  return (
    <form className="practice-question" onSubmit={onSubmit}>
      <fieldset>
        <legend>{question.text}</legend>
        {question.choices.map((choice) => (
          <label key={choice.id} className="practice-choice">
            <input type="checkbox" checked={chosen.includes(choice.id)} onChange={() => toggle(choice.id)} /> {choice.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="sim-button">{submit}</button>
      <p role="status">{answered && (quiet || !done) ? said : ''}</p>
    </form>
  );
}
