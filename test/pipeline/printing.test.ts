// Printing while the build writes its other files (src/pipeline/printing.ts), in a real Chromium:
// jobs added one by one as they come, a failing page stops the printing and is reported, and
// an abort (a failure elsewhere in the build) stops Chromium before the build discards its folder.
// The printer runs in a worker thread whose entry is the compiled print-worker.js: like the CLI
// tests, this one runs the build output (npm test compiles first).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PdfJob } from '../../src/report/pdf/print.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, skipWithout } from '../helpers/tools.js';

const { startPrinting } = (await import(
  path.resolve('dist/pipeline/printing.js')
)) as typeof import('../../src/pipeline/printing.js');
const { UserError } = (await import(path.resolve('dist/errors.js'))) as typeof import('../../src/errors.js');

const chromium = chromiumTool();
const page = (text: string, extra = '') =>
  `<!doctype html><html lang="fr"><title>${text}</title><p>${text}</p>${extra}</html>`;

describe.skipIf(skipWithout([chromium], "l'impression pendant la construction"))(
  "l'impression pendant la construction",
  () => {
    it('imprime les fiches à mesure qu’elles arrivent, puis rend la main une fois la dernière écrite', async () => {
      const dir = tempDir('territrade-printing-');
      const done: string[] = [];
      const printing = startPrinting(chromium.path!, 2);
      for (let i = 0; i < 4; i++) {
        printing.add({ html: () => page(`fiche ${i}`), out: path.join(dir, `${i}.pdf`) }, () => done.push(`${i}.pdf`));
        // The build writes other files meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 20));
        printing.check();
      }
      expect(await printing.finish()).toBeGreaterThan(0);
      expect(done.sort()).toEqual(['0.pdf', '1.pdf', '2.pdf', '3.pdf']);
      for (let i = 0; i < 4; i++)
        expect(
          fs
            .readFileSync(path.join(dir, `${i}.pdf`))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
    });

    it('s’arrête à la première fiche en échec et le dit', async () => {
      const dir = tempDir('territrade-printing-');
      const printing = startPrinting(chromium.path!, 1);
      const none = () => {};
      printing.add({ html: () => page('bonne'), out: path.join(dir, 'a.pdf') }, none);
      printing.add(
        {
          html: () => page('mauvaise', '<img src="https://exemple.invalid/x.png" alt="">'),
          out: path.join(dir, 'b.pdf'),
        },
        none,
      );
      printing.add({ html: () => page('jamais'), out: path.join(dir, 'c.pdf') }, none);
      await expect(printing.finish()).rejects.toThrow(/requête bloquée : https:\/\/exemple\.invalid\/x\.png/);
      expect(() => printing.check()).toThrow(/requête bloquée/);
      expect(fs.existsSync(path.join(dir, 'c.pdf'))).toBe(false);
    });

    it('rapporte un Chromium qui ne démarre pas en français, comme erreur de l’utilisateur', async () => {
      const fake = path.join(tempDir('territrade-fake-chromium-'), 'chromium');
      fs.writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
      const printing = startPrinting(fake, 2);
      printing.add({ html: () => page('x'), out: path.join(tempDir('territrade-printing-'), 'x.pdf') }, () => {});
      const error = await printing.finish().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/^impossible de lancer Chromium/);
    });

    it('abandonne sur demande : rien ne s’imprime plus une fois abort() rendu', async () => {
      const dir = tempDir('territrade-printing-');
      const printing = startPrinting(chromium.path!, 2);
      const jobs: PdfJob[] = Array.from({ length: 6 }, (_, i) => ({
        html: () => page(`fiche ${i}`),
        out: path.join(dir, `${i}.pdf`),
      }));
      for (const job of jobs) printing.add(job, () => {});
      await printing.abort();
      const written = fs.readdirSync(dir);
      // At most the pages already at work when abort() was called.
      expect(written.length).toBeLessThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fs.readdirSync(dir)).toEqual(written);
    });
  },
);
