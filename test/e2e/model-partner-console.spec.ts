import { partnerConsoleModel } from '../support/model/partnerConsoleModel';
import { describeUiReplay } from './support/describeUiReplay';
import { partnerConsoleUi } from './support/partnerConsoleUi';

/** The partner center, from the simulator's own seed. */
describeUiReplay(partnerConsoleModel, partnerConsoleUi);
