/**
 * English UI strings: the reference dictionary. Every other locale must have exactly these
 * keys (checked when the dictionary is parsed, and by the parity test). Placeholders are
 * written `{name}` and filled by `format()`.
 */
export const en = {
  'site.name': 'Business Center Help',
  'site.tagline': 'Get your organization into the Business Center, step by step.',
  'site.footer': 'Business Center Help: a guide and practice simulator. Examples use the fictional company Contoso.',

  'skip.main': 'Skip to main content',

  'lang.picker': 'Language',
  'lang.current': '(current language)',

  'search.open': 'Search',
  'header.simulator': 'Practice simulator',
  'search.shortcut': 'Press / to search',
  'search.dialog': 'Search the guide',
  'search.label': 'Search terms',
  'search.placeholder': 'For example: resend invitation',
  'search.close': 'Close search',
  'search.hint': 'Type a word or two. Results open the matching section.',
  'search.loading': 'Loading search…',
  'search.none': 'No results for “{query}”. Try another word.',
  'search.count': '{count} results for “{query}”',
  'search.error': 'Search could not load. Reload the page and try again.',

  'nav.guide': 'Guide',
  'nav.toc': 'On this page',
  'nav.breadcrumbs': 'Breadcrumb',
  'nav.home': 'Home',
  'nav.pagination': 'More of the guide',
  'nav.previous': 'Previous',
  'nav.next': 'Next',

  'heading.anchor': 'Link to this section',
  'page.updated': 'Last updated: {date}',
  'fallback.notice': 'This page has not been translated into English yet. You are reading the English version.',

  'callout.important': 'Important',
  'callout.note': 'Note',
  'callout.tip': 'Tip',

  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find that page. It may have moved. Start again from the guide’s home page.',
  'notFound.home': 'Go to the guide’s home page',

  'root.title': 'Choose your language',
  'root.intro': 'The Business Center quick-start guide is available in these languages:',

  'go.title': 'Open a section of the guide',
  'go.intro': 'Choose the language you want to read this section in:',

  'partners.section': 'Section',
  'partners.link': 'Short link',
  'partners.page': 'Page',

  'role.table.caption': 'Customer roles and what each one allows',
  'role.table.role': 'Role',
  'role.table.permission': 'What this role can do',
  'role.account-administrator.name': 'Account administrator',
  'role.account-administrator.permission': 'Can manage every task in the Business Center.',
  'role.agreement-administrator.name': 'Agreement administrator',
  'role.agreement-administrator.permission': 'Can view information about agreements.',
  'role.user-administrator.name': 'User administrator',
  'role.user-administrator.permission': 'Can manage other users.',
  'role.account-manager.name': 'Account manager',
  'role.account-manager.permission':
    'Can edit active agreements, handle self-service provisioning and download software; can view agreements, keys, orders, license details and reports.',
  'role.report-viewer.name': 'Report viewer',
  'role.report-viewer.permission': 'Can view agreements, keys, orders, license details and reports.',
  'role.account-viewer.name': 'Account viewer',
  'role.account-viewer.permission': 'Can view agreements, orders, license details and reports.',

  'figure.example': 'Example',
  'figure.email.caption': 'The invitation email the purchasing account administrator receives (example).',
  'figure.email.from': 'From: Microsoft',
  'figure.email.title': 'Explore the new Microsoft Business Center',
  'figure.email.subtitle': 'A better way to manage products and services for your organization',
  'figure.email.listed':
    'You are receiving this invitation because you are listed as the purchasing account contact on Microsoft Products and Services Agreement (MPSA) number {agreement}.',
  'figure.email.registerWith': 'To start using the Business Center, register with this work account:',
  'figure.email.cta': 'Get started now',
  'figure.email.about':
    'In the Business Center, people in your organization can securely view your MPSA information, view volume licensing orders and inventory, download software and keys, set up and manage online services, and more.',
  'figure.email.workAddress':
    'Because you are accepting this invitation with a work email address, your employer may control your communications and data, and its policies apply to your use of the service.',
  'figure.email.questions': 'Questions? Contact your Microsoft sales representative.',

  'figure.signIn.caption': 'The Business Center sign-in page, with the link for a missing invitation below the sign-in box.',
  'figure.signIn.title': 'Sign in to the Business Center',
  'figure.signIn.email': 'Work email address',
  'figure.signIn.password': 'Password',
  'figure.signIn.button': 'Sign in',
  'figure.signIn.noInvitation': 'Didn’t receive an invitation email?',
  'figure.signIn.noInvitationNote': 'For the purchasing account administrator only',

  'figure.resend.caption': 'The form for asking to have the invitation sent again.',
  'figure.resend.heading': 'Please enter your email address and account information',
  'figure.resend.intro': 'Once we’re sure this is you, we’ll send your invitation to the Business Center again.',
  'figure.resend.email': 'Email address',
  'figure.resend.agreement': 'Agreement number',
  'figure.resend.purchasingAccount': 'Purchasing account number',
  'figure.resend.submit': 'Submit',

  'figure.account.caption': 'The “Create your organizational account” page that opens from the invitation.',
  'figure.account.heading': 'Create your organizational account',
  'figure.account.email': 'Work email',
  'figure.account.emailNote': 'Not you? Contact your partner or support to change the email address.',
  'figure.account.name': 'Name',
  'figure.account.password': 'Create password',
  'figure.account.confirm': 'Confirm your password',
  'figure.account.country': 'Country or region',
  'figure.account.countryMissing': 'Not seeing your country or region?',
  'figure.account.terms':
    'By choosing Start, you accept the terms of use, and your name and email address will be visible to other people in your organization. See the privacy policy.',
  'figure.account.start': 'Start',
  'figure.account.hidden': '(hidden)',

  'figure.invite.caption': 'Account > Manage access > Manage users > Invite users, with one row filled in.',
  'figure.invite.menu': 'Account',
  'figure.invite.page': 'Manage access',
  'figure.invite.tab': 'Manage users',
  'figure.invite.heading': 'Invite users',
  'figure.invite.email': 'Email address',
  'figure.invite.name': 'Name',
  'figure.invite.language': 'Preferred language',
  'figure.invite.country': 'Country/region',
  'figure.invite.roles': 'Roles',
  'figure.invite.addRow': 'Add another row',
  'figure.invite.invite': 'Invite',
  'figure.invite.inviteAnother': 'Invite another user',
} as const;
