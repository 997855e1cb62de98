import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../../src/report/pdf/queue.js';

describe('JobQueue', () => {
  it('gives jobs in order, makes takers wait for the next one, and null once closed and empty', async () => {
    const q = new JobQueue<number>();
    q.push(1);
    expect(await q.take()).toBe(1);
    const waiting = [q.take(), q.take()];
    q.push(2);
    q.push(3);
    q.push(4);
    expect(await Promise.all(waiting)).toEqual([2, 3]);
    expect(q.peek()).toBe(4);
    const last = q.take();
    const after = q.take();
    q.close();
    expect(await last).toBe(4);
    expect(await after).toBeNull();
    expect(() => q.push(5)).toThrow(/fermée/);
  });

  it('drops what was not taken when cancelled, and ignores later jobs', async () => {
    const q = JobQueue.of([1, 2, 3]);
    expect(await q.take()).toBe(1);
    q.cancel();
    expect(await q.take()).toBeNull();
    q.push(4);
    expect(q.peek()).toBeUndefined();
  });

  it('says each time a job is handed out, queued or awaited', async () => {
    let taken = 0;
    const q = new JobQueue<number>(() => taken++);
    q.push(1);
    const waiting = q.take();
    expect(taken).toBe(1);
    const next = q.take();
    q.push(2);
    expect(await waiting).toBe(1);
    expect(await next).toBe(2);
    expect(taken).toBe(2);
    q.close();
    await q.take();
    expect(taken).toBe(2);
  });

  it('releases waiting takers when cancelled', async () => {
    const q = new JobQueue<number>();
    const waiting = q.take();
    q.cancel();
    expect(await waiting).toBeNull();
  });
});
