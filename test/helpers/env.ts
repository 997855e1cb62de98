// What the environment says about the test run.

type Env = Record<string, string | undefined>;

/** A flag variable is on when set to anything but '', '0' or 'false'. */
export function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Under CI (CI=true, as .ci/run sets it) nothing may be created or skipped silently. */
export function inCI(env: Env = process.env): boolean {
  return isOn(env['CI']);
}
