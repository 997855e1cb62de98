// The demo history on disk: each year as its pair of annual ZIPs, then one "dernière
// publication" pair (REGIONAL_CPF4PAYSE.txt / …PAYSI.txt) holding the last five quarters: T2–T4
// of the last year, with exactly the rows of its annual files (no revision, so that the annual
// totals stay as they are once the later file replaces those quarters), and T1–T2 of the next.
import { annualArchives, archiveTime, demoMarkerText, writeArchives } from './archive.js';
import { validateDemoOptions, type DemoGenerator, type DemoYearFiles } from './generate.js';
import { yieldToEventLoop } from './run-ahead.js';
import { createDemoGenerator } from './year.js';

export interface DemoHistoryOptions {
  dir: string;
  /** Consecutive years, ascending. */
  years: readonly number[];
  seed: number;
  /** Also write the "dernière publication" pair after the last year. */
  latest: boolean;
}

export interface DemoHistoryStep {
  /** `2019`, or the period of the latest publication (`T2 2024 – T2 2025`). */
  label: string;
  /** The two ZIPs written, export first. */
  paths: string[];
  /** Data rows in the two main files. */
  rows: number;
  /** For the latest publication: the year whose T2–T4 it holds again. */
  latest?: { replaces: number };
}

/** Main file names of DGDDI's "dernière publication" regional files. */
export const LATEST_MAIN_FILES = { exports: 'REGIONAL_CPF4PAYSE.txt', imports: 'REGIONAL_CPF4PAYSI.txt' } as const;

/** The quarters the latest publication holds after `year`'s annual files: five, over two years. */
export function latestPeriod(year: number): { from: string; to: string; label: string } {
  return { from: `${year}-T2`, to: `${year + 1}-T2`, label: `T2 ${year} – T2 ${year + 1}` };
}

function countLines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** The rows of `text` from its first line of quarter `quarter` on (rows are ordered by quarter). */
function fromQuarter(text: string, flowCode: 'E' | 'I', quarter: number, year: number): string {
  const head = `${flowCode};${quarter};${year};`;
  if (text.startsWith(head)) return text;
  const at = text.indexOf(`\n${head}`);
  return at < 0 ? '' : text.slice(at + 1);
}

/** Writes the history one step at a time (a year, then the latest publication), in order. */
export async function* writeDemoHistory(options: DemoHistoryOptions, generator?: DemoGenerator): AsyncGenerator<DemoHistoryStep> {
  const { dir, years, seed, latest } = options;
  for (const year of years) validateDemoOptions({ year, seed });
  if (latest && years.length > 0) validateDemoOptions({ year: (years[years.length - 1] as number) + 1, seed });
  const gen = generator ?? createDemoGenerator(seed);
  let last: DemoYearFiles | null = null;
  for (const year of years) {
    // Flow by flow, yielding in between: an import running alongside gets its turns.
    const files = { exports: gen.flowFile('exports', year), imports: '' };
    await yieldToEventLoop();
    files.imports = gen.flowFile('imports', year);
    await yieldToEventLoop();
    const paths = await writeArchives(dir, annualArchives(year, files), demoMarkerText({ year, seed }), archiveTime(year));
    yield { label: String(year), paths, rows: countLines(files.exports) + countLines(files.imports) };
    last = files;
  }
  if (!latest || last === null) return;
  const year = years[years.length - 1] as number;
  const next = { exports: gen.flowFile('exports', year + 1, [1, 2]), imports: '' };
  await yieldToEventLoop();
  next.imports = gen.flowFile('imports', year + 1, [1, 2]);
  await yieldToEventLoop();
  const text = {
    exports: fromQuarter(last.exports, 'E', 2, year) + next.exports,
    imports: fromQuarter(last.imports, 'I', 2, year) + next.imports,
  };
  last = null;
  const period = latestPeriod(year);
  const archives = [
    { zipName: `DEMO_derniere_publication_${year + 1}T2_export.zip`, mainName: LATEST_MAIN_FILES.exports, text: text.exports },
    { zipName: `DEMO_derniere_publication_${year + 1}T2_import.zip`, mainName: LATEST_MAIN_FILES.imports, text: text.imports },
  ];
  // Dated like a publication two months after the end of its last quarter.
  const paths = await writeArchives(dir, archives, demoMarkerText({ year: year + 1, seed }, period.label), archiveTime(year, 8));
  yield { label: period.label, paths, rows: countLines(text.exports) + countLines(text.imports), latest: { replaces: year } };
}
