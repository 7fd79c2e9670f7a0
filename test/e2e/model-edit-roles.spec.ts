import { editRolesModel } from '../support/model/editRolesModel';
import { describeUiReplay } from './support/describeUiReplay';
import { editRolesUi } from './support/editRolesUi';

/** Manage users › a user's roles, from a store prepared with the scene each path starts from. */
describeUiReplay(editRolesModel, editRolesUi);
