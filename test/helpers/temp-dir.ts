// The one way tests make a temporary folder: a fresh one under the system's temporary folder,
// named by its prefix so that a leftover says which test made it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'territrade-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
