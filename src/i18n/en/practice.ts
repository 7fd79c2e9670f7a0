/**
 * The practice scenarios' texts (English, the reference): per scenario its title, one-line goal,
 * a label per check, its hints in order, the debrief and, for one, its question. Keys follow
 * `scenarioTextKeys` (src/practice/textKeys.ts). Portal labels, terms and the example data are
 * never typed here: each `{placeholder}` is filled from the simulator's dictionary, the glossary
 * or the example data (`placeholders.ts`), so a renamed button is renamed here too.
 */
export const practice = {
  'resend-after-expiry.title': 'Ask for the invitation again after it expired',
  'resend-after-expiry.goal': 'Harry’s invitation went out 61 days ago, and its link no longer works. Make sure he has no access yet, then get him a new invitation.',
  'resend-after-expiry.check.tried-sign-in': 'You tried to sign in as Harry, and the portal said his invitation has expired.',
  'resend-after-expiry.check.invitation-working': 'Harry has an invitation whose link works again.',
  'resend-after-expiry.hint.1': 'Begin where the guide begins: sign in with {harryEmail} and any password, to find out whether Harry can already get in.',
  'resend-after-expiry.hint.2': 'Below the sign-in box, choose “{resendLink}”. Enter {harryEmail}, {agreement} as {agreementNumberField} and {purchasingAccount} as {purchasingAccountField}, then choose {resendSubmit}.',
  'resend-after-expiry.hint.3': 'Open Harry’s mailbox: the new invitation is there, and its link works for another 60 days.',
  'resend-after-expiry.debrief': 'An invitation link stops working 60 days after it was sent. The {purchasingAccountAdministrator} can ask for a new one at any time: when all three details match the agreement, a fresh invitation replaces the old one.',

  'wrong-details.title': 'See what wrong details get',
  'wrong-details.goal': 'Ask for Harry’s invitation again, but with one detail that does not match the agreement, and find out what happens.',
  'wrong-details.check.neutral-answer': 'The portal answered your request.',
  'wrong-details.check.nothing-sent': 'No invitation went out: the details did not match the agreement.',
  'wrong-details.check.mailbox-checked': 'After the answer, you looked in Harry’s mailbox.',
  'wrong-details.hint.1': 'Below the sign-in box, choose “{resendLink}”. Enter {harryEmail} and {agreement}, but {wrongPurchasingAccount} as {purchasingAccountField} (Contoso’s is {purchasingAccount}).',
  'wrong-details.hint.2': 'Read the answer after {resendSubmit}. It is the same whether the details match or not, so the form never tells a stranger whose details they typed.',
  'wrong-details.hint.3': 'Only the mailbox can tell: open {mailboxes} and choose {harryEmail}. Nothing new has arrived.',
  'wrong-details.debrief': 'Unless all three details match the agreement, nothing is sent, and the answer does not say so. When an invitation does not come, check the details and the {spamFilter}, then ask your {partner}.',

  'accept-invitation.title': 'Accept the invitation and create the account',
  'accept-invitation.goal': 'Harry has just received his invitation. Use it to create his {product} account.',
  'accept-invitation.check.account-created': 'Harry’s account exists.',
  'accept-invitation.check.on-dashboard': 'Harry is signed in and sees the {dashboard}.',
  'accept-invitation.hint.1': 'Open {mailboxes}, choose {harryEmail}, and choose {getStartedNow} in the invitation.',
  'accept-invitation.hint.2': 'The address is fixed. Check the name and the country, type a password in {createPassword} ({password} will do), and type it again in {confirmPassword}.',
  'accept-invitation.hint.3': 'Choose {start}: it accepts the terms, creates the account and signs Harry in.',
  'accept-invitation.debrief': 'The invitation leads to “{createAccount}”, and {start} is all it takes. The password is for the {product} only: it can differ from the one Harry uses for his email.',

  'work-account.title': 'Sign in with a {workAccount}',
  'work-account.goal': 'See what the {signInPage} says to a personal address, then sign in as Harry with his {workAccount}.',
  'work-account.check.personal-refused': 'The sign-in form turned down a personal address.',
  'work-account.check.signed-in': 'Harry is signed in with his {workAccount}.',
  'work-account.hint.1': 'In {workEmail}, type a personal address such as {personalAddress}, and read what the form says.',
  'work-account.hint.2': 'Then type Harry’s {workAccount}, {harryEmail}, with the password {password}, and choose {signInButton}.',
  'work-account.debrief': 'Only a {workAccount} signs in to the {product}: the address your organization gave you. A {microsoftAccount}, such as an Outlook.com address, is for personal services and is turned down here.',

  'my-profile.title': 'Find your own roles',
  'my-profile.goal': 'You are {minaName}, and you are signed in. Find out which roles you hold.',
  'my-profile.check.profile-opened': 'You opened {myProfile}.',
  'my-profile.hint.1': 'On any page, choose your {userMenu} at the top right.',
  'my-profile.hint.2': 'In the menu that opens, choose {myProfile}: your roles are listed there.',
  'my-profile.debrief': 'Mina is a {userAdministrator}. Like {accountAdministrator} and {agreementAdministrator}, it lets her invite other people. Anyone can check their roles in {myProfile}.',

  'invite-two-languages.title': 'Invite two people who read different languages',
  'invite-two-languages.goal': 'As Harry, invite {minaName} ({minaEmail}), who reads Japanese, and {leeName} ({leeEmail}), who reads Traditional Chinese.',
  'invite-two-languages.check.mina-in-japanese': 'An invitation to Mina, written in Japanese, is waiting for her.',
  'invite-two-languages.check.lee-in-chinese': 'An invitation to Lee, written in Traditional Chinese, is waiting for him.',
  'invite-two-languages.hint.1': 'Choose {account}, then {manageAccess}. On {manageUsers}, choose {inviteUsers}.',
  'invite-two-languages.hint.2': 'Fill in Mina’s row with {japanese} as {preferredLanguage}. Choose {addRow} for Lee, with {traditionalChinese}. Give each of them a role, then choose {invite}.',
  'invite-two-languages.hint.3': '{preferredLanguage} sets the language of the emails a person receives from the {product}.',
  'invite-two-languages.debrief': 'Each invitation is written in its reader’s preferred language, whatever language you use yourself. Open {mailboxes} to read both.',

  'least-role-reports.title': 'Give the least role that shows reports',
  'least-role-reports.goal': 'Mina is moving to reporting: she needs to see reports, and nothing more. Change her roles.',
  'least-role-reports.check.sees-reports': 'Mina can view reports.',
  'least-role-reports.check.nothing-more': 'Mina’s roles allow nothing she does not need.',
  'least-role-reports.hint.1': 'In the guide’s roles table, find every role that can view reports.',
  'least-role-reports.hint.2': 'Of those, pick the one that allows the fewest other things. Mina no longer needs {agreementAdministrator}.',
  'least-role-reports.hint.3': 'On {manageUsers}, open Mina’s roles, tick that role, untick {agreementAdministrator}, and choose {saveRoles}.',
  'least-role-reports.debrief': '{accountViewer} is the least role that shows reports; {reportViewer} shows product keys as well. Give people what their work needs, and no more.',

  'cannot-assign.title': 'Find out what a {userAdministrator} cannot give',
  'cannot-assign.goal': 'You are Mina, a {userAdministrator}. Find out which role you cannot give anyone.',
  'cannot-assign.check.roles-seen': 'As Mina, you opened the roles you can give.',
  'cannot-assign.check.answered': 'You named the role a {userAdministrator} cannot give.',
  'cannot-assign.hint.1': 'On {manageUsers}, open Lee’s roles, or choose {inviteUsers}, and look at the roles offered.',
  'cannot-assign.hint.2': 'A locked box says why it is locked, and {inviteUsers} offers only the roles you may give.',
  'cannot-assign.hint.3': 'The guide says who can give which role.',
  'cannot-assign.debrief': 'A {userAdministrator} can give every role except {accountAdministrator}, and cannot take that role away either. Only an {accountAdministrator} can.',
  'cannot-assign.question': 'Which role can a {userAdministrator} not give?',

  'remove-user.title': 'Remove a user, keep an {accountAdministrator}',
  'remove-user.goal': 'Lee has left Contoso: remove him. Then try to remove Harry, the only {accountAdministrator}, and see what the portal does.',
  'remove-user.check.lee-removed': 'Lee no longer has access.',
  'remove-user.check.last-admin-kept': 'The portal refused to remove its last {accountAdministrator}.',
  'remove-user.hint.1': 'On {manageUsers}, choose {remove} in Lee’s row, then confirm with {removeConfirm}.',
  'remove-user.hint.2': 'Now do the same in Harry’s row: he is the only {accountAdministrator}.',
  'remove-user.hint.3': 'The guide says which role an organization can never be left without.',
  'remove-user.debrief': 'Nobody can remove the last {accountAdministrator} or take the role away: someone must always be able to manage everything. To hand it over, first give it to someone who has registered.',

  'associate-domain.title': 'Associate your {domain}',
  'associate-domain.goal': 'Let everyone at Contoso use the online services: associate {contosoDomain} with the purchasing account.',
  'associate-domain.check.domain-associated': '{contosoDomain} is associated.',
  'associate-domain.check.mina-online': 'Mina ({minaEmail}) can use the online services.',
  'associate-domain.hint.1': 'Choose {domainsMenu} in the portal’s menu.',
  'associate-domain.hint.2': 'Type {contosoDomain} in {domainName}, and choose {associateDomain}.',
  'associate-domain.hint.3': 'Everyone whose email address ends in that {domain} can then use your online services.',
  'associate-domain.debrief': 'Before anyone can use online services, an administrator associates a {domain} with the purchasing account. From then on, every address that ends in it counts, Mina’s included.',

  'partner-new-admin.title': 'As the partner, name a new administrator',
  'partner-new-admin.goal': 'You are Contoso’s {partner}. Harry left before registering: name {minaName} ({minaEmail}, reads Japanese) as {purchasingAccountAdministrator}, then resend her invitation.',
  'partner-new-admin.check.mina-named': 'The agreement names Mina as {purchasingAccountAdministrator}, with Japanese as her language.',
  'partner-new-admin.check.invitation-resent': 'A resent invitation is waiting in Mina’s mailbox.',
  'partner-new-admin.hint.1': 'Open {partnerCenterButton}, enter {agreement} and choose {findAgreement}.',
  'partner-new-admin.hint.2': 'Choose {changeAdmin}, enter Mina’s name and address, choose {japanese}, then {changeAdminSubmit}.',
  'partner-new-admin.hint.3': 'Mina says the first email never came: choose {partnerResend}.',
  'partner-new-admin.debrief': 'A {partner} can resend the invitation, change who the {purchasingAccountAdministrator} is, and change that person’s address. Each new invitation replaces the one before, so only the newest link works.',
} as const;

export type PracticeKey = keyof typeof practice;
export type PracticeDictionary = Readonly<Record<PracticeKey, string>>;
