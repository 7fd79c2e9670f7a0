/**
 * The page side of "no script error and no CSP violation anywhere": a listener for `error`,
 * `unhandledrejection` and `securitypolicyviolation` that keeps what it hears in sessionStorage,
 * so it outlives the navigations of the smoke (the tab's session storage is per origin, and the
 * smoke never leaves the site). Firefox runs it before any of the page's own code (a BiDi preload
 * script); WebKitWebDriver has no such hook, so there it is installed by every query the smoke
 * makes, from the first one after the load event on (see the README's engines note).
 */
export const problemsKey = 'engine-smoke:problems';

/** Installs the listener once per document. Runs in the page: self-contained. */
export function listenForProblems(key: string): void {
  const marked = window as unknown as Record<string, unknown>;
  if (marked[key]) return;
  marked[key] = true;
  const keep = (line: string) => {
    const kept: string[] = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    kept.push(`${location.pathname}: ${line}`);
    sessionStorage.setItem(key, JSON.stringify(kept));
  };
  addEventListener('error', (event) => keep(`script error: ${event.message} (${event.filename}:${event.lineno})`));
  addEventListener('unhandledrejection', (event) => keep(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    keep(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}${event.sourceFile ? ` in ${event.sourceFile}:${event.lineNumber}` : ''}`));
}

/** What the listener kept. Runs in the page: self-contained. */
export function readProblems(key: string): string[] {
  return JSON.parse(sessionStorage.getItem(key) ?? '[]');
}
