import { inviteUsersModel } from '../support/model/inviteUsersModel';
import { describeUiReplay } from './support/describeUiReplay';
import { inviteUsersUi } from './support/inviteUsersUi';

/**
 * Manage users › Invite users, signed in as Harry (or as an Agreement administrator). Paths that
 * need an answer no page can cause (signed out or a Report viewer inside the form, a call
 * rejected) are replayed by the Vitest model test only: see `answers` in support/inviteUsersUi.ts.
 */
describeUiReplay(inviteUsersModel, inviteUsersUi);
