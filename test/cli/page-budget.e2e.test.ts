// The printed fiches' page budget (issue 21), on every PDF of a full demo build: at most 7 A4
// pages before the « Pistes d'action » heading, at most 8 in all, and every page but the last at
// least 75 % full. Fullness is the lowest inked row of the page's text area (test/helpers/
// pdf-pages.ts: the page rendered by pdftoppm, margins left out), so a chart drawn to the bottom
// counts as well as text; the heading's page is the first pdftotext page with that line. The
// build has the site's address in its settings: every head then carries the web address and its
// QR code (report/fiche/web-address.ts), the taller of the two heads. The same PDFs are read for
// the comparative sentences their printed numbers would contradict (test/helpers/fiche-claims.ts),
// the « Pistes d'action » sentences among them.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  exposureClaims,
  opportunityClaims,
  pdfSentences,
  rankClaims,
  shareChangeClaims,
} from '../helpers/fiche-claims.js';
import { runCli } from '../helpers/cli.js';
import { pageFills } from '../helpers/pdf-pages.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, pdftoppmTool, pdftotextTool, skipWithout } from '../helpers/tools.js';
import { pdfText } from '../helpers/pdf-text.js';

const skip = skipWithout([chromiumTool(), pdftotextTool(), pdftoppmTool()], 'pages des PDF de toutes les fiches');
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };
const MAX_BEFORE_LEADS = 7;
const MAX_PAGES = 8;
const MIN_FILL = 0.75;

/** The 1-based page whose text has the « Pistes d'action » heading alone on a line, or null. */
function leadsPage(pdf: string): number | null {
  const i = pdfText(pdf, { layout: true })
    .split('\f')
    .findIndex((page) => /^\s*Pistes d’action\s*$/m.test(page));
  return i < 0 ? null : i + 1;
}

describe.skipIf(skip)('pages des 120 fiches imprimées', () => {
  let out = '';
  let pdfs: string[] = [];

  beforeAll(() => {
    const dir = tempDir('territrade-pages-');
    out = path.join(dir, 'out');
    const config = path.join(dir, 'reglages.json');
    fs.writeFileSync(config, JSON.stringify({ adresse_du_site: 'https://exemple.fr/commerce-exterieur/' }));
    const args = ['build', '--store', inject('demoStore'), '--out', out, '--config', config];
    const r = runCli(args, EPOCH, undefined, 1_200_000);
    expect(r.code, r.stderr).toBe(0);
    pdfs = fs
      .readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.pdf'))
      .sort();
  }, 1_200_000);

  it('tiennent chacune en 8 pages A4 (7 avant « Pistes d’action »), chaque page sauf la dernière remplie aux trois quarts', () => {
    expect(pdfs).toHaveLength(120);
    const problems: string[] = [];
    for (const f of pdfs) {
      const file = path.join(out, f);
      const fills = pageFills(file);
      if (fills.length > MAX_PAGES) problems.push(`${f} : ${fills.length} pages`);
      const leads = leadsPage(file);
      if (leads === null) problems.push(`${f} : pas de titre « Pistes d’action »`);
      else if (leads > MAX_BEFORE_LEADS) problems.push(`${f} : « Pistes d’action » page ${leads}`);
      fills.slice(0, -1).forEach((fill, i) => {
        if (fill < MIN_FILL) problems.push(`${f} page ${i + 1} : ${(fill * 100).toFixed(0)} %`);
      });
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('n’impriment aucune phrase comparative que les chiffres imprimés avec elle contredisent, ni la DGDDI comme source', () => {
    expect(pdfs).toHaveLength(120);
    const problems: string[] = [];
    let exposure = 0;
    let ranks = 0;
    let dependencies = 0;
    for (const f of pdfs) {
      const text = pdfSentences(path.join(out, f));
      if (/le territoire y est (plus exposé|moins exposé|exposé autant)/.test(text)) exposure++;
      if (/occupen?t? le \d+(?:er|e) rang des \d+ /.test(text)) ranks++;
      if (/de ses importations de .* à un seul pays/.test(text)) dependencies++;
      const claims = [
        ...exposureClaims(text),
        ...shareChangeClaims(text),
        ...rankClaims(text),
        ...opportunityClaims(text),
      ];
      problems.push(...claims.map((c) => `${f} : ${c}`));
      if (/Source : DGDDI|reposent sur les statistiques[^.]*DGDDI/.test(text))
        problems.push(`${f} : DGDDI citée comme source`);
    }
    // The checks did read the sentences they check, in (almost) every PDF.
    expect(exposure).toBeGreaterThanOrEqual(119);
    expect(ranks).toBeGreaterThanOrEqual(119);
    // The « Pistes d'action » are printed: every territory but France has an import dependency in the demo data.
    expect(dependencies).toBeGreaterThanOrEqual(119);
    expect(problems).toEqual([]);
  });
});
