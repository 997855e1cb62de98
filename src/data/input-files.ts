// Turns the paths given to `import` into plain files on disk, classified by role:
// ZIP archives are unpacked and gzip files inflated into a private temporary folder, so that
// DuckDB always reads a plain file and every message can name the file as the user knows it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import { UserError } from '../errors.js';
import { DEMO_MARKER_FILE as DEMO_MARKER_NAME } from './demo/targets.js';
import { detectLabelFile, type LabelKind } from '../reference/labels.js';
import { isAnctTerritoiresFile } from '../reference/territoires-industrie.js';


export type InputRole =
  | { kind: 'trade' }
  | { kind: 'labels'; labelKind: LabelKind }
  | { kind: 'territoires' }
  | { kind: 'demo-marker' }
  | { kind: 'ignored'; reason: string };

export interface InputFile {
  /** Plain file on disk (the original, or an unpacked copy). */
  diskPath: string;
  /** How messages name it: `Region_2024_Export.txt` or `archive.zip/Region_2024_Export.txt`. */
  displayName: string;
  /** The base name inside its container. */
  baseName: string;
  /** The archive or folder it came with: files of one group share demo marker and labels. */
  group: string;
  role: InputRole;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Removes the temporary folder. */
  cleanup(): void;
}

const IGNORED_EXTENSIONS = /\.(pdf|docx?|xlsx?|odt|ods|html?|md|json)$/i;

function magic(buf: Uint8Array): 'zip' | 'gzip' | 'plain' {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05)) return 'zip';
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) return 'gzip';
  return 'plain';
}

function classify(baseName: string, head: string): InputRole {
  if (baseName === DEMO_MARKER_NAME) return { kind: 'demo-marker' };
  const labelKind = detectLabelFile(baseName);
  if (labelKind) return { kind: 'labels', labelKind };
  if (isAnctTerritoiresFile(baseName, head)) return { kind: 'territoires' };
  if (/^lisez-moi|^readme/i.test(baseName)) return { kind: 'ignored', reason: 'notice' };
  if (IGNORED_EXTENSIONS.test(baseName)) return { kind: 'ignored', reason: 'document' };
  return { kind: 'trade' };
}

function headOf(filePath: string, size = 4096): string {
  const fd = fs.openSync(filePath, 'r');
  try {
    const buf = Buffer.alloc(size);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    fs.closeSync(fd);
  }
}

/** Label files sitting next to a plain data file are used too ("found next to the data"). */
function siblingLabelFiles(filePath: string, given: Set<string>): string[] {
  const dir = path.dirname(filePath);
  return fs
    .readdirSync(dir)
    .filter((name) => detectLabelFile(name) !== null)
    .map((name) => path.join(dir, name))
    .filter((p) => !given.has(path.resolve(p)) && fs.statSync(p).isFile())
    .sort();
}

export function expandInputs(paths: string[]): ExpandedInputs {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-import-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const files: InputFile[] = [];
    const given = new Set(paths.map((p) => path.resolve(p)));
    const seenSiblings = new Set<string>();
    paths.forEach((inputPath, index) => {
      if (!fs.existsSync(inputPath)) throw new UserError(`${inputPath} : fichier introuvable.`);
      const stat = fs.statSync(inputPath);
      if (stat.isDirectory()) throw new UserError(`${inputPath} est un dossier : donnez les fichiers à importer (ex. ${path.join(inputPath, '*.zip')}).`);
      const display = path.basename(inputPath);
      if (stat.size === 0) throw new UserError(`${display} : fichier vide.`);
      const kind = magic(Buffer.from(headOf(inputPath, 4), 'latin1'));
      if (kind === 'zip') {
        let entries: Record<string, Uint8Array>;
        try {
          entries = unzipSync(fs.readFileSync(inputPath));
        } catch (err) {
          throw new UserError(`${display} : archive ZIP illisible ou tronquée (${err instanceof Error ? err.message : String(err)}).`);
        }
        const names = Object.keys(entries).filter((n) => !n.endsWith('/')).sort();
        if (names.length === 0) throw new UserError(`${display} : archive ZIP vide.`);
        const dir = path.join(tmp, `${index}`);
        fs.mkdirSync(dir);
        for (const name of names) {
          const baseName = path.basename(name);
          const diskPath = path.join(dir, baseName);
          fs.writeFileSync(diskPath, entries[name]!);
          const head = Buffer.from(entries[name]!.subarray(0, 4096)).toString('latin1');
          files.push({ diskPath, displayName: `${display}/${name}`, baseName, group: inputPath, role: classify(baseName, head) });
        }
        if (!files.some((f) => f.group === inputPath && f.role.kind !== 'ignored')) {
          throw new UserError(`${display} : l'archive ne contient aucun fichier de données DGDDI reconnu (${names.join(', ')}).`);
        }
        return;
      }
      let diskPath = inputPath;
      let baseName = display;
      if (kind === 'gzip') {
        baseName = display.replace(/\.gz$/i, '');
        diskPath = path.join(tmp, `${index}-${baseName}`);
        try {
          fs.writeFileSync(diskPath, zlib.gunzipSync(fs.readFileSync(inputPath)));
        } catch (err) {
          throw new UserError(`${display} : fichier gzip illisible ou tronqué (${err instanceof Error ? err.message : String(err)}).`);
        }
      }
      const role = classify(baseName, headOf(diskPath));
      files.push({ diskPath, displayName: display, baseName, group: path.dirname(path.resolve(inputPath)), role });
      if (role.kind === 'trade') {
        for (const sibling of siblingLabelFiles(inputPath, given)) {
          if (seenSiblings.has(sibling)) continue;
          seenSiblings.add(sibling);
          const name = path.basename(sibling);
          files.push({ diskPath: sibling, displayName: name, baseName: name, group: path.dirname(path.resolve(sibling)), role: classify(name, '') });
        }
        const marker = path.join(path.dirname(inputPath), DEMO_MARKER_NAME);
        if (fs.existsSync(marker) && !seenSiblings.has(marker) && !given.has(path.resolve(marker))) {
          seenSiblings.add(marker);
          files.push({ diskPath: marker, displayName: DEMO_MARKER_NAME, baseName: DEMO_MARKER_NAME, group: path.dirname(path.resolve(marker)), role: { kind: 'demo-marker' } });
        }
      }
    });
    return { files, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}
