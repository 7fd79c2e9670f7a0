/** Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver, no download). */
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import type { Engine, ElementRef } from './engine';
import { findInPage, type Query } from './pageQueries';
import { listenForProblems, problemsKey, readProblems } from './problems';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const handle = (element: ElementRef) => element as ElementHandle<Element>;

export async function launchFirefox(origin: string, viewport = { width: 1280, height: 800 }): Promise<Engine> {
  // Firefox takes its time to start on a busy machine (24 s was seen beside other test runs).
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, protocol: 'webDriverBiDi', headless: true, defaultViewport: viewport, timeout: 90_000 });
  const page = await browser.newPage();
  // Errors the page's own listener cannot hear (a module that fails to parse, the console's
  // CSP reports) reach puppeteer as page errors over BiDi's log events.
  const heard: string[] = [];
  page.on('pageerror', (error) => heard.push(`${new URL(page.url()).pathname}: ${error instanceof Error ? error.message : String(error)}`));
  await page.evaluateOnNewDocument(listenForProblems, problemsKey);
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    name: `Firefox ESR ${version}`,
    async goto(path) {
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown[] as never[])) as never,
    async find(query: Query) {
      const found = await page.evaluateHandle(findInPage, query);
      const element = found.asElement();
      if (element) return element;
      await found.dispose();
      return null;
    },
    click: (element) => handle(element).click(),
    type: async (element, text) => {
      await handle(element).click();
      await handle(element).type(text);
    },
    hover: (element) => handle(element).hover(),
    select: async (element, value) => {
      await handle(element).select(value);
    },
    async problems() {
      return [...heard, ...(await page.evaluate(readProblems, problemsKey))];
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png`, fullPage: false });
    },
    close: () => browser.close(),
  };
}
