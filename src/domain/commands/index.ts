/** Every state-changing rule of the portal, as pure functions: state in, new state or errors out. */
export * from './acceptInvitation';
export * from './advanceClock';
export * from './authorize';
export * from './inviteUsers';
export * from './orgDomains';
export * from './manageUsers';
export * from './partner';
export * from './requestResend';
export * from './result';
export * from './signIn';
