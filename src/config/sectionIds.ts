/**
 * The guide's eleven sections, in reading order, by their stable ids from GUIDE-FACTS.md.
 * These ids are the heading ids in every locale and the targets of partner links
 * (`/go/<id>/`): never derive them from translated text, never rename them. A leaf in config,
 * so practice scenarios (below the guide) name the section they practise without importing it.
 */
export const sectionIds = [
  'introduction',
  'register',
  'before-resend',
  'not-the-admin',
  'request-resend',
  'accept-invitation',
  'sign-in-address',
  'get-started',
  'invite-users',
  'roles',
  'domains',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** @example isSectionId('roles') // true */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}
