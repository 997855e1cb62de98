// Functions longer than a limit in a source folder, read with the TypeScript parser: every
// function, method, arrow function and accessor with a body, counted from its first to its last
// line. Used by the tests that keep functions short.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface LongFunction {
  file: string;
  line: number;
  lines: number;
  name: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/** The functions of `dir`'s .ts files (recursively) longer than `max` lines. */
export function longFunctions(dir: string, max: number): LongFunction[] {
  const out: LongFunction[] = [];
  for (const file of sourceFiles(dir)) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
        const last = src.getLineAndCharacterOfPosition(node.getEnd()).line;
        const owner = ts.isVariableDeclaration(node.parent) ? node.parent : node;
        const name = 'name' in owner && owner.name ? owner.name.getText(src) : '(anonymous)';
        if (last - first + 1 > max) out.push({ file, line: first + 1, lines: last - first + 1, name });
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}
