// Retries with exponential backoff for transient failures (network errors, 5xx).
import { isRetryable } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry, doubled each time. */
  retryDelayMs: number;
  /** Called before each retry (for a log line). */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  /** Which errors are worth another attempt. */
  shouldRetry?: (err: unknown) => boolean;
}

/** Error thrown after the last attempt, with how many attempts were made. */
export class RetriesExhausted extends Error {
  constructor(
    readonly lastError: unknown,
    readonly attempts: number,
  ) {
    super(lastError instanceof Error ? lastError.message : String(lastError));
    this.name = 'RetriesExhausted';
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs fn(attempt) until it succeeds, a non-retryable error occurs, or retries run out. */
export async function withRetries<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const shouldRetry = options.shouldRetry ?? isRetryable;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!shouldRetry(err) || attempt > options.retries) throw new RetriesExhausted(err, attempt);
      const delayMs = options.retryDelayMs * 2 ** (attempt - 1);
      options.onRetry?.(err, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
