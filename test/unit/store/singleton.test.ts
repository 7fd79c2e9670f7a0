import { describe, expect, it } from 'vitest';
import { getPortal } from '../../../src/store/index';

describe('the page-wide portal outside a browser', () => {
  it('lives in memory during server rendering', async () => {
    expect(getPortal()).toBe(getPortal());
    expect((await getPortal().getStatus()).persistence).toBe('memory');
  });
});
