/**
 * The smoke's steps, written once for every engine: what a reader does on the English pages,
 * found by the site's own labels (the dictionaries, through their registries).
 */
import { useTranslations } from '../../src/i18n';
import { simTranslations } from '../../src/i18n/sim';
import type { ElementRef, Engine } from './engine';
import type { Query } from './pageQueries';

const t = simTranslations('en');
const ui = useTranslations('en');

/** Fictional people and numbers of the seeded story (Contoso), as the simulator's tests use them. */
const harry = 'harry@contoso.com';
const agreementNumber = '1234567890';
const purchasingAccountNumber = '5012345678';

/** Patience for one thing to appear: the islands load and the store answers asynchronously. */
const patience = 20_000;

/** A failure that names the engine and the step, as the report of `npm test` should. */
export class StepFailure extends Error {
  constructor(engine: Engine, step: string, what: string) {
    super(`${engine.name}, ${step}: ${what}`);
  }
}

/** Polls until `check` gives a value other than null/false, or fails naming what was awaited. */
async function until<T>(engine: Engine, step: string, what: string, check: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + patience;
  for (;;) {
    const value = await check();
    if (value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new StepFailure(engine, step, `${what} (waited ${patience / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const describe = (query: Query) => `${query.role} "${query.name}"${query.within ? ` in ${query.within}` : ''}`;

/** Waits for an element answering the query. */
const shown = (engine: Engine, step: string, query: Query): Promise<ElementRef> =>
  until(engine, step, `no ${describe(query)} appeared`, () => engine.find(query));

/** Waits until every island of the page has mounted (`data-started`), so what is typed goes to the live screens. */
const islandsStarted = (engine: Engine, step: string) =>
  until(engine, step, 'the page\'s islands did not start', () =>
    engine.run(() => {
      const islands = [...document.querySelectorAll('[data-island]')];
      return islands.length > 0 && islands.every((island) => island.hasAttribute('data-started'));
    }));

/** The value of the field with this label, once it is there. */
const valueOf = (engine: Engine, label: string, within?: string) =>
  engine.run((name: string, scope: string | null) => {
    const root = scope ? document.querySelector(scope) : document;
    const field = [...(root?.querySelectorAll<HTMLInputElement>('input, textarea') ?? [])].find((input) => input.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() === name);
    return field?.value ?? null;
  }, label, within ?? null);

/** The simulator story's first steps: sign-in refuses Harry and says why; the resend form; the mailbox. */
export async function simulatorFirstSteps(engine: Engine): Promise<void> {
  let step = 'simulator: sign-in refuses an unregistered Harry';
  await engine.goto('/en/simulator/');
  await islandsStarted(engine, step);
  await engine.type(await shown(engine, step, { role: 'field', name: t('signIn.email') }), harry);
  await engine.type(await shown(engine, step, { role: 'field', name: t('signIn.password') }), 'Whatever-1');
  await engine.click(await shown(engine, step, { role: 'button', name: t('signIn.submit') }));
  await shown(engine, step, { role: 'alert', name: t('error.signIn.invitationPending') });

  step = 'simulator: the resend form';
  await engine.click(await shown(engine, step, { role: 'link', name: t('signIn.resend') }));
  await until(engine, step, `the heading "${t('resend.heading')}" did not take focus`, () =>
    engine.run((name: string) => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === name, t('resend.heading')));
  await engine.type(await shown(engine, step, { role: 'field', name: t('resend.email') }), harry);
  await engine.type(await shown(engine, step, { role: 'field', name: t('resend.agreementNumber') }), agreementNumber);
  await engine.type(await shown(engine, step, { role: 'field', name: t('resend.purchasingAccountNumber') }), purchasingAccountNumber);
  await engine.click(await shown(engine, step, { role: 'button', name: t('resend.submit') }));
  await shown(engine, step, { role: 'heading', name: t('resend.doneHeading') });
  await shown(engine, step, { role: 'text', name: t('notice.resend.received') });

  step = 'simulator: the mailbox shows the invitation';
  await engine.select(await shown(engine, step, { role: 'field', name: t('mailbox.address') }), harry);
  const subject = t('mail.invitation.purchasing-administrator.subject');
  const newest = await until(engine, step, `Harry's mailbox did not list two invitations, the newest "${subject}"`, () =>
    engine.run((address: string) => {
      const list = [...document.querySelectorAll('ul, ol')].find((element) => element.getAttribute('aria-label') === address);
      const items = list ? [...list.querySelectorAll(':scope > li')] : [];
      return items.length === 2 ? (items[0]?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '') : false;
    }, harry));
  if (newest !== subject) throw new StepFailure(engine, step, `the newest email is "${newest}", not "${subject}"`);
  await shown(engine, step, { role: 'link', name: t('mail.button') });
}

/** The domains section's try-it panel: no script before intent; the pointer over it starts it; what is typed stays. */
export async function panelOnIntent(engine: Engine): Promise<void> {
  const step = 'try-it panel on /en/domains/';
  const panel = 'section.try-it:has([data-island="domains"])';
  await engine.goto('/en/domains/');
  const early = await engine.run(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')));
  if (early.length > 0) throw new StepFailure(engine, step, `scripts loaded before any intent: ${early.join(', ')}`);
  await engine.hover(await shown(engine, step, { role: 'css', name: panel }));
  const started = `${panel} [data-island][data-started] .sim-portal`;
  await until(engine, step, 'the panel did not start after the pointer moved over it', () =>
    engine.run((selector: string) => document.querySelector(selector) !== null, started));
  const email = await shown(engine, step, { role: 'field', name: t('signIn.email'), within: panel });
  await engine.type(email, harry);
  await engine.click(await shown(engine, step, { role: 'button', name: t('signIn.submit'), within: panel }));
  await until(engine, step, 'signing in without a password did not mark the password field', () =>
    engine.run((scope: string, name: string) => [...document.querySelectorAll<HTMLInputElement>(`${scope} input`)]
      .some((input) => input.labels?.[0]?.textContent?.trim() === name && input.getAttribute('aria-invalid') === 'true'), panel, t('signIn.password')));
  const kept = await valueOf(engine, t('signIn.email'), panel);
  if (kept !== harry) throw new StepFailure(engine, step, `the typed address was not kept: the field holds "${kept}"`);
}

/** Search from the header: a query finds its section, and the result opens it. */
export async function searchFindsSection(engine: Engine): Promise<void> {
  const step = 'search';
  await engine.goto('/en/');
  await engine.click(await shown(engine, step, { role: 'button', name: ui('search.open'), within: 'header' }));
  await shown(engine, step, { role: 'dialog', name: ui('search.dialog') });
  await engine.type(await shown(engine, step, { role: 'css', name: 'input[type="search"]', within: 'dialog' }), 'purchasing account number');
  const href = await until(engine, step, 'the query "purchasing account number" listed no section', () =>
    engine.run(() => document.querySelector('[data-search-results] a')?.getAttribute('href') ?? null));
  const fragment = href.split('#')[1];
  if (!fragment) throw new StepFailure(engine, step, `the first result links a page, not a section: ${href}`);
  await engine.click(await shown(engine, step, { role: 'css', name: `[data-search-results] a[href="${href}"]` }));
  await until(engine, step, `the result did not open its section #${fragment}`, () =>
    engine.run((id: string) => {
      const section = document.getElementById(id);
      if (location.hash !== `#${id}` || !section) return false;
      const box = section.getBoundingClientRect();
      return box.top < innerHeight && box.bottom > 0;
    }, fragment));
}

/** A practice scenario completed by Show me. */
export async function practiceShowMe(engine: Engine): Promise<void> {
  const step = 'practice: resend-after-expiry through Show me';
  await engine.goto('/en/practice/resend-after-expiry/?pace=60');
  await islandsStarted(engine, step);
  await engine.click(await shown(engine, step, { role: 'button', name: ui('practice.showMe') }));
  await shown(engine, step, { role: 'heading', name: ui('practice.debrief') });
  await shown(engine, step, { role: 'text', name: ui('practice.showMe.finished') });
}

/**
 * The watch itself, last: an inline script the CSP refuses and a thrown error are heard in this
 * engine, so "no script error and no CSP violation" above is a check that can fail.
 */
export async function watchHearsProblems(engine: Engine): Promise<void> {
  const step = 'the watch for script errors and CSP violations';
  await engine.goto('/en/');
  await engine.run(() => {
    const refused = document.createElement('script');
    refused.textContent = 'void "engine smoke: refused by the CSP"';
    document.head.append(refused);
    setTimeout(() => {
      throw new Error('engine smoke: a deliberate error');
    });
  });
  await until(engine, step, 'a refused inline script and a thrown error were not both heard', async () => {
    const problems = await engine.problems();
    return problems.some((line) => /CSP|Content-Security-Policy/.test(line)) && problems.some((line) => line.includes('engine smoke: a deliberate error'));
  });
}
