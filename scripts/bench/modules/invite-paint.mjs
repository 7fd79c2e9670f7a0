// Time from a click to the next paint in the simulator's Manage users, in Chromium: the Invite
// button (submitting one valid row) and the Invite users button (opening the form), 20 times each.
/* global window, addEventListener, requestAnimationFrame, MessageChannel, performance */
import { sim as screens } from '../../../src/i18n/en/sim.ts';
import { mail as enMail } from '../../../src/i18n/en/mail.ts';

// The English texts whole, as the page shows them: the screens' and the emails' (role names).
const en = { ...screens, ...enMail };
import { launchChromium, withPage } from '../chromium.mjs';
import { islandsMounted } from '../page-js.mjs';
import { stats, timingColumns } from '../stats.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */
/** @typedef {import('@playwright/test').Page} Page */

const RUNS = 20;
const PAGE = '/en/simulator/';
const HARRY = 'harry@contoso.com';

/**
 * In the page: for every click, the time from the event's timeStamp (the input, so input delay
 * counts) to the first task after the next frame (requestAnimationFrame, then a MessageChannel
 * message, which runs once that frame has been handed to the compositor).
 * @param {Page} page
 */
const listenForPaints = (page) => page.evaluate(() => {
  /** @type {number[]} */
  const paints = [];
  Object.assign(window, { benchPaints: paints });
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { paints.push(performance.now() - start); };
      channel.port2.postMessage(null);
    });
  }, { capture: true });
});

/** Clicks and returns the click-to-paint time of that click in ms. @param {Page} page @param {import('@playwright/test').Locator} target */
async function timedClick(page, target) {
  const before = await page.evaluate(() => /** @type {any} */ (window).benchPaints.length);
  await target.click();
  await page.waitForFunction((count) => /** @type {any} */ (window).benchPaints.length > count, before);
  return page.evaluate((index) => /** @type {any} */ (window).benchPaints[index], before);
}

/** Harry accepts his invitation (as test/e2e/simulator.spec.ts does) and opens Manage users. @param {Page} page */
async function signUp(page) {
  await page.getByRole('list', { name: HARRY }).getByRole('listitem').first().getByRole('link', { name: en['mail.button'] }).click();
  await page.getByLabel(en['accept.password'], { exact: true }).fill('Practice-Pass1');
  await page.getByLabel(en['accept.confirmPassword'], { exact: true }).fill('Practice-Pass1');
  await page.getByRole('button', { name: en['accept.submit'] }).click();
  await page.getByRole('link', { name: `${en['portal.account']} › ${en['portal.manageAccess']}` }).click();
  await page.getByRole('heading', { name: en['users.heading'] }).waitFor();
}

/** @type {BenchModule} */
export default {
  id: 'invite-paint',
  title: `Simulator, Manage users: click to next paint, in Chromium (ms, ${RUNS} clicks each)`,
  columns: [
    { key: 'click', label: 'Click' },
    ...timingColumns,
  ],
  async run(ctx) {
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const times = await withPage(ctx, browser, PAGE, async (page, address) => {
      await page.goto(address);
      await islandsMounted(page);
      await signUp(page);
      await listenForPaints(page);
      /** @type {{ open: number[], invite: number[] }} */
      const measured = { open: [], invite: [] };
      for (let run = 1; run <= RUNS; run += 1) {
        ctx.log(`invite-paint run ${run}/${RUNS}…`);
        measured.open.push(await timedClick(page, page.getByRole('button', { name: en['invite.open'], exact: true })));
        await page.getByLabel(en['invite.email']).fill(`mai${run}@contoso.com`);
        await page.getByLabel(en['invite.name']).fill(`Mai Contoso ${run}`);
        await page.getByRole('checkbox', { name: en['role.report-viewer'] }).check();
        measured.invite.push(await timedClick(page, page.getByRole('button', { name: en['invite.submit'], exact: true })));
        await page.getByText(en['invite.done'].replace('{names}', `mai${run}@contoso.com`)).waitFor();
        await page.getByRole('button', { name: en['invite.close'] }).click();
      }
      return measured;
    });
    return {
      rows: [
        { click: `${en['invite.submit']} (submit one valid row: mai1…mai${RUNS}@contoso.com, ${en['role.report-viewer']})`, ...stats(times.invite) },
        { click: `${en['invite.open']} (open the form)`, ...stats(times.open) },
      ],
      notes: [
        `${PAGE} in Chromium (Playwright clicks, fresh profile), signed up as ${HARRY}. Each time: from the click event's timeStamp (so input delay counts) to the first task after the next frame (requestAnimationFrame, then a MessageChannel message), recorded in the page by a capture listener; not the Event Timing API, which leaves out events under 16 ms.`,
        `Each run opens the form (first row timed), fills a new address, name and role, submits (second row timed), waits for the confirmation and goes back to the user list. Run 1 is the first opening of the form: ${times.open[0]?.toFixed(1)} ms.`,
      ],
      details: times,
    };
  },
};
