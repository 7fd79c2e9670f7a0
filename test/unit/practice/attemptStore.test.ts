import { describe, expect, it } from 'vitest';
import { parseAttempt, serializeAttempt } from '../../../src/practice/session/attemptStore';
import { serializeDocument } from '../../../src/store/parseDocument';
import { createSeed } from '../../../src/store/seed';

describe('a kept practice attempt', () => {
  let next = 0;
  const start = createSeed({ newId: () => `id-${(next += 1)}` });
  const document = serializeDocument(start, 0);

  it('reads back its start state, log and hints', () => {
    const attempt = { start, entries: [{ kind: 'opened', screen: 'profile', subject: 'mina@contoso.com' }] as const, hints: 2, done: true, assessed: false };
    expect(parseAttempt(serializeAttempt(attempt, document))).toEqual(attempt);
  });

  it('reads back an assessed attempt and its hand-in', () => {
    const attempt = { start, entries: [], hints: 0, done: false, assessed: true, handedIn: 'failed' } as const;
    expect(parseAttempt(serializeAttempt(attempt, document))).toEqual(attempt);
  });

  it('reads an attempt kept before assessment mode existed as a practice attempt', () => {
    const before = JSON.stringify({ version: 1, start: document, entries: [], hints: 1, done: false });
    expect(parseAttempt(before)).toMatchObject({ hints: 1, assessed: false });
    expect(parseAttempt(before)).not.toHaveProperty('handedIn');
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, start: document, entries: [], hints: 0, done: false })],
    ['an invalid start state', JSON.stringify({ version: 1, start: '{}', entries: [], hints: 0, done: false })],
    ['an entry of no known kind', JSON.stringify({ version: 1, start: document, entries: [{ kind: 'cheat' }], hints: 0, done: false })],
  ])('is not trusted with %s: the attempt starts again', (_, text) => {
    expect(parseAttempt(text)).toBeUndefined();
  });
});
