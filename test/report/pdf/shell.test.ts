// Debian's headless shell (chromium-headless-shell), which territrade prefers for printing, and the
// full browser (chromium) must print a fiche alike: same pages, same lines. Without
// --font-render-hinting=none in CHROMIUM_ARGS the shell rounds glyph advances and breaks lines
// elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { systemLookup } from '../../../src/report/pdf/chromium.js';
import { PdfPrinter } from '../../../src/report/pdf/print.js';
import { renderFiche } from '../../../src/report/fiche/index.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { pdftotextTool, skipWithout, type Tool } from '../../helpers/tools.js';
import { pdfText } from '../../helpers/pdf-text.js';
import { demoFicheInput } from '../fiche/demo-fiche.js';

function systemBrowser(name: string, file: string, pkg: string): Tool {
  return {
    name,
    path: systemLookup().isExecutable(file) ? file : null,
    howTo: `installez-le (apt-get install ${pkg})`,
  };
}

const shell = systemBrowser('chromium-headless-shell', '/usr/bin/chromium-headless-shell', 'chromium-headless-shell');
const full = systemBrowser('chromium', '/usr/bin/chromium', 'chromium');

async function printWith(executable: string, html: string, out: string): Promise<string> {
  const printer = await PdfPrinter.launch(executable);
  try {
    await printer.printAll([{ html: () => html, out }], 1);
  } finally {
    await printer.close();
  }
  return pdfText(out, { layout: true });
}

describe.skipIf(skipWithout([shell, full, pdftotextTool()], 'impression par le headless shell et par Chromium'))(
  'headless shell et Chromium',
  () => {
    it('impriment la fiche de la Loire à l’identique : mêmes pages, mêmes lignes', async () => {
      const html = renderFiche({ ...(await demoFicheInput(inject('demoStore'), '42')), variant: 'print' });
      const dir = tempDir('territrade-shell-');
      const byShell = await printWith(shell.path!, html, path.join(dir, 'shell.pdf'));
      const byFull = await printWith(full.path!, html, path.join(dir, 'chromium.pdf'));
      expect(byShell).toContain('Total des exportations : 4 192,1 millions d’euros');
      expect(byShell.split('\f').length).toBe(byFull.split('\f').length);
      expect(byShell).toBe(byFull);
      expect(fs.statSync(path.join(dir, 'shell.pdf')).size).toBeGreaterThan(0);
    }, 60_000);
  },
);
