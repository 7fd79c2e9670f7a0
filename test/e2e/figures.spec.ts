/**
 * The guide's figures are the simulator's screens: for each figure, in each locale, every label
 * the simulator shows in that state (headings, field labels, buttons, links, read by role) and
 * every sentence of it is in the figure, and the figure is a picture: nothing in it takes focus, submits or announces.
 */
import { test, type Locator, type Page } from '@playwright/test';
import type { PortalState } from '../../src/domain/state';
import { example } from '../../src/guide/exampleData';
import { useTranslations, type UiKey } from '../../src/i18n';
import { locales, type Locale } from '../../src/i18n/locales';
import { simTranslations, type SimTranslate } from '../../src/i18n/sim';
import { createSeed } from '../../src/store/seed';
import { counter, harrySignedIn, seeded, withActive } from '../fixtures/store/world';
import { expect } from './support/simulator';
import { startFrom } from './support/storeDocument';

interface FigureCase {
  /** The guide page and the figure's caption there. */
  readonly page: string;
  readonly caption: UiKey;
  /** The stored state the simulator starts from. */
  readonly state: (locale: Locale) => PortalState;
  /** The simulator's screen: its #fragment on the simulator page. */
  readonly hash: string;
  /** What the learner does there to reach the screen, and the screen's root element. */
  readonly open: (page: Page, t: SimTranslate) => Promise<Locator>;
}

/** The seed as the simulator starts it on a page in `locale`: Harry reads his invitation in it. */
function seedIn(locale: Locale): PortalState {
  return createSeed({ newId: counter('seed'), language: locale });
}

/** Harry signed in, preferring the page's language (as a store started on that page has him). */
function harryIn(locale: Locale): PortalState {
  const state = harrySignedIn();
  return { ...state, users: state.users.map((user) => ({ ...user, preferredLanguage: locale })) };
}

function withContosoDomain(): PortalState {
  const state = harrySignedIn();
  return { ...state, domains: [{ name: example.domain, associatedAt: state.clock.now, associatedBy: state.users[0]?.id ?? '' }] };
}

/** Harry signed in, with Mina Sato (the guide's colleague) active as an Account viewer, as the roles figure shows her. */
function withMina(): PortalState {
  const state = withActive(harrySignedIn(), example.colleagueEmail, ['account-viewer']);
  return { ...state, users: state.users.map((user) => (user.email === example.colleagueEmail ? { ...user, name: example.colleagueName } : user)) };
}

const screen = (page: Page, selector: string, heading: string) => page.locator(selector).filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

const figures: Record<string, FigureCase> = {
  'sign-in page': {
    page: 'get-invitation',
    caption: 'figure.signIn.caption',
    state: seedIn,
    hash: '',
    open: async (page, t) => screen(page, '.sim-screen', t('signIn.heading')),
  },
  'invitation email': {
    page: 'get-invitation',
    caption: 'figure.email.caption',
    state: seedIn,
    hash: '',
    open: async (page) => {
      const message = page.locator('.sim-message').first();
      await expect(message.getByRole('link')).toBeVisible();
      return message;
    },
  },
  resend: {
    page: 'get-invitation',
    caption: 'figure.resend.caption',
    state: seedIn,
    hash: '#/resend',
    open: async (page, t) => screen(page, '.sim-screen', t('resend.heading')),
  },
  'create account': {
    page: 'accept-invitation',
    caption: 'figure.account.caption',
    state: seedIn,
    hash: `#/accept/${seeded().invitations[0]?.token ?? ''}`,
    open: async (page, t) => screen(page, '.sim-screen', t('accept.heading')),
  },
  'Invite users': {
    page: 'invite-people',
    caption: 'figure.invite.caption',
    state: () => harrySignedIn(),
    hash: '#/users',
    open: async (page, t) => {
      await page.getByRole('button', { name: t('invite.open') }).click();
      return screen(page, '.sim-subform', t('invite.heading'));
    },
  },
  'My profile': {
    page: 'invite-people',
    caption: 'figure.profile.caption',
    state: harryIn,
    hash: '#/profile',
    open: async (page, t) => screen(page, '.sim-screen', t('profile.heading')),
  },
  'roles editor': {
    page: 'roles',
    caption: 'figure.roles.caption',
    state: withMina,
    hash: '#/users',
    open: async (page, t) => {
      await page.getByRole('button', { name: t('users.edit', { name: example.colleagueName }) }).click();
      return page.locator('form#roles');
    },
  },
  Domains: {
    page: 'domains',
    caption: 'figure.domains.caption',
    state: () => withContosoDomain(),
    hash: '#/domains',
    open: async (page, t) => screen(page, '.sim-screen', t('domains.heading')),
  },
};

const named = /^\s*- (heading|textbox|combobox|checkbox|button|link) "((?:[^"\\]|\\.)*)"/;

/** The names of a screen's headings, fields, buttons and links, as assistive technology reads them. */
async function labelsOf(root: Locator): Promise<string[]> {
  const snapshot = await root.ariaSnapshot();
  return snapshot.split('\n').flatMap((line) => {
    const match = named.exec(line);
    return match?.[2] ? [JSON.parse(`"${match[2]}"`) as string] : [];
  });
}

for (const locale of locales) {
  for (const [name, figure] of Object.entries(figures)) {
    test(`${locale}: the ${name} figure shows every label of the simulator's screen`, async ({ page }) => {
      const t = simTranslations(locale);
      await startFrom(page, figure.state(locale));
      await page.goto(`/${locale}/simulator/${figure.hash}`);
      const root = await figure.open(page, t);
      await expect(root).toBeVisible();
      // Its labels by role, and its sentences (intro, hints, the email's text) and terms (My profile's) besides.
      const labels = [...(await labelsOf(root)), ...(await root.locator('p, dt').allInnerTexts())].filter((text) => text.trim());
      expect(labels.length).toBeGreaterThan(3);

      await page.goto(`/${locale}/${figure.page}/`);
      const picture = page.locator('figure').filter({ has: page.getByText(useTranslations(locale)(figure.caption), { exact: true }) });
      await expect(picture).toHaveCount(1);
      for (const label of labels) await expect(picture, label).toContainText(label);

      // A picture: nothing to tab to, submit or operate, nothing announced as it changes.
      const live = picture.locator('a, button, input, select, textarea, form, [tabindex], [contenteditable], [role="alert"], [role="status"], [aria-live]');
      await expect(live).toHaveCount(0);
      await expect(picture.getByRole('heading')).toHaveCount(0);
    });
  }
}
