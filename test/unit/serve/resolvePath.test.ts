import { isAbsolute, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathInBuild } from '../../../scripts/serve/resolvePath.mjs';

const root = '/srv/site/dist';
const bases = fc.constantFrom('/', '/help/');
/** Pieces an attacker spells a way out of a folder with, in every encoding a server might decode. */
const piece = fc.constantFrom('..', '.', '/', '\\', '%2e', '%2E', '%2f', '%2F', '%5c', '%5C', '%25', '%252e', '%252f', '%c0%ae', '%c0%af', '%e0%80%ae', '%00', '\0', '%', '%e0%a4', '?', 'help', 'en', '_headers', '_nginx', 'etc', 'passwd', 'a');
const hostileTargets = fc.array(piece, { maxLength: 24 }).map((pieces) => `/${pieces.join('')}`);
const anyTargets = fc.oneof(fc.string({ unit: 'binary' }), fc.webPath(), hostileTargets);

/** Whether a file path is the root or inside it (`....` is a name inside it, `..` and `../x` are not). */
const inside = (file: string) => {
  const path = relative(root, file);
  return !isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`);
};

describe('the file a request names (scripts/serve/resolvePath.mjs)', () => {
  it('reads folders and files below the base path, each segment decoded once', () => {
    expect(pathInBuild('/', '/')).toEqual({ segments: [], folder: true });
    expect(pathInBuild('/en/roles/?from=partner', '/')).toEqual({ segments: ['en', 'roles'], folder: true });
    expect(pathInBuild('/help/en/roles', '/help/')).toEqual({ segments: ['en', 'roles'], folder: false });
    expect(pathInBuild('/help', '/help/')).toEqual({ segments: [], folder: false });
    expect(pathInBuild('/go/%E3%83%AD%E3%83%BC%E3%83%AB/', '/')).toEqual({ segments: ['go', 'ロール'], folder: true });
    expect(pathInBuild('/en/%252e%252e/', '/')).toEqual({ segments: ['en', '%2e%2e'], folder: true });
  });

  it('names nothing for malformed escapes, traversal, empty segments, other base paths and the files written for hosts', () => {
    for (const target of ['/%', '/go/roles%E0%A4/', '/en/%C0%AE%C0%AE/', '/en/../x', '/en/%2e%2e/x', '/en/..%2f_headers', '/en/%5c..', '/a%00b', '//etc/passwd', '/_headers', '/%5Fheaders', '/_nginx/csp.conf', '/_nginx/', '*', 'http://evil.example/']) {
      expect(pathInBuild(target, '/'), target).toBeUndefined();
    }
    expect(pathInBuild('/en/', '/help/')).toBeUndefined();
    expect(pathInBuild('/helpx/en/', '/help/')).toBeUndefined();
    expect(pathInBuild('/help/_headers', '/help/')).toBeUndefined();
  });

  it('never throws and never leaves the build, whatever the target', () => {
    fc.assert(
      fc.property(anyTargets, bases, (target, base) => {
        const path = pathInBuild(target, base);
        if (!path) return;
        expect(inside(join(root, ...path.segments))).toBe(true);
        for (const segment of path.segments) expect(segment).not.toMatch(/^\.\.?$|[/\\\0]/);
        expect(path.segments[0] === '_nginx' || (path.segments[0] === '_headers' && path.segments.length === 1)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
