/**
 * WebKitGTK (Safari's engine) through Debian's WebKitWebDriver and its MiniBrowser, driven by
 * webdriverio over classic WebDriver, on a virtual display (`xvfb-run`). The sandbox and the
 * compositor are off: neither starts in a container without user namespaces or a GPU.
 * The window keeps its default size (1024 px wide): resizing it crashed the web process here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { remote } from 'webdriverio';
import type { Engine, ElementRef } from './engine';
import { findInPage, type Query } from './pageQueries';
import { listenForProblems, problemsKey, readProblems } from './problems';

export const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Resolves once something answers on the driver's port (it takes a moment to listen). */
async function driverListening(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode} before listening on port ${port}`);
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within 15 s`);
}

export async function launchWebKit(origin: string, driverPort: number): Promise<Engine> {
  // Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browser together.
  const driver = spawn('xvfb-run', ['-a', webKitDriverPath, `--port=${driverPort}`], {
    env: { ...process.env, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (driver.pid !== undefined && driver.exitCode === null) process.kill(-driver.pid, 'SIGTERM');
  };
  try {
    await driverListening(driverPort, driver);
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driverPort,
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } } as WebdriverIO.Capabilities,
    });
    const element = (ref: ElementRef) => browser.$(ref as never);
    const install = () => browser.execute(listenForProblems, problemsKey);
    return {
      name: `WebKitGTK ${String(browser.capabilities.browserVersion)}`,
      async goto(path) {
        await browser.url(new URL(path, origin).href);
        await install();
      },
      run: (fn, ...args) => browser.execute(fn as never, ...(args as unknown[] as never[])) as never,
      async find(query: Query) {
        await install();
        return browser.execute(findInPage, query);
      },
      click: (ref) => element(ref).click(),
      type: async (ref, text) => {
        await element(ref).click();
        await element(ref).addValue(text);
      },
      hover: async (ref) => {
        // WebKitWebDriver's pointer actions refuse a target outside the window: scroll first.
        const target = await element(ref);
        await browser.execute((into: Element) => into.scrollIntoView({ block: 'center' }), target as never);
        await target.moveTo();
      },
      select: (ref, value) => element(ref).selectByAttribute('value', value),
      async problems() {
        return browser.execute(readProblems, problemsKey);
      },
      async screenshot(file) {
        await browser.saveScreenshot(file);
      },
      async close() {
        try {
          await browser.deleteSession();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
