import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createBrowserPortal, STORAGE_KEY } from '../../../src/store/browserPortal';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import { parseDocument } from '../../../src/store/parseDocument';
import { createSeed } from '../../../src/store/seed';
import { actAs, peek, populate, roleSetsArbitrary, runStep, scenarioArbitrary } from '../../fixtures/store/commandModel';
import { FakeStorage } from '../../fixtures/store/fakeStorage';
import { counter, PASSWORD } from '../../fixtures/store/world';

const hasher = createPbkdf2Hasher(1);

/** Sets the value at a random path of a JSON tree: a valid document made subtly wrong (or not). */
function mutate(tree: unknown, pick: number, value: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  walk(tree, []);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return value;
  const copy = structuredClone(tree) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) ?? ''] = value;
  return copy;
}

const validText = JSON.stringify({ version: 2, revision: 3, state: createSeed({ newId: counter() }) });
const anyStoredText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string()).map(([at, cut, insert]) => {
    const index = at % validText.length;
    return validText.slice(0, index) + insert + validText.slice(index + cut);
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => JSON.stringify(mutate(JSON.parse(validText), pick, value))),
  fc.constant(validText),
);

describe('properties: storage', () => {
  it('any string in localStorage loads without throwing: recovered, or valid', async () => {
    await fc.assert(
      fc.asyncProperty(anyStoredText, async (text) => {
        const storage = new FakeStorage();
        storage.items.set(STORAGE_KEY, text);
        const errors: unknown[] = [];
        const api = createBrowserPortal({ storage, newId: counter(), hasher, reportError: (error) => errors.push(error) });
        const status = await api.getStatus();
        expect(status.recovery).toBe(parseDocument(text).ok ? 'none' : 'corrupt');
        expect(parseDocument(storage.items.get(STORAGE_KEY) ?? '').ok).toBe(true);
        // Whatever loaded, the portal keeps working on it.
        await api.signIn({ email: 'harry@contoso.com', password: PASSWORD });
        await api.listUsers();
        await api.advanceClock({ days: 1 });
        await api.listMailboxes();
        expect(errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('export then import gives the same state', async () => {
    await fc.assert(
      fc.asyncProperty(roleSetsArbitrary, scenarioArbitrary, async (roleSets, scenario) => {
        const source = createMemoryPortal({ newId: counter('a'), hasher });
        await populate(source, roleSets);
        for (const [actor, step] of scenario) {
          await actAs(source, actor);
          await runStep(source, step, await peek(source));
        }
        const file = await source.exportDocument();
        const storage = new FakeStorage();
        const target = createBrowserPortal({ storage, newId: counter('b'), hasher });
        expect(await target.importDocument(file)).toEqual({ ok: true });
        expect(await peek(target)).toEqual(await peek(source));
        // And the imported state survives a reload from storage.
        expect(await peek(createBrowserPortal({ storage, hasher }))).toEqual(await peek(source));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
