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
  'search.partial': 'No section has every word. Showing sections with: {found}. Not found: {missing}.',
  'search.partialEach': 'No section has every word. Showing sections with some of them: {found}.',

  'nav.guide': 'Guide',
  'nav.toc': 'On this page',
  'nav.breadcrumbs': 'Breadcrumb',
  'nav.home': 'Home',
  'nav.pagination': 'More of the guide',
  'nav.previous': 'Previous',
  'nav.next': 'Next',

  'heading.anchor': 'Link to this section',
  'page.updated': 'Last updated: {date}',
  'fallback.notice': 'This page has not been translated into your language yet, so you are reading it in English.',

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
  'role.account-administrator.permission': 'Can manage every task in the Business Center.',
  'role.agreement-administrator.permission': 'Can view information about agreements.',
  'role.user-administrator.permission': 'Can manage other users.',
  'role.account-manager.permission':
    'Can edit active agreements, handle self-service provisioning and download software; can view agreements, keys, orders, license details and reports.',
  'role.report-viewer.permission': 'Can view agreements, keys, orders, license details and reports.',
  'role.account-viewer.permission': 'Can view agreements, orders, license details and reports.',

  // Captions are the guide's words; the portal's texts in a figure come from the simulator's dictionary.
  'figure.example': 'Example',
  'figure.email.caption': 'The invitation email the purchasing account administrator receives (example).',
  'figure.resend.caption': 'The form for asking to have the invitation sent again.',
  'figure.account.caption': 'The “Create your organizational account” page that opens from the invitation.',
  'figure.invite.caption': 'Account > Manage access > Manage users > Invite users, with one row filled in.',
  'figure.domains.caption': 'Account › Domains once an administrator has associated contoso.com (example).',

  'figure.signIn.caption': 'The Business Center sign-in page, with the link for a missing invitation below the sign-in box.',
  'figure.profile.caption': 'My profile, opened from your user name at the top right: your name, address, roles, preferred language and country or region.',
  'figure.roles.caption': 'Manage users › a user’s roles: tick the roles the person should hold, then save.',

  // The practice pages: the list of scenarios and one scenario's page around the simulator.
  'practice.header': 'Practice',
  'practice.list.title': 'Practice scenarios',
  'practice.list.description': 'Short tasks in the simulator that set themselves up and check your work against the portal’s rules.',
  'practice.list.intro': 'Each task opens the simulator where it begins and ticks its checklist as you go. What you do here never changes the free simulator.',
  'practice.list.record': 'Your progress is kept in this browser only.',
  'practice.progress': '{done} of {total} done',
  'practice.status': 'Status:',
  'practice.status.not-started': 'Not started',
  'practice.status.in-progress': 'In progress',
  'practice.status.done': 'Done',
  'practice.section': 'In the guide:',
  'practice.recovered': 'The practice record in this browser could not be read, so it starts again from nothing.',
  'practice.back': 'All practice scenarios',
  'practice.goal': 'Your goal',
  'practice.checklist': 'Checklist',
  'practice.check.passed': 'done',
  'practice.check.open': 'not yet',
  'practice.check.announce': 'Done: {check}',
  'practice.hints': 'Hints',
  'practice.hint.show': 'Show a hint',
  'practice.hint.more': 'Show another hint',
  'practice.hint.last': 'That was the last hint.',
  'practice.hint.read': 'Read in the guide: {section}',
  'practice.startOver': 'Start over',
  'practice.startOver.done': 'The scenario starts again from the beginning.',
  'practice.showMe': 'Show me',
  'practice.showMe.pause': 'Pause',
  'practice.showMe.resume': 'Resume',
  'practice.showMe.step': 'Step {step} of {total}',
  'practice.showMe.finished': 'That is the whole solution.',
  'practice.question.submit': 'Answer',
  'practice.question.wrong': 'Not quite. Read the question again and try once more.',
  'practice.debrief': 'Well done',
  'practice.debrief.read': 'Read the guide section: {section}',
  'practice.mailbox.open': 'Open the mailbox',
  'practice.mailbox.close': 'Close the mailbox',
  'practice.loading': 'Setting up the scenario…',
  'practice.loadFailed': 'The scenario could not be set up. Reload the page to try again.',
  'practice.noscript': 'Practice needs JavaScript: the simulator runs in your browser.',

  // Links into practice: the short link /go/practice/<id>/, the try-it panels' and the partners
  // page's lists of scenarios, and the simulator's introduction card.
  'practiceLink.go.title': 'Open a practice scenario',
  'practiceLink.go.intro': 'Choose the language you want to practise this scenario in:',
  'practiceLink.tryIt': 'Practise it as a scenario:',
  'practiceLink.partners.scenario': 'Practice scenario',
  'practiceLink.simulator.lead': 'Or take a practice scenario: a short task that sets itself up and checks your work.',
  'practiceLink.simulator.all': 'All {count} practice scenarios',
} as const;
