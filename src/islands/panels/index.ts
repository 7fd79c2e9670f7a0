import type { Island } from '../mount';

type PanelModule = Promise<{ default: Island }>;

/**
 * The guide's try-it panels, by the section they sit in (`<TryIt section="roles" />`). Each
 * loads with its first mount: a page with the roles panel does not fetch the invitation forms.
 */
export const panels = {
  'request-resend': (): PanelModule => import('../../flows/resend-request/ResendPanel'),
  'accept-invitation': (): PanelModule => import('../../flows/accept-invitation/AcceptPanel'),
  'sign-in-address': (): PanelModule => import('../../flows/work-account/WorkAccountPanel'),
  'get-started': (): PanelModule => import('../../flows/my-profile/ProfilePanel'),
  'invite-users': (): PanelModule => import('../../flows/invite-users/InvitePanel'),
  roles: (): PanelModule => import('../../flows/manage-users/RolesPanel'),
  domains: (): PanelModule => import('../../flows/associate-domain/DomainsPanel'),
} as const;

export type PanelSection = keyof typeof panels;

export function isPanelSection(name: string): name is PanelSection {
  return Object.hasOwn(panels, name);
}
