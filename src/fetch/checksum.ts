// File digests, to check a download against the checksum the API publishes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Checksum, ChecksumType } from './datagouv.js';

/** Hex digest of a file, streamed. */
export async function hashFile(filePath: string, type: ChecksumType): Promise<string> {
  const hash = createHash(type);
  for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function matchesChecksum(filePath: string, checksum: Checksum): Promise<boolean> {
  return (await hashFile(filePath, checksum.type)) === checksum.value.toLowerCase();
}
