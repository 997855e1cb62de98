// The printed fiche's web address on a real build (issue 21): with `adresse_du_site` in the file
// given by --config, the Loire's PDF prints the page's public address, its QR code read back from
// the printed page (pdftoppm, then jsQR) gives that address, and the fiche keeps within its page
// budget (8 pages since « Pistes d'action » is on paper, issue 23).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { decodeQrPdfPage } from '../helpers/qr.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, pdftoppmTool, pdftotextTool, skipWithout } from '../helpers/tools.js';
import { pdfText } from '../helpers/pdf-text.js';

const skip = skipWithout([chromiumTool(), pdftotextTool(), pdftoppmTool()], 'adresse web imprimée (PDF)');
const LOIRE = 'https://exemple.fr/commerce-exterieur/departements/42-loire.html';

describe.skipIf(skip)('l’adresse web imprimée', () => {
  it('est dans le texte du PDF, et son code QR imprimé la redonne', () => {
    const dir = tempDir('territrade-adresse-');
    const config = path.join(dir, 'reglages.json');
    fs.writeFileSync(config, JSON.stringify({ adresse_du_site: 'https://exemple.fr/commerce-exterieur' }));
    const out = path.join(dir, 'out');
    const r = runCli(['build', '--store', inject('demoStore'), '--out', out, '--only', '42', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const pdf = path.join(out, 'departements', '42-loire.pdf');

    // The address may break after a '/' (never at a hyphen): rejoined there, it reads whole.
    const page1 = pdfText(pdf, { first: 1, last: 1 });
    expect(page1.replace(/\/\n/g, '/').replace(/\s+/g, ' ')).toContain(
      `Version web de cette fiche de démonstration (données fictives) : ${LOIRE}`,
    );
    expect(decodeQrPdfPage(pdf, 1)).toBe(LOIRE);
    const pages = Number(/^Pages: +(\d+)$/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(8);
  }, 300_000);
});
