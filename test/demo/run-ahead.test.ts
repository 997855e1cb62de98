// runAhead: the demo's generation runs one step ahead of the import.
import { describe, expect, it } from 'vitest';
import { runAhead } from '../../src/demo/run-ahead.js';

/** A source that logs when each item starts and ends being produced, and when it is closed. */
function source(log: string[], items: number, failAt = -1) {
  return (async function* () {
    try {
      for (let i = 0; i < items; i++) {
        log.push(`start ${i}`);
        await new Promise((r) => setTimeout(r, 1));
        if (i === failAt) throw new Error(`fail ${i}`);
        log.push(`made ${i}`);
        yield i;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('runAhead', () => {
  it('gives every item in order, producing the next one while the current one is consumed', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const item of runAhead(source(log, 3))) {
      log.push(`use ${item}`);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(item);
    }
    expect(seen).toEqual([0, 1, 2]);
    // Item 1 is being made before item 0 is used, and never more than one item ahead.
    expect(log.indexOf('start 1')).toBeLessThan(log.indexOf('use 0'));
    expect(log.indexOf('start 2')).toBeGreaterThan(log.indexOf('use 0'));
    expect(log.filter((l) => l === 'closed')).toHaveLength(1);
    expect(log.indexOf('closed')).toBeGreaterThan(log.indexOf('made 2'));
  });

  it('closes the source when the consumer stops early or fails', async () => {
    const log: string[] = [];
    await expect(
      (async () => {
        for await (const item of runAhead(source(log, 5))) if (item === 1) throw new Error('import failed');
      })(),
    ).rejects.toThrow('import failed');
    expect(log.at(-1)).toBe('closed');
    expect(log).not.toContain('start 3');
  });

  it('passes a failure of the source on to the consumer, at the item that failed', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of runAhead(source(log, 5, 2))) seen.push(item);
      })(),
    ).rejects.toThrow('fail 2');
    expect(seen).toEqual([0, 1]);
  });
});
