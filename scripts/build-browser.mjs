// Bundles the browser scripts (src/browser/site.ts, fiche.ts and what they import) into
// dist/browser/, from where the pages inline them (src/report/inline-scripts.ts). One IIFE per page,
// not minified, no source map: the same sources and esbuild version give the same bytes.
// Type-checking is tsc's (src/browser/tsconfig.json); esbuild only strips the types.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildBrowserScripts() {
  await build({
    absWorkingDir: root,
    entryPoints: {
      site: 'src/browser/site.ts',
      fiche: 'src/browser/fiche.ts',
      compare: 'src/browser/compare.ts',
      ranking: 'src/browser/ranking.ts',
    },
    outdir: 'dist/browser',
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBrowserScripts();
