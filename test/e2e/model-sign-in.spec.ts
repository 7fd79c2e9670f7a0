import { signInModel } from '../support/model/signInModel';
import { describeUiReplay } from './support/describeUiReplay';
import { signInUi } from './support/signInUi';

/** The sign-in page, from the seed (or a store prepared with the scene a path starts from). */
describeUiReplay(signInModel, signInUi);
