import { describe, expect, it } from 'vitest';
import { nextLink } from '../../../src/practice/views/Debrief';
import type { PracticeTexts } from '../../../src/practice/views/texts';
import { attemptStarted, emptyProgress, nextScenario, scenarioDone, type Progress } from '../../../src/practice/progress';

const done = (progress: Progress, ...ids: string[]) => ids.reduce((now, id) => scenarioDone(attemptStarted(now, id), id, new Date('2026-12-01T00:00:00Z')), progress);
const order = ['a', 'b', 'c', 'd'];

describe('the scenario a debrief offers next', () => {
  it('is the next one in the list that is not done, going round to the start', () => {
    expect(nextScenario(order, 'b', emptyProgress)).toBe('c');
    expect(nextScenario(order, 'b', done(emptyProgress, 'c'))).toBe('d');
    expect(nextScenario(order, 'd', done(emptyProgress, 'a'))).toBe('b');
  });

  it('is none when every other scenario is done: the debrief then links to the record', () => {
    expect(nextScenario(order, 'c', done(emptyProgress, 'a', 'b', 'd'))).toBeUndefined();
    const texts = {
      ui: { next: 'Next scenario: {title}', nextRecord: 'See your record' },
      order: order.map((id) => ({ id, title: id.toUpperCase(), href: `/en/practice/${id}/` })),
      record: '/en/practice/summary/',
    } as unknown as PracticeTexts;
    expect(nextLink(texts, 'a', emptyProgress)).toEqual({ href: '/en/practice/b/', title: 'Next scenario: B' });
    expect(nextLink(texts, 'c', done(emptyProgress, 'a', 'b', 'd'))).toEqual({ href: '/en/practice/summary/', title: 'See your record' });
  });
});
