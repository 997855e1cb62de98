// The layer rule of src/ (docs/architecture.md): each file belongs to a unit (a top-level folder,
// or one of the few files directly in src/), the units are ordered in layers, and a file may only
// import from its own unit or from a lower layer. Units of one layer do not import each other.
// Commands do not read the store nor the input files themselves: they go through pipeline/.
// A module has at most MAX_LINES lines.
import path from 'node:path';
import ts from 'typescript';

/** From the bottom up. */
export const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'process-alive.ts'],
  ['model'],
  ['format'],
  ['reference'],
  ['dgddi', 'browser'],
  ['store', 'fetch', 'demo'],
  ['figures'],
  ['charts'],
  ['report'],
  ['pipeline', 'serve'],
  ['commands'],
  ['cli.ts'],
];

/** What commands may not import even though it is below them. */
export const NOT_FROM_COMMANDS: readonly string[] = ['dgddi', 'store', 'fetch', 'demo'];

export const MAX_LINES = 300;

/** 'store' for 'store/import/trade.ts', 'errors.ts' for 'errors.ts'. */
export function unitOf(file: string): string {
  return file.split('/')[0]!;
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

/** The relative module specifiers a file imports or re-exports, static or dynamic (not in comments or strings). */
export function importsOf(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'));
}

/**
 * The violations in `files` (paths relative to src/, with '/', → their text), one French-free,
 * readable line each: 'figures/a.ts imports report/b.ts (figures may not import from report)'.
 */
export function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    const from = unitOf(file);
    if (layerOf(from) < 0) out.push(`${file}: ${from} has no layer (add it to LAYERS and docs/architecture.md)`);
    const lines = text.split('\n').length - 1;
    if (lines > MAX_LINES) out.push(`${file}: ${lines} lines (at most ${MAX_LINES})`);
    for (const spec of importsOf(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (target.startsWith('../')) {
        out.push(`${file} imports ${spec}, outside src/`);
        continue;
      }
      const to = unitOf(target);
      if (to === from || layerOf(to) < 0) continue;
      if (layerOf(to) >= layerOf(from)) {
        const how = layerOf(to) === layerOf(from) ? 'beside' : 'above';
        out.push(`${file} imports ${target} (${to} is ${how} ${from})`);
      } else if (from === 'commands' && NOT_FROM_COMMANDS.includes(to)) {
        out.push(`${file} imports ${target} (commands go through pipeline/, not ${to}/)`);
      }
    }
  }
  return out;
}

/** Whether a module only re-exports others (`export … from`), as an index.ts should. */
export function isBarrel(text: string): boolean {
  const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest);
  return source.statements.every((s) => ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined);
}

/**
 * Names that mislead: a file named like the folder beside it (`data/import.ts` next to
 * `data/import/`), and an index.ts that does more than re-export (a page or a computation).
 */
export function namingViolations(files: ReadonlyMap<string, string>): string[] {
  const folders = new Set(
    [...files.keys()].flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const out: string[] = [];
  for (const [file, text] of files) {
    const stem = file.replace(/\.ts$/, '');
    if (folders.has(stem)) out.push(`${file}: named like the folder ${stem}/ beside it`);
    if (path.posix.basename(file) === 'index.ts' && !isBarrel(text))
      out.push(`${file}: an index.ts only re-exports (name the module after what it does)`);
  }
  return out;
}
