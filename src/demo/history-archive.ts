// The demo history on disk: each year as its pair of annual ZIPs, then one "dernière
// publication" pair (REGIONAL_CPF4PAYSE.txt / …PAYSI.txt) holding the last five quarters: T2–T4
// of the last year, with exactly the rows of its annual files (no revision, so that the annual
// totals stay as they are once the later file replaces those quarters), and T1–T2 of the next.
import { annualNames, archiveTime, demoMarkerText, writeArchive } from './archive.js';
import type { Flow } from './calibrate.js';
import { validateDemoOptions, type DemoGenerator } from './generate.js';
import { yieldToEventLoop } from './run-ahead.js';
import { rowCount, type FlowRows } from './write-rows.js';
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

const FLOWS = ['exports', 'imports'] as const;

/** The rows of `file` from its first line of quarter `quarter` on (rows are ordered by quarter). */
function fromQuarter(file: Buffer, flowCode: 'E' | 'I', quarter: number, year: number): Buffer {
  const head = `${flowCode};${quarter};${year};`;
  if (file.subarray(0, head.length).toString('latin1') === head) return file;
  const at = file.indexOf(`\n${head}`, 0, 'latin1');
  return at < 0 ? file.subarray(file.length) : file.subarray(at + 1);
}

/** A main file to archive: its bytes and its number of rows. */
interface MainFile {
  bytes: Buffer;
  rows: number;
}

/**
 * Generates the two flows' files and writes their archives. Each archive is compressed (in the
 * thread pool) while the next file is generated; the thread yields between the long
 * synchronous steps so that other work waiting on it gets its turns.
 */
async function writeFlows(
  generate: (flow: Flow) => MainFile,
  archive: (flow: Flow, data: Buffer) => Promise<string>,
): Promise<{ paths: string[]; rows: number }> {
  const writes: Promise<string>[] = [];
  let rows = 0;
  for (const flow of FLOWS) {
    const file = generate(flow);
    rows += file.rows;
    const written = archive(flow, file.bytes);
    written.catch(() => undefined); // awaited below, after the other flow is generated
    writes.push(written);
    await yieldToEventLoop();
  }
  return { paths: await Promise.all(writes), rows };
}

/** Writes the history one step at a time (a year, then the latest publication), in order. */
export async function* writeDemoHistory(
  options: DemoHistoryOptions,
  generator?: DemoGenerator,
): AsyncGenerator<DemoHistoryStep> {
  const { dir, years, seed, latest } = options;
  for (const year of years) validateDemoOptions({ year, seed });
  if (latest && years.length > 0) validateDemoOptions({ year: years[years.length - 1]! + 1, seed });
  const gen = generator ?? createDemoGenerator(seed);
  // The last year's files, kept for the latest publication, which repeats their T2–T4 rows.
  const last = new Map<Flow, FlowRows>();
  for (const year of years) {
    const marker = demoMarkerText({ year, seed });
    const { paths, rows } = await writeFlows(
      (flow) => {
        const file = gen.flowRows(flow, year);
        if (latest && year === years[years.length - 1]) last.set(flow, file);
        return { bytes: file.bytes, rows: rowCount(file) };
      },
      (flow, data) => writeArchive(dir, { ...annualNames(year, flow), data }, marker, archiveTime(year)),
    );
    yield { label: String(year), paths, rows };
  }
  if (!latest || last.size === 0) return;
  const year = years[years.length - 1]!;
  const period = latestPeriod(year);
  const marker = demoMarkerText({ year: year + 1, seed }, period.label);
  const { paths, rows } = await writeFlows(
    (flow) => {
      const annual = last.get(flow)!;
      last.delete(flow); // no longer needed once copied: let it go
      const next = gen.flowRows(flow, year + 1, [1, 2]);
      const bytes = Buffer.concat([fromQuarter(annual.bytes, flow === 'exports' ? 'E' : 'I', 2, year), next.bytes]);
      return { bytes, rows: rowCount(annual) - annual.rowsByQuarter[0]! + rowCount(next) };
    },
    (flow, data) => {
      const zipName = `DEMO_derniere_publication_${year + 1}T2_${flow === 'exports' ? 'export' : 'import'}.zip`;
      // Dated like a publication two months after the end of its last quarter.
      return writeArchive(dir, { zipName, mainName: LATEST_MAIN_FILES[flow], data }, marker, archiveTime(year, 8));
    },
  );
  yield { label: period.label, paths, rows, latest: { replaces: year } };
}
