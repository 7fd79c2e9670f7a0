/**
 * The portal's nouns and rules, pure TypeScript (no storage, no UI). Machines import rules
 * from here for guards and live field checks; the store applies the commands.
 */
export * from './agreement';
export * from './orgDomains';
export * from './clock';
export * from './countries';
export * from './orgDomainName';
export * from './email';
export * from './errors';
export * from './invitation';
export * from './languages';
export * from './mailbox';
export * from './password';
export * from './passwordHash';
export * from './permissions';
export * from './personName';
export * from './personalEmailDomains';
export * from './roles';
export * from './state';
export * from './user';
export * from './commands';
