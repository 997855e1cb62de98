// Runs an async iteration one item ahead of its consumer: while the consumer works on item N
// (the demo imports a year), the source already produces item N + 1 (the next year is generated
// and zipped), so that generation and import share the two cores instead of taking turns.

/** The items of `source`, in order, the next one produced while the current one is consumed. */
export async function* runAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  let done = false;
  try {
    for (;;) {
      const r = await next;
      if (r.done) {
        done = true;
        return;
      }
      next = it.next();
      // A failure of the item produced ahead surfaces when it is awaited, not as unhandled.
      next.catch(() => undefined);
      yield r.value;
    }
  } finally {
    // The consumer stopped early (or failed): let the source finish its step and close it.
    if (!done) {
      await next.catch(() => undefined);
      await it.return?.(undefined);
    }
  }
}

/** Lets pending I/O callbacks run (between two long synchronous steps). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
