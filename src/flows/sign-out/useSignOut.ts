import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import type { ErrorKey } from '../../domain/errors';
import { signOutMachine } from './signOutMachine';
import { getPortal } from '../../store';
import { useNavigation } from '../../islands/parts/navigation';

/**
 * A Sign out button's behaviour (`signOutMachine`): `signOut()` ends the session and goes back
 * to the sign-in page; `refusal` is why the store refused, if it did.
 */
export function useSignOut(): { signOut: () => void; busy: boolean; refusal: ErrorKey | undefined } {
  const [state, send] = usePracticeMachine('signOut', signOutMachine, { input: { portal: getPortal() } });
  const { go } = useNavigation();
  return {
    signOut: () => {
      send({ type: 'session.end' });
      go('');
    },
    busy: state.hasTag('busy'),
    refusal: state.context.errors['form'],
  };
}
