import { signOutModel } from '../support/model/signOutModel';
import { describeUiReplay } from './support/describeUiReplay';
import { signOutUi } from './support/signOutUi';

/** The user menu's Sign out, from a store where Harry is signed in. */
describeUiReplay(signOutModel, signOutUi);
