// Access to the files shipped in reference-data/, found relative to this module so that the same
// path works from src/ (vitest) and from dist/ (built CLI).
import { readFileSync } from 'node:fs';

const REFERENCE_DIR = new URL('../../reference-data/', import.meta.url);

/** Raw bytes of a file in reference-data/. */
export function readReferenceFile(name: string): Uint8Array {
  return readFileSync(new URL(name, REFERENCE_DIR));
}

/** Wraps a parameterless loader so that it runs once (reference files never change at run time). */
export function once<T>(load: () => T): () => T {
  let loaded = false;
  let value: T;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
}
