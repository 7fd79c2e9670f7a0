import { userActionsModel } from '../support/model/userActionsModel';
import { describeUiReplay } from './support/describeUiReplay';
import { userActionsUi } from './support/userActionsUi';

/** Manage users' row actions, from a store where Harry is signed in and Mina invited. */
describeUiReplay(userActionsModel, userActionsUi);
