import type { Island } from '../mount';

type PanelModule = Promise<{ default: Island }>;

/**
 * The guide's try-it panels, by the section they sit in (`<TryIt section="roles" />`). Each
 * loads with its first mount: a page with the roles panel does not fetch the invitation forms.
 */
export const panels = {
  'request-resend': (): PanelModule => import('./ResendPanel'),
  'accept-invitation': (): PanelModule => import('./AcceptPanel'),
  'sign-in-address': (): PanelModule => import('./WorkAccountPanel'),
  'get-started': (): PanelModule => import('./ProfilePanel'),
  'invite-users': (): PanelModule => import('./InvitePanel'),
  roles: (): PanelModule => import('./RolesPanel'),
  domains: (): PanelModule => import('./DomainsPanel'),
} as const;

export type PanelSection = keyof typeof panels;

export function isPanelSection(name: string): name is PanelSection {
  return Object.hasOwn(panels, name);
}
