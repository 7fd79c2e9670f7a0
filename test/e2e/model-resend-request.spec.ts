import { resendRequestModel } from '../support/model/resendRequestModel';
import { describeUiReplay } from './support/describeUiReplay';
import { resendRequestUi } from './support/resendRequestUi';

/** "Didn't receive an invitation email?", signed out, from the sign-in page's link. */
describeUiReplay(resendRequestModel, resendRequestUi);
