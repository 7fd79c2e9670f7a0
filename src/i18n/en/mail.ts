/**
 * What an email needs, in English (the reference): the mail texts and the role names it lists.
 * Apart from the screens' texts because a message is rendered in its recipient's language: a
 * page loads its own language whole, and only this part of the languages its mail is in.
 */
export const mail = {
  'role.account-administrator': 'Account administrator',
  'role.agreement-administrator': 'Agreement administrator',
  'role.user-administrator': 'User administrator',
  'role.account-manager': 'Account manager',
  'role.report-viewer': 'Report viewer',
  'role.account-viewer': 'Account viewer',
  'mail.invitation.purchasing-administrator.subject': 'Register your organization for the Business Center',
  'mail.invitation.purchasing-administrator.body': 'You are listed as the purchasing account contact on MPSA number {agreementNumber} for {organization}. Register with this work account: {email}.',
  'mail.invitation.colleague.subject': 'You are invited to the Business Center',
  'mail.invitation.colleague.body': '{inviterName} invited you to the Business Center for {organization} with these roles: {roles}. Sign in with this work account: {email}.',
  'mail.greeting': 'Hello {name},',
  'mail.resent': 'This is a new invitation: the links in earlier emails no longer work.',
  'mail.button': 'Get started now',
  'mail.expires': 'The link expires on {date}.',
  'mail.workNote': 'Because you are accepting with a work email address, your employer may control your communications and data, and its policies apply to them.',
  'mail.contact': 'Questions? Contact your Microsoft sales representative.',
} as const;

export type MailKey = keyof typeof mail;
export type MailDictionary = Readonly<Record<MailKey, string>>;
