/** The partner center simulator page's islands (see mount.tsx). */
import Mailbox from './Mailbox';
import { mountIslands } from './mount';
import PartnerConsole from '../flows/partner-console/PartnerConsole';
import SimControls from './SimControls';

void mountIslands({ partner: PartnerConsole, mailbox: Mailbox, controls: SimControls });
