/**
 * The six customer roles of the Business Center, in the order the guide's roles table lists
 * them. Ids are stable: dictionaries, stored data and tests refer to them.
 */
export const roleIds = [
  'account-administrator',
  'agreement-administrator',
  'user-administrator',
  'account-manager',
  'report-viewer',
  'account-viewer',
] as const;
export type RoleId = (typeof roleIds)[number];

/** The roles that allow inviting other people (GUIDE-FACTS, get-started and invite-users). */
export const inviterRoles: readonly RoleId[] = [
  'account-administrator',
  'user-administrator',
  'agreement-administrator',
];
