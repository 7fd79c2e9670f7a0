import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '../../../src/domain/personName';
import { createProgressStore } from '../../../src/practice/progressStore';
import { emptyProgress, parseProgress, serializeProgress, traineeNamed } from '../../../src/practice/progress';
import { cleanTraineeName, TRAINEE_NAME_MAX } from '../../../src/practice/traineeName';

describe("the trainee's name on the practice record", () => {
  it("is cleaned by the simulator's own person-name rule: trimmed, spaces made one, invisible and bidi format characters removed", () => {
    expect(cleanTraineeName('  Harry \u200b Roldan\n')).toEqual({ ok: true, name: 'Harry Roldan' });
    expect(cleanTraineeName('\u202eHarry\u2066 Roldan\u2069\u00ad')).toEqual({ ok: true, name: 'Harry Roldan' });
    expect(cleanTraineeName('佐藤\u3000美奈')).toEqual({ ok: true, name: '佐藤 美奈' });
    expect(cleanTraineeName(' \u200b ')).toEqual({ ok: true, name: '' });
    expect(TRAINEE_NAME_MAX).toBe(MAX_NAME_LENGTH);
  });

  it('is refused, not cut, when too long (counted in characters, not UTF-16 units)', () => {
    expect(cleanTraineeName('a'.repeat(TRAINEE_NAME_MAX))).toMatchObject({ ok: true });
    expect(cleanTraineeName('a'.repeat(TRAINEE_NAME_MAX + 1))).toEqual({ ok: false, error: 'tooLong' });
    expect(cleanTraineeName('𠮷'.repeat(TRAINEE_NAME_MAX))).toMatchObject({ ok: true });
  });

  it('is kept with progress, read back, and forgotten when emptied', () => {
    const named = traineeNamed(emptyProgress, 'Harry Roldan');
    expect(parseProgress(serializeProgress(named))).toEqual({ progress: named, corrupt: false });
    expect(traineeNamed(named, '')).toEqual(emptyProgress);
    // A name the field accepts reads back, however many UTF-16 units its characters take.
    const astral = traineeNamed(emptyProgress, '𠮷'.repeat(TRAINEE_NAME_MAX));
    expect(parseProgress(serializeProgress(astral))).toEqual({ progress: astral, corrupt: false });
    // A stored name longer than the field allows is not a record this site wrote.
    expect(parseProgress(JSON.stringify({ version: 1, scenarios: {}, trainee: 'a'.repeat(TRAINEE_NAME_MAX + 1) })).corrupt).toBe(true);
  });
});

describe('progress when storage refuses a write', () => {
  it('goes on from memory: a later change is not made on the older stored record', () => {
    const items = new Map<string, string>();
    let refuse = false;
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem(key: string, value: string): void {
        if (refuse) throw new DOMException('full', 'QuotaExceededError');
        items.set(key, value);
      },
    };
    const store = createProgressStore(storage);
    refuse = true;
    store.change((progress) => traineeNamed(progress, 'Harry Roldan'));
    expect(store.unsaved).toBe(true);
    store.change((progress) => ({ ...progress, assessment: true }));
    expect(store.read()).toEqual({ scenarios: {}, trainee: 'Harry Roldan', assessment: true });
  });
});
