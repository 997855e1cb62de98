// Recognising the annual regional files among a dataset's resources, from titles and file names
// written by people: accents, case and wording vary ("Exportations 2024", "regional_2024_export.zip").
import { EXPORTS, IMPORTS, type Direction } from '../model/direction.js';
import type { Flow } from '../dgddi/format.js';
import type { Resource } from './datagouv.js';

export type { Flow };

export interface TradeResource {
  resource: Resource;
  year: number;
  flow: Flow;
  /** The file name the download is saved under. */
  fileName: string;
}

/** Lower case, no accents, every run of other characters turned into one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 'export', 'exports', 'exportation', 'exportations' (and the same for imports). */
const wordsOf = (d: Direction) => new Set([d.short, `${d.short}s`, d.singular, d.plural]);
const EXPORT_WORDS = wordsOf(EXPORTS);
const IMPORT_WORDS = wordsOf(IMPORTS);
/** Annexes and documentation that mention a year or a flow but hold no trade rows. */
const NOT_DATA_WORDS = new Set([
  'libelle',
  'libelles',
  'nomenclature',
  'lisez',
  'readme',
  'description',
  'documentation',
  'notice',
]);
const DATA_FORMATS = new Set(['zip', 'txt', 'gz', 'csv', '']);

/** The last path segment of a URL, decoded; '' when there is none. */
export function fileNameFromUrl(url: string): string {
  try {
    const segment = new URL(url).pathname.split('/').pop() ?? '';
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** A file name safe on every system: no path separators, no control or reserved characters. */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .trim()
    .replace(/^[.\s]+/, '');
}

/** 'E', 'I' or null (none or both named). */
export function detectFlow(text: string): Flow | null {
  const words = normalizeText(text).split(' ');
  const isExport = words.some((w) => EXPORT_WORDS.has(w));
  const isImport = words.some((w) => IMPORT_WORDS.has(w));
  if (isExport === isImport) return null;
  return isExport ? 'E' : 'I';
}

/** The one plausible year (1990–2099) named in the text, or null when none or several are. */
export function detectYear(text: string): number | null {
  const years = new Set<number>();
  for (const m of normalizeText(text).matchAll(/(?:^|[^0-9])((?:199|20[0-9])[0-9])(?![0-9])/g)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0]! : null;
}

function formatOf(resource: Resource, fileName: string): string {
  if (resource.format) return resource.format.replace(/^\./, '');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName);
  return ext ? ext[1]!.toLowerCase() : '';
}

/**
 * Year and flow of a resource, or null when it is not an annual regional trade file. The file
 * name is trusted first (it is what the publisher's tools produce), the title second.
 */
export function classifyResource(resource: Resource): TradeResource | null {
  const fileName = safeFileName(fileNameFromUrl(resource.url));
  const both = `${resource.title} ${fileName}`;
  if (
    normalizeText(both)
      .split(' ')
      .some((w) => NOT_DATA_WORDS.has(w))
  )
    return null;
  if (!DATA_FORMATS.has(formatOf(resource, fileName))) return null;
  const year = detectYear(fileName) ?? detectYear(resource.title);
  const flow = detectFlow(fileName) ?? detectFlow(resource.title);
  if (year === null || flow === null) return null;
  return {
    resource,
    year,
    flow,
    fileName: fileName || `territrade_${year}_${(flow === 'E' ? EXPORTS : IMPORTS).short}`,
  };
}

/** Dates compare as ISO strings; an unknown date loses. */
function newer(a: TradeResource, b: TradeResource): TradeResource {
  return b.resource.lastModified > a.resource.lastModified ? b : a;
}

/** For each year, the most recent file of each flow. Years in increasing order. */
export function tradeFilesByYear(resources: Resource[]): Map<number, { E?: TradeResource; I?: TradeResource }> {
  const byYear = new Map<number, { E?: TradeResource; I?: TradeResource }>();
  for (const resource of resources) {
    const found = classifyResource(resource);
    if (!found) continue;
    const entry = byYear.get(found.year) ?? {};
    const previous = entry[found.flow];
    entry[found.flow] = previous ? newer(previous, found) : found;
    byYear.set(found.year, entry);
  }
  return new Map([...byYear.entries()].sort((a, b) => a[0] - b[0]));
}

/** Years for which both the export and the import file are published, increasing. */
export function completeYears(resources: Resource[]): number[] {
  return [...tradeFilesByYear(resources).entries()].filter(([, f]) => f.E && f.I).map(([year]) => year);
}

export type YearSelection =
  | { ok: true; year: number; files: [TradeResource, TradeResource] }
  | { ok: false; year: number | null; available: number[]; partial?: Flow };

/** The export and import files of `year`, or of the latest complete year when none is asked. */
export function selectYear(resources: Resource[], year?: number): YearSelection {
  const byYear = tradeFilesByYear(resources);
  const available = [...byYear.entries()].filter(([, f]) => f.E && f.I).map(([y]) => y);
  const chosen = year ?? available[available.length - 1];
  if (chosen === undefined) return { ok: false, year: null, available };
  const files = byYear.get(chosen);
  if (files?.E && files.I) return { ok: true, year: chosen, files: [files.E, files.I] };
  const partial = files?.E ? 'E' : files?.I ? 'I' : undefined;
  return partial ? { ok: false, year: chosen, available, partial } : { ok: false, year: chosen, available };
}

/** ANCT's commune-level list (`liste-ti-com2023-20240704.csv`): the most recent one. */
export function selectTerritoiresList(resources: Resource[]): { resource: Resource; fileName: string } | null {
  let best: { resource: Resource; fileName: string; key: string } | null = null;
  for (const resource of resources) {
    const fileName = safeFileName(fileNameFromUrl(resource.url));
    if (!/^liste-ti-com.*\.csv$/i.test(fileName)) continue;
    // Publication date in the name first (20240704), then the API's date.
    const key = `${/(\d{8})/.exec(fileName)?.[1] ?? '00000000'} ${resource.lastModified}`;
    if (!best || key > best.key) best = { resource, fileName, key };
  }
  return best ? { resource: best.resource, fileName: best.fileName } : null;
}
