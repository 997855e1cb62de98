// The documentation holds together: every relative link of README.md, CONTRIBUTING.md, docs/ and
// bench/ leads to a file of the repository (and to a heading, with a #fragment), and the README
// stays short enough to read (the details live in docs/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  anchorsOf,
  brokenLinks,
  folderFiles,
  headingSlug,
  markdownFiles,
  missingPaths,
  namedPaths,
  relativeLinks,
  type Files,
} from './helpers/markdown-links.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README_MAX_LINES = 250;

function memoryFiles(files: Record<string, string>): Files {
  return {
    exists: (path) => path in files || Object.keys(files).some((f) => f.startsWith(`${path}/`)),
    read: (path) => files[path] ?? '',
  };
}

describe('markdown link checker', () => {
  it('makes GitHub anchors of French headings', () => {
    expect(headingSlug('Fiabilité : ce qui est garanti')).toBe('fiabilité--ce-qui-est-garanti');
    expect(headingSlug('`territrade figures TERRITOIRE` — indicateurs d’un territoire')).toBe(
      'territrade-figures-territoire--indicateurs-dun-territoire',
    );
    expect(headingSlug('Le site (`out/index.html`)')).toBe('le-site-outindexhtml');
  });

  it('numbers repeated headings and ignores those in code blocks', () => {
    const anchors = anchorsOf('# Tests\n## Tests\n```sh\n# not a heading\n```\n<a id="ici"></a>\n');
    expect([...anchors].sort()).toEqual(['ici', 'tests', 'tests-1']);
  });

  it('finds relative links and images, not external ones nor those in code', () => {
    const text = [
      'Voir [les commandes](docs/commandes.md#build) et ![image](docs/a.png "titre").',
      '[site](https://www.data.gouv.fr) [courriel](mailto:a@b.fr) `[pas un lien](x.md)`',
      '```md',
      '[dans un bloc](y.md)',
      '```',
      '[ref]: CONTRIBUTING.md',
    ].join('\n');
    expect(relativeLinks(text)).toEqual(['docs/commandes.md#build', 'docs/a.png', 'CONTRIBUTING.md']);
  });

  it('reports a missing file, a missing heading and a path out of the repository', () => {
    const files = memoryFiles({
      'README.md': '[a](docs/a.md#deux) [b](docs/b.md) [c](../autre/x.md) [d](docs/a.md#un) [e](#haut)\n# Haut\n',
      'docs/a.md': '# Un\n',
    });
    expect(brokenLinks('README.md', files)).toEqual([
      'README.md: docs/a.md#deux: aucun titre « #deux » dans docs/a.md',
      "README.md: docs/b.md: docs/b.md n'existe pas",
      'README.md: ../autre/x.md: hors du dépôt',
    ]);
  });

  it('finds the repository paths named in code spans, not patterns', () => {
    const text =
      'Voir `src/charts/`, `test/output/<cas>.svg`, `test/output/loire-*.svg` et `npm test`.\n```\nsrc/x.ts\n```';
    expect(namedPaths(text)).toEqual(['src/charts']);
    const files = memoryFiles({ 'docs/a.md': 'Dans `src/charts/bars.ts` et `src/gone.ts`.', 'src/charts/bars.ts': '' });
    expect(missingPaths('docs/a.md', files)).toEqual(["docs/a.md: src/gone.ts n'existe pas"]);
  });

  it('resolves links from the folder of the file that holds them', () => {
    const files = memoryFiles({
      'docs/a.md': '[r](../README.md#titre) [b](b.md)',
      'README.md': '# Titre',
      'docs/b.md': '',
    });
    expect(brokenLinks('docs/a.md', files)).toEqual([]);
  });
});

describe('the documentation', () => {
  const files = markdownFiles(ROOT);

  it('covers the README, CONTRIBUTING, docs/ and bench/', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'bench/README.md']));
    expect(files.some((f) => f.startsWith('docs/'))).toBe(true);
  });

  it('has no broken relative link or anchor', () => {
    const real = folderFiles(ROOT);
    expect(files.flatMap((f) => brokenLinks(f, real))).toEqual([]);
  });

  it('names only files that exist (dated bench results excepted)', () => {
    const real = folderFiles(ROOT);
    const current = files.filter((f) => !f.startsWith('bench/results/'));
    expect(current.flatMap((f) => missingPaths(f, real))).toEqual([]);
  });

  it(`keeps the README within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
  });
});
