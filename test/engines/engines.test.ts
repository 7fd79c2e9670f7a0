/**
 * `npm run test:engines`: the built site in Firefox ESR (over WebDriver BiDi) and WebKitGTK
 * (Safari's engine, over WebDriver), the engines Playwright's Chromium tests do not cover:
 * the simulator's first steps, a try-it panel started on intent, search, a practice scenario
 * through Show me, and no script error or CSP violation on the way. Run by Node's own test
 * runner: the functions sent into the pages run as written (Node only erases the types; a
 * bundler's transform could add helpers the page does not have), and a failing step is named
 * with its engine in the report.
 */
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Engine } from './engine';
import { firefoxPath, launchFirefox } from './firefox';
import { serveBuild, type SiteServer } from './siteServer';
import { panelOnIntent, practiceShowMe, searchFindsSection, simulatorFirstSteps, watchHearsProblems } from './steps';
import { miniBrowserPath, launchWebKit, webKitDriverPath } from './webkit';

const sitePort = Number(process.env.ENGINES_PORT ?? 4656);
const webKitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4657);

/** What each engine needs on the machine, and the Debian package that brings it. */
const needs = {
  firefox: [[firefoxPath, 'firefox-esr']],
  webkit: [[webKitDriverPath, 'webkit2gtk-driver'], [miniBrowserPath, 'webkit2gtk-driver'], ['/usr/bin/xvfb-run', 'xvfb'], ['/usr/bin/xauth', 'xauth']],
} as const;

/** Fails (never skips: a smoke that skips proves nothing) with what to install. */
function requireInstalled(engine: keyof typeof needs, label: string): void {
  const missing = needs[engine].filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`${label} is not installed here (missing ${missing.map(([path]) => path).join(', ')}): apt-get install ${[...new Set(missing.map(([, pkg]) => pkg))].join(' ')}`);
  }
}

let site: SiteServer | undefined;
before(async () => {
  site = await serveBuild(sitePort);
});
after(() => site?.stop());

const engines = [
  { key: 'firefox', label: 'Firefox ESR', launch: (origin: string) => launchFirefox(origin) },
  { key: 'webkit', label: 'WebKitGTK', launch: (origin: string) => launchWebKit(origin, webKitDriverPort) },
] as const;

for (const { key, label, launch } of engines) {
  describe(label, () => {
    let engine: Engine | undefined;
    const started = () => {
      if (!engine) throw new Error(`${label} did not start`);
      return engine;
    };
    before(async () => {
      requireInstalled(key, label);
      if (!site) throw new Error('the site server did not start');
      engine = await launch(site.origin);
    });
    after(async () => {
      await engine?.close();
    });

    it("the simulator's first steps: sign-in refuses Harry, the resend form, the mailbox", () => simulatorFirstSteps(started()));
    it('a try-it panel starts on intent and keeps what is typed', () => panelOnIntent(started()));
    it('search finds a section and opens it', () => searchFindsSection(started()));
    it('a practice scenario is completed through Show me', () => practiceShowMe(started()));
    it('no script error and no CSP violation on any page', async () => {
      const problems = await started().problems();
      if (problems.length > 0) throw new Error(`${started().name}: ${problems.length} problem(s):\n${problems.join('\n')}`);
    });
    it('the watch hears a script error and a CSP violation (so the check above can fail)', () => watchHearsProblems(started()));
  });
}
