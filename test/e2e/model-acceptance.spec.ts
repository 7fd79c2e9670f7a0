import { invitationModel } from '../support/model/invitationModel';
import { acceptanceUi } from './support/acceptanceUi';
import { describeUiReplay } from './support/describeUiReplay';

/**
 * The invitation link's machine through the accept page. The accept page's texts in Traditional
 * Chinese and Japanese are walked by the per-locale story (simulator.spec.ts) and the form errors
 * (simulator-errors.spec.ts); the paths run in English.
 */
describeUiReplay(invitationModel, acceptanceUi);
