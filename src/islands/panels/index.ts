import type { Island } from '../mount';
import AcceptPanel from './AcceptPanel';
import DomainsPanel from './DomainsPanel';
import InvitePanel from './InvitePanel';
import ProfilePanel from './ProfilePanel';
import ResendPanel from './ResendPanel';
import RolesPanel from './RolesPanel';
import WorkAccountPanel from './WorkAccountPanel';

/** The guide's try-it panels, by the section they sit in (`<TryIt section="roles" />`). */
export const panels = {
  'request-resend': ResendPanel,
  'accept-invitation': AcceptPanel,
  'sign-in-address': WorkAccountPanel,
  'get-started': ProfilePanel,
  'invite-users': InvitePanel,
  roles: RolesPanel,
  domains: DomainsPanel,
} as const satisfies Record<string, Island>;

export type PanelSection = keyof typeof panels;
