// The demo history on disk: each year as its pair of annual ZIPs, then one "dernière
// publication" pair (REGIONAL_CPF4PAYSE.txt / …PAYSI.txt) holding the last five quarters: T2–T4
// of the last year, with exactly the rows of its annual files (no revision, so that the annual
// totals stay as they are once the later file replaces those quarters), and T1–T2 of the next.
import { annualNames, archiveTime, demoMarkerText, writeArchive } from './archive.js';
import type { Flow } from './calibrate.js';
import { validateDemoOptions, type DemoGenerator } from './generate.js';
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

const FLOWS = ['exports', 'imports'] as const;
const LF = 0x0a;

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === LF) n++;
  return n;
}

/** The rows of `file` from its first line of quarter `quarter` on (rows are ordered by quarter). */
function fromQuarter(file: Buffer, flowCode: 'E' | 'I', quarter: number, year: number): Buffer {
  const head = `${flowCode};${quarter};${year};`;
  if (file.subarray(0, head.length).toString('latin1') === head) return file;
  const at = file.indexOf(`\n${head}`, 0, 'latin1');
  return at < 0 ? file.subarray(file.length) : file.subarray(at + 1);
}

/**
 * Generates the two flows' files and writes their archives. Each archive is compressed (in the
 * thread pool) while the next file is generated; the main thread yields between the long
 * synchronous steps so that an import running alongside gets its turns.
 */
async function writeFlows(
  generate: (flow: Flow) => Buffer,
  archive: (flow: Flow, data: Buffer) => Promise<string>,
): Promise<{ paths: string[]; files: Record<Flow, Buffer> }> {
  const files = {} as Record<Flow, Buffer>;
  const writes: Promise<string>[] = [];
  for (const flow of FLOWS) {
    files[flow] = generate(flow);
    const written = archive(flow, files[flow]);
    written.catch(() => undefined); // awaited below, after the other flow is generated
    writes.push(written);
    await yieldToEventLoop();
  }
  return { paths: await Promise.all(writes), files };
}

/** Writes the history one step at a time (a year, then the latest publication), in order. */
export async function* writeDemoHistory(options: DemoHistoryOptions, generator?: DemoGenerator): AsyncGenerator<DemoHistoryStep> {
  const { dir, years, seed, latest } = options;
  for (const year of years) validateDemoOptions({ year, seed });
  if (latest && years.length > 0) validateDemoOptions({ year: (years[years.length - 1] as number) + 1, seed });
  const gen = generator ?? createDemoGenerator(seed);
  let last: Record<Flow, Buffer> | null = null;
  for (const year of years) {
    const marker = demoMarkerText({ year, seed });
    const { paths, files } = await writeFlows(
      (flow) => gen.flowBytes(flow, year),
      (flow, data) => writeArchive(dir, { ...annualNames(year, flow), data }, marker, archiveTime(year)),
    );
    yield { label: String(year), paths, rows: countLines(files.exports) + countLines(files.imports) };
    last = files;
  }
  if (!latest || last === null) return;
  const year = years[years.length - 1] as number;
  const period = latestPeriod(year);
  const annual = last;
  const marker = demoMarkerText({ year: year + 1, seed }, period.label);
  const { paths, files } = await writeFlows(
    (flow) => {
      const code = flow === 'exports' ? 'E' : 'I';
      const file = Buffer.concat([fromQuarter(annual[flow], code, 2, year), gen.flowBytes(flow, year + 1, [1, 2])]);
      annual[flow] = Buffer.alloc(0); // the annual file is no longer needed: let it go
      return file;
    },
    (flow, data) => {
      const zipName = `DEMO_derniere_publication_${year + 1}T2_${flow === 'exports' ? 'export' : 'import'}.zip`;
      // Dated like a publication two months after the end of its last quarter.
      return writeArchive(dir, { zipName, mainName: LATEST_MAIN_FILES[flow], data }, marker, archiveTime(year, 8));
    },
  );
  yield { label: period.label, paths, rows: countLines(files.exports) + countLines(files.imports), latest: { replaces: year } };
}
