/** The portal simulator page's islands (see mount.tsx). */
import Mailbox from './Mailbox';
import { mountIslands } from './mount';
import PortalApp from './PortalApp';
import SimControls from './SimControls';

void mountIslands({ portal: PortalApp, mailbox: Mailbox, controls: SimControls });
