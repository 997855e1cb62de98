// The text of `territrade fetch --list` and of the "no file for that year" message.
import type { Dataset, Resource } from './datagouv.js';
import { FLOW_NAMES } from '../dgddi/format.js';
import { tradeFilesByYear, type TradeResource } from './match.js';
import { formatCount, formatIsoDateShort, formatSize } from '../format/fr.js';
import type { Choice } from './choose.js';
import type { Candidate, SourceReport } from './discover.js';
import { visibleText } from '../format/visible-text.js';

/** The longest listing line printed; longer ones (a server's endless title) are cut. */
const MAX_LINE = 500;

/** Every listing line holds text from the network (titles, pages, file names): escaped before printing. */
const visibleLines = (lines: string[]): string[] => lines.map((line) => visibleText(line, MAX_LINE));

/** `2019, 2020 et 2021`. */
export function joinYears(years: number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} et ${years[years.length - 1]}`;
}

function fileLine(year: number, file: TradeResource): string {
  const r = file.resource;
  const details = [
    r.filesize !== null ? formatSize(r.filesize) : '',
    r.lastModified ? `mis à jour le ${formatIsoDateShort(r.lastModified)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${year}  ${FLOW_NAMES[file.flow].padEnd(12)}  ${file.fileName}${details ? ` (${details})` : ''}`;
}

/** One line per year and flow (the file fetch would take), complete years first named. */
export function formatTradeListing(dataset: Dataset): string[] {
  return visibleLines(tradeListing(dataset));
}

function tradeListing(dataset: Dataset): string[] {
  const byYear = tradeFilesByYear(dataset.resources);
  const complete = [...byYear.entries()].filter(([, f]) => f.E && f.I).map(([y]) => y);
  const lines = [`${dataset.title || 'Jeu de données'} : ${dataset.page}`];
  if (byYear.size === 0) {
    lines.push(
      `Aucun fichier annuel d'exportations ou d'importations reconnu parmi ${formatCount(dataset.resources.length, 'ressource')}.`,
    );
    return lines;
  }
  lines.push(
    complete.length
      ? `Années complètes (exportations et importations) : ${joinYears(complete)}`
      : 'Aucune année complète (exportations et importations).',
  );
  for (const [year, files] of byYear) {
    for (const flow of ['E', 'I'] as const) {
      const file = files[flow];
      if (file) lines.push(fileLine(year, file));
    }
  }
  return lines;
}

/** The Territoires d'industrie list that `fetch --territoires` would take. */
export function formatTerritoiresListing(
  dataset: Dataset,
  found: { resource: Resource; fileName: string } | null,
): string[] {
  return visibleLines(territoiresListing(dataset, found));
}

function territoiresListing(dataset: Dataset, found: { resource: Resource; fileName: string } | null): string[] {
  const head = `${dataset.title || 'Jeu de données'} : ${dataset.page}`;
  if (!found) return [head, 'Aucune liste des communes (liste-ti-com…csv) parmi les ressources.'];
  const r = found.resource;
  const details = [
    r.filesize !== null ? formatSize(r.filesize) : '',
    r.lastModified ? `mis à jour le ${formatIsoDateShort(r.lastModified)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [head, `  Territoires d'industrie  ${found.fileName}${details ? ` (${details})` : ''}`];
}

function candidateLine(c: Candidate): string {
  const details = [
    c.kind,
    /^\d{4}-\d{2}$/.test(c.published)
      ? `publié ${c.published.slice(5)}/${c.published.slice(0, 4)}`
      : c.lastModified
        ? `mis à jour le ${formatIsoDateShort(c.lastModified)}`
        : '',
    c.filesize !== null ? formatSize(c.filesize) : '',
  ].filter(Boolean);
  return `  ${c.year}  ${FLOW_NAMES[c.flow].padEnd(12)}  ${c.fileName} (${details.join(', ')})`;
}

/** `fetch --list`: per source, the years and files found (or why none), then the choice. */
export function formatSourcesListing(reports: SourceReport[], choice: Choice): string[] {
  return visibleLines(sourcesLines(reports, choice));
}

function sourcesLines(reports: SourceReport[], choice: Choice): string[] {
  const lines: string[] = [];
  for (const r of reports) {
    if (r.error) {
      lines.push(`${r.source.label} : injoignable ou illisible (${r.error})`);
      continue;
    }
    const years = [...new Set(r.candidates.map((c) => c.year))].sort((a, b) => a - b);
    lines.push(
      `${r.source.label} : ${years.length ? `années ${joinYears(years)}` : 'aucun fichier reconnu'} (${r.where})`,
    );
    const sorted = [...r.candidates].sort(
      (a, b) =>
        a.year - b.year ||
        a.flow.localeCompare(b.flow) ||
        a.published.localeCompare(b.published) ||
        a.fileName.localeCompare(b.fileName),
    );
    for (const c of sorted) lines.push(candidateLine(c));
  }
  if (choice.ok) {
    const [e, i] = choice.files;
    lines.push(
      `Année retenue : ${choice.year} (exportations : ${e.fileName}, source ${e.sourceId} ; importations : ${i.fileName}, source ${i.sourceId})`,
    );
  } else {
    lines.push(`Aucune année complète (exportations et importations) dans les sources.`);
  }
  return lines;
}
