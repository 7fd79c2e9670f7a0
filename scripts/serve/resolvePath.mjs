// Which file of the build a request names, read from the request's target exactly as the client
// sent it. Nothing in it is trusted: the target is split into segments first and each segment
// decoded on its own, so no escape (`%2e%2e`, `%2f`, `%5c`, overlong `%c0%ae`, `%00`) can add a
// segment or step out of the build; a segment that does not decode is no file at all.

/** What the build writes for hosts, not for visitors (nginx refuses them too: deploy/nginx.conf). */
const hostFiles = (/** @type {string[]} */ segments) => (segments[0] === '_headers' && segments.length === 1) || segments[0] === '_nginx';

/**
 * One segment of a path, decoded; undefined for one that cannot be a name inside the build.
 * @param {string} raw
 * @returns {string | undefined}
 */
function decodeSegment(raw) {
  if (raw === '') return undefined;
  let segment;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    // A malformed escape (`%`, `%E0%A4`): a host answers 404 (or 400), never falls over.
    return undefined;
  }
  if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
  return segment;
}

/**
 * The path a request target names inside the build: its decoded segments below the base path,
 * and whether it ends with a slash (a folder's address). Undefined when it names nothing a
 * visitor may get: outside the base path, a malformed or traversing segment, an empty segment
 * (`//`), the files written for hosts, or a target that is not a path (`*`, `http://…`).
 * @param {string} target the request line's target (`/en/roles/?q=1`), undecoded
 * @param {string} base the site's base path, `/` or `/help/`
 * @returns {{ segments: string[], folder: boolean } | undefined}
 * @example pathInBuild('/help/en/roles/', '/help/') // { segments: ['en', 'roles'], folder: true }
 * @example pathInBuild('/en/%2e%2e/_headers', '/') // undefined
 */
export function pathInBuild(target, base) {
  if (!target.startsWith('/')) return undefined;
  const parts = (target.split('?')[0] ?? '').slice(1).split('/');
  const folder = parts.at(-1) === '';
  if (folder) parts.pop();
  /** @type {string[]} */
  const segments = [];
  for (const part of parts) {
    const segment = decodeSegment(part);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  const baseSegments = base.split('/').filter(Boolean);
  if (baseSegments.some((name, i) => segments[i] !== name)) return undefined;
  // `/help` leaves no segment and no slash: the build's folder without its slash, redirected.
  const inside = segments.slice(baseSegments.length);
  return hostFiles(inside) ? undefined : { segments: inside, folder };
}
