// The one way tests read a refusal: the promise must reject with a UserError (the French message
// the user sees), whose message comes back with plain spaces for readable expectations.
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';
import { plainSpaces } from '../../src/format/fr.js';

/** The message of the UserError `promise` rejects with; the test fails if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return plainSpaces((err as UserError).message);
}
