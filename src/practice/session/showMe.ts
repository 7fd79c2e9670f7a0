import { waitFor, type AnyActorRef } from 'xstate';
import { showMeRoutes } from '../../flows';
import { actionCount, type MachineStep, type PracticeMachineId, type SolutionStep } from '..';

/** What Show me needs from the page: the views' live actors and a way to open their screens. */
export interface ShowMeDriver {
  actor(machine: PracticeMachineId): AnyActorRef | undefined;
  /** Opens a screen no route names (Invite users, a user's roles); false while its view is not there. */
  open(machine: PracticeMachineId, input: Readonly<Record<string, unknown>>): boolean;
  go(route: string): void;
  openMailbox(address: string): void;
  answer(choices: readonly string[]): void;
}

export interface Playback {
  pause(): void;
  resume(): void;
  readonly finished: Promise<void>;
  /** Stops for good (Start over, leaving the page). */
  stop(): void;
}

/** The route of each machine's screen on the portal page (from the flows' descriptors); the others are open already or opened by their view. */
const routes = showMeRoutes;

class Stopped extends Error {}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays a solution on the screens: each machine's screen opened as the trainee would open it,
 * then its events sent to the very actor the view runs (so the fields fill in and the store
 * answers as for the trainee), one action every `delay` ms, each once the store answered the one
 * before. `onStep(done, total)` counts actions as `actionCount` does.
 */
export function playSolution(steps: readonly SolutionStep[], driver: ShowMeDriver, onStep: (done: number, total: number) => void, delay = 700): Playback {
  const total = actionCount(steps);
  let done = 0;
  let paused = false;
  let stopped = false;
  let wake: (() => void) | undefined;
  const gate = async () => {
    await pause(delay);
    while (paused && !stopped) await new Promise<void>((resolve) => (wake = resolve));
    if (stopped) throw new Stopped();
  };
  const counted = () => onStep((done += 1), total);
  const until = async <T>(find: () => T | undefined | false): Promise<T> => {
    for (let waited = 0; waited < 5000; waited += 50) {
      const found = find();
      if (found) return found;
      if (stopped) throw new Stopped();
      await pause(50);
    }
    throw new Error('show me: a screen did not open');
  };
  const settled = (actor: AnyActorRef) => waitFor(actor, (snapshot) => !(snapshot as { hasTag(tag: string): boolean }).hasTag('busy'), { timeout: 5000 });

  const playMachine = async (step: MachineStep) => {
    await gate();
    const route = routes[step.machine];
    if (route) driver.go(route(step.input));
    if (step.machine === 'inviteUsers' || step.machine === 'editRoles') await until(() => driver.open(step.machine, step.input));
    const actor = await until(() => driver.actor(step.machine));
    await settled(actor);
    counted();
    for (const event of step.events) {
      await gate();
      actor.send(event);
      await settled(actor);
      counted();
    }
  };

  const finished = (async () => {
    onStep(0, total);
    try {
      for (const step of steps) {
        if (step.kind === 'machine') {
          await playMachine(step);
          continue;
        }
        await gate();
        if (step.kind === 'open' && step.screen === 'profile') driver.go('profile');
        else if (step.kind === 'open') driver.openMailbox(step.subject);
        else driver.answer(step.choices);
        counted();
      }
    } catch (error) {
      if (!(error instanceof Stopped)) throw error;
    }
  })();
  return {
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      wake?.();
    },
    finished,
    stop: () => {
      stopped = true;
      wake?.();
    },
  };
}
