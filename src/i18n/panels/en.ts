/**
 * The try-it panels' own texts (English, the reference): the goal lines the guide page shows
 * and the sentences the panels say. Apart from the simulator dictionaries so the simulator
 * pages do not carry them; `panels/index.ts` loads the page's language for the panels.
 */
export const en = {
  'panel.heading': 'Try it in the practice portal',
  'panel.waiting': 'The practice portal starts here as soon as you point at it, tap it or tab into it.',
  'panel.noscript': 'Practice here needs JavaScript: turn it on in your browser, or read on.',
  'panel.openSimulator': 'Open the full simulator',
  'panel.outcome': 'What happened:',
  'panel.nothingYet': 'nothing yet. Your practice steps show up here.',
  'panel.signInFirst': 'This step needs an administrator signed in. Sign in as Harry; if he has no account yet, create it from his invitation email first (see “Accepting the invitation”).',
  'panel.signedInAs': 'You are signed in as {name}. Sign out to practise this step.',
  'panel.mailArrived': 'An invitation arrived in the mailbox of {addresses}.',
  'panel.accept.created': 'The account for {email} exists now, and {name} is signed in.',
  'panel.workAccount.field': 'Email address to check',
  'panel.workAccount.check': 'Check the address',
  'panel.workAccount.work': '{address} can be a work account: once invited, you sign in with it.',
  'panel.workAccount.personal': '{address} is a personal address (a Microsoft account or another consumer mail service): it cannot be used to sign in to the Business Center.',
  'panel.profile.mayInvite': '{name} has these roles: {roles}. With them, {name} can invite other people.',
  'panel.profile.mayNotInvite': '{name} has these roles: {roles}. With them, {name} cannot invite other people.',
  'panel.roles.pick': 'Role',
  'panel.roles.allows': '{role} may: {permissions}.',
  'panel.roles.changed': '{name} now has these roles: {roles}.',
  'panel.domains.associated': 'Associated with your organization: {domains}.',
  'panel.goal.request-resend': 'Goal: from the sign-in page, ask for Harry’s invitation email again, once with wrong details and once with the right ones.',
  'panel.goal.accept-invitation': 'Goal: open the newest invitation in the mailbox, choose Get started now and create Harry’s account.',
  'panel.goal.sign-in-address': 'Goal: find out which addresses are work accounts and which are personal ones.',
  'panel.goal.get-started': 'Goal: signed in as Harry, open My profile from the user menu at the top right and read his roles.',
  'panel.goal.invite-users': 'Goal: invite a colleague, with her roles and her preferred language, and see her invitation arrive.',
  'panel.goal.roles': 'Goal: see what each role may do, then change a user’s roles in Manage users.',
  'panel.goal.domains': 'Goal: associate contoso.com with your organization and see it listed.',
  'permission.agreements.view': 'view agreements',
  'permission.agreements.edit': 'edit active agreements',
  'permission.orders.view': 'view orders',
  'permission.keys.view': 'view product keys',
  'permission.licenses.view': 'view license details',
  'permission.reports.view': 'view reports',
  'permission.software.download': 'download software',
  'permission.provisioning.manage': 'handle self-service provisioning',
  'permission.users.view': 'see the user list',
  'permission.users.invite': 'invite users',
  'permission.users.manage': 'change users’ roles',
  'permission.domains.view': 'see domains',
  'permission.domains.manage': 'associate domains',
} as const;

export type PanelKey = keyof typeof en;
export type PanelDictionary = Readonly<Record<PanelKey, string>>;
