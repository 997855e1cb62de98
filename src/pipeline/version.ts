// territrade's version, read from package.json (two levels above src/pipeline/ and dist/pipeline/ alike).
import { readFileSync } from 'node:fs';

let version: string | undefined;

export function toolVersion(): string {
  version ??= String(
    (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
  );
  return version;
}
