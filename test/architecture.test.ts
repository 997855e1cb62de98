// The layer rule of docs/architecture.md, on the real tree, and the checker itself on small
// in-memory trees, so that a rule that no longer catches anything would fail here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, MAX_LINES, namingViolations } from './helpers/layers.js';

const SRC = path.join(import.meta.dirname, '..', 'src');

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).sort()) {
    const rel = entry.split(path.sep).join('/');
    if (rel.endsWith('.ts')) files.set(rel, readFileSync(path.join(SRC, entry), 'utf8'));
  }
  return files;
}

describe('src/', () => {
  it('imports only down the layers, commands go through pipeline/, modules are small', () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(100);
    expect(layerViolations(files)).toEqual([]);
  });

  it('names no file like the folder beside it, and keeps index.ts for re-exports', () => {
    expect(namingViolations(sourceFiles())).toEqual([]);
  });
});

describe('the layer checker', () => {
  const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('reads static, type, dynamic and re-export imports, not comments or strings', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c.js';",
      "const d = await import('./d.js');",
      "// import { e } from './e.js';",
      'const f = "import { f } from \'./f.js\'";',
      "import fs from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js']);
  });

  it('accepts imports down the layers and within a folder', () => {
    const files = tree({
      'model/trade.ts': 'export type Flow = "E" | "I";\n',
      'figures/flows.ts': "import type { Flow } from '../model/trade.js';\nimport { x } from './x.js';\n",
      'pipeline/build.ts': "import { flows } from '../figures/flows.js';\n",
      'commands/build.ts': "const { runBuild } = await import('../pipeline/build.js');\n",
    });
    expect(layerViolations(files)).toEqual([]);
  });

  it('names every upward import, static or dynamic', () => {
    const files = tree({
      'figures/flows.ts': "import { page } from '../report/page.js';\n",
      'model/trade.ts': "export { x } from '../store/store.js';\n",
      'charts/bar.ts': "const { build } = await import('../pipeline/build.js');\n",
    });
    expect(layerViolations(files)).toEqual([
      'figures/flows.ts imports report/page.js (report is above figures)',
      'model/trade.ts imports store/store.js (store is above model)',
      'charts/bar.ts imports pipeline/build.js (pipeline is above charts)',
    ]);
  });

  it('refuses imports between the folders of one layer', () => {
    const files = tree({ 'fetch/run.ts': "import { importFiles } from '../store/import/import-files.js';\n" });
    expect(layerViolations(files)).toEqual([
      'fetch/run.ts imports store/import/import-files.js (store is beside fetch)',
    ]);
  });

  it('refuses a command reading the store or the input files directly', () => {
    const files = tree({
      'commands/status.ts':
        "import { withStore } from '../store/store.js';\nimport { FLOW_NAMES } from '../dgddi/format.js';\n",
    });
    expect(layerViolations(files)).toEqual([
      'commands/status.ts imports store/store.js (commands go through pipeline/, not store/)',
      'commands/status.ts imports dgddi/format.js (commands go through pipeline/, not dgddi/)',
    ]);
  });

  it('refuses a folder with no layer and a module over the size limit', () => {
    const long = 'export const x = 1;\n'.repeat(MAX_LINES + 1);
    const files = tree({ 'misc/helper.ts': 'export const y = 2;\n', 'report/long.ts': long });
    expect(layerViolations(files)).toEqual([
      'misc/helper.ts: misc has no layer (add it to LAYERS and docs/architecture.md)',
      `report/long.ts: ${MAX_LINES + 1} lines (at most ${MAX_LINES})`,
    ]);
    expect(layerViolations(tree({ 'report/ok.ts': 'export const x = 1;\n'.repeat(MAX_LINES) }))).toEqual([]);
  });

  it('refuses a file named like its sibling folder and an index.ts that is a page', () => {
    const files = tree({
      'store/import.ts': "export { importFiles } from './import/import-files.js';\n",
      'store/import/import-files.ts': 'export function importFiles(): void {}\n',
      'report/site/index.ts': "import { x } from './x.js';\nexport function renderPage(): string {\n  return x;\n}\n",
      'charts/index.ts':
        "// Public API.\nexport { renderChart } from './chart.js';\nexport type { ChartInput } from './types.js';\n",
    });
    expect(namingViolations(files)).toEqual([
      'store/import.ts: named like the folder store/import/ beside it',
      'report/site/index.ts: an index.ts only re-exports (name the module after what it does)',
    ]);
  });
});
