// Turns the paths given to `import` into plain files on disk, classified by role:
// ZIP archives are unpacked and gzip files inflated (unpack.ts: streamed, CRC-checked, capped)
// into the import's work folder, so that DuckDB always reads a plain file and every message
// can name the file as the user knows it.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_LIMITS, gunzipTo, unzipTo, type UnpackLimits } from './unpack.js';
import { DEMO_MARKER_FILE as DEMO_MARKER_NAME } from './format.js';
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
  /** A copy with one kind of line end, read by DuckDB instead when the file mixes CRLF and LF. */
  csvPath?: string;
  /** How messages name it: `Region_2024_Export.txt` or `archive.zip/Region_2024_Export.txt`. */
  displayName: string;
  /** The base name inside its container. */
  baseName: string;
  /** The archive or folder it came with: files of one group share demo marker and labels. */
  group: string;
  /** The ZIP archive it was unpacked from (as messages name it), if any. */
  archive: string | null;
  role: InputRole;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Removes the unpacked copies. */
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
    .filter((p) => !given.has(path.resolve(p)) && isLabelFileBeside(p))
    .sort();
}

/** Whether a label file's name beside the data is a file to read; a dangling link is an error. */
function isLabelFileBeside(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ELOOP') throw err;
    const target = fs.readlinkSync(p);
    throw new UserError(
      `${path.basename(p)}, à côté du fichier de données, est un lien symbolique vers ${target}, qui n'existe pas${code === 'ELOOP' ? ' (boucle de liens)' : ''} : corrigez ou supprimez ce lien, puis relancez l'import.`,
    );
  }
}

/** The given path's size and kind, refusing a missing file, a folder or an empty file. */
function checkedInput(inputPath: string): { display: string; kind: ReturnType<typeof magic> } {
  if (!fs.existsSync(inputPath)) throw new UserError(`${inputPath} : fichier introuvable.`);
  const stat = fs.statSync(inputPath);
  if (stat.isDirectory())
    throw new UserError(
      `${inputPath} est un dossier : donnez les fichiers à importer (ex. ${path.join(inputPath, '*.zip')}).`,
    );
  const display = path.basename(inputPath);
  if (stat.size === 0) throw new UserError(`${display} : fichier vide.`);
  return { display, kind: magic(Buffer.from(headOf(inputPath, 4), 'latin1')) };
}

/** A ZIP archive's entries, unpacked into `dir`; refused when none is a DGDDI file. */
async function zipEntries(inputPath: string, display: string, dir: string, limits: UnpackLimits): Promise<InputFile[]> {
  fs.mkdirSync(dir);
  const unpacked = await unzipTo(inputPath, display, dir, limits);
  if (unpacked.length === 0) throw new UserError(`${display} : archive ZIP vide.`);
  const files = unpacked.map(({ name, diskPath }): InputFile => {
    const baseName = name.slice(name.lastIndexOf('/') + 1);
    return {
      diskPath,
      displayName: `${display}/${name}`,
      baseName,
      group: inputPath,
      archive: display,
      role: classify(baseName, headOf(diskPath)),
    };
  });
  if (!files.some((f) => f.role.kind !== 'ignored')) {
    const names = unpacked.map((u) => u.name).sort();
    throw new UserError(
      `${display} : l'archive ne contient aucun fichier de données DGDDI reconnu (${names.join(', ')}).`,
    );
  }
  return files;
}

/** The label files and demo marker beside a trade file, each once and unless given itself. */
function companions(inputPath: string, given: Set<string>, seen: Set<string>): InputFile[] {
  const files: InputFile[] = [];
  for (const sibling of siblingLabelFiles(inputPath, given)) {
    if (seen.has(sibling)) continue;
    seen.add(sibling);
    const name = path.basename(sibling);
    files.push({
      diskPath: sibling,
      displayName: name,
      baseName: name,
      group: path.dirname(path.resolve(sibling)),
      archive: null,
      role: classify(name, ''),
    });
  }
  const marker = path.join(path.dirname(inputPath), DEMO_MARKER_NAME);
  if (fs.existsSync(marker) && !seen.has(marker) && !given.has(path.resolve(marker))) {
    seen.add(marker);
    files.push({
      diskPath: marker,
      displayName: DEMO_MARKER_NAME,
      baseName: DEMO_MARKER_NAME,
      group: path.dirname(path.resolve(marker)),
      archive: null,
      role: { kind: 'demo-marker' },
    });
  }
  return files;
}

/**
 * Classifies the given paths, unpacking archives into `workDir` (a folder this import owns;
 * the caller removes it). Throws a French UserError naming the file for anything unreadable.
 */
export async function expandInputs(
  paths: string[],
  workDir: string,
  limits: UnpackLimits = DEFAULT_LIMITS,
): Promise<ExpandedInputs> {
  const cleanup = () => fs.rmSync(workDir, { recursive: true, force: true });
  try {
    fs.mkdirSync(workDir, { recursive: true });
    const files: InputFile[] = [];
    const given = new Set(paths.map((p) => path.resolve(p)));
    const seenSiblings = new Set<string>();
    for (const [index, inputPath] of paths.entries()) {
      const { display, kind } = checkedInput(inputPath);
      if (kind === 'zip') {
        files.push(...(await zipEntries(inputPath, display, path.join(workDir, `${index}`), limits)));
        continue;
      }
      let diskPath = inputPath;
      let baseName = display;
      if (kind === 'gzip') {
        baseName = display.replace(/\.gz$/i, '');
        diskPath = path.join(workDir, `${index}-${baseName.replace(/[^A-Za-z0-9._-]/g, '_')}`);
        await gunzipTo(inputPath, display, diskPath, limits);
      }
      const role = classify(baseName, headOf(diskPath));
      const group = path.dirname(path.resolve(inputPath));
      files.push({ diskPath, displayName: display, baseName, group, archive: null, role });
      if (role.kind === 'trade') files.push(...companions(inputPath, given, seenSiblings));
    }
    return { files, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}
