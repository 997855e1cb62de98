// Printing fiches to PDF with one headless Chromium and several pages in parallel. Every network
// request from a page is blocked, and any blocked request or console error fails the print: a
// fiche must be self-contained.
import type { Browser, Page } from 'playwright-core';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { UserError } from '../../errors.js';
import { CHROMIUM_ARGS } from './chromium.js';
import { withInfo, type PdfInfo } from './info.js';
import { printingError } from './print-error.js';
import { withStableNodeIds } from './stable-ids.js';
import { JobQueue } from './queue.js';

// Required, not imported: an ESM import of this CommonJS package has Node scan its whole bundle
// for export names first (≈ 0,7 s of wall time on each build that prints, issue 24).
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');

export interface PdfJob {
  /** The page to print, rendered when its turn comes (so that all pages never sit in memory at once). */
  html: () => string;
  /** Where to write the PDF. */
  out: string;
  /** Author, Creator and Subject written into the PDF (Chromium would name itself). */
  info?: PdfInfo;
}

export const PDF_MARGINS = { top: '10mm', right: '15mm', bottom: '14mm', left: '15mm' };

/** Relative links would point into the build's temporary folder once printed: keep them as text. */
const UNLINK_RELATIVE = `for (const a of document.querySelectorAll('a[href]')) { if (!/^(https?:|mailto:)/.test(a.getAttribute('href'))) a.removeAttribute('href'); }`;

/**
 * Every font the page declares, loaded before printing: a page hidden on screen (the fiche's print
 * variant) lays nothing out before page.pdf, so layout would not have asked for them, and
 * `font-display: block` would print their text invisible.
 */
const LOAD_FONTS = 'Promise.all(Array.from(document.fonts, (face) => face.load())).then(() => document.fonts.ready)';

export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async launch(executablePath: string): Promise<PdfPrinter> {
    try {
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
      return new PdfPrinter(browser);
    } catch (err) {
      // Chromium keeps its profile in TMPDIR: when that is full it dies with an obscure message.
      throw printingError(err, `impossible de lancer Chromium (${executablePath})`);
    }
  }

  private async newPage(problems: string[]): Promise<Page> {
    const page = await this.browser.newPage({ javaScriptEnabled: true, offline: true });
    await page.route('**/*', (route) => {
      problems.push(`requête bloquée : ${route.request().url()}`);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`erreur dans la console : ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`erreur de script : ${err.message}`));
    return page;
  }

  /**
   * Prints `jobs` with `parallel` pages at once; `onDone` after each file. Jobs may come from a
   * queue still being filled: the pages wait for them until it is closed.
   */
  async printAll(
    jobs: PdfJob[] | JobQueue<PdfJob>,
    parallel: number,
    onDone: (job: PdfJob) => void = () => {},
  ): Promise<void> {
    const queue = Array.isArray(jobs) ? JobQueue.of(jobs) : jobs;
    const pages = Array.isArray(jobs) ? Math.min(parallel, jobs.length) : parallel;
    let failed = false;
    // The next page's HTML, rendered while Chromium prints (Node would idle otherwise).
    const ahead = new Map<PdfJob, string>();
    const htmlOf = (job: PdfJob): string => {
      const html = ahead.get(job) ?? job.html();
      ahead.delete(job);
      return html;
    };
    const renderAhead = () => {
      const next = queue.peek();
      if (!failed && next && !ahead.has(next)) ahead.set(next, next.html());
    };
    const worker = async () => {
      const problems: string[] = [];
      const page = await this.newPage(problems);
      try {
        for (let job = await queue.take(); job && !failed; job = await queue.take()) {
          problems.length = 0;
          await page.setContent(htmlOf(job), { waitUntil: 'load' });
          // One round trip: fonts loaded, then relative links unlinked.
          await page.evaluate(`${LOAD_FONTS}.then(() => { ${UNLINK_RELATIVE} })`);
          const printing = page.pdf({
            format: 'A4',
            printBackground: true,
            tagged: true,
            outline: true,
            margin: PDF_MARGINS,
            // The page draws its own footer (the print fiche's @page margin boxes).
            displayHeaderFooter: false,
          });
          // A timer runs once the print request has left for Chromium.
          setTimeout(renderAhead, 0);
          const pdf = withStableNodeIds(await printing);
          fs.writeFileSync(job.out, job.info ? withInfo(pdf, job.info) : pdf);
          if (problems.length > 0) throw new UserError(`impression de ${job.out} : ${problems.join(' ; ')}`);
          onDone(job);
        }
      } catch (err) {
        failed = true;
        queue.cancel();
        throw err;
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, pages) }, worker));
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
