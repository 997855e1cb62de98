// Which files fetch takes among every source's: for each year and flow the newest publication
// (a tie goes to the source listed first), and the newest year with both flows.
import type { Flow } from '../model/trade.js';
import type { Candidate, SourceReport } from './discover.js';

export type YearFiles = { E?: Candidate; I?: Candidate };

/** For each year, the newest file of each flow over all sources; years increasing. */
export function filesByYear(reports: SourceReport[]): Map<number, YearFiles> {
  const byYear = new Map<number, YearFiles>();
  for (const report of reports) {
    for (const c of report.candidates) {
      const entry = byYear.get(c.year) ?? {};
      const previous = entry[c.flow];
      if (!previous || c.published > previous.published) entry[c.flow] = c;
      byYear.set(c.year, entry);
    }
  }
  return new Map([...byYear.entries()].sort((a, b) => a[0] - b[0]));
}

export type Choice =
  | { ok: true; year: number; files: [Candidate, Candidate]; complete: number[] }
  | { ok: false; year: number | null; complete: number[]; partial?: Flow };

/** The year asked for, or the newest year whose export and import files were both found. */
export function chooseYear(reports: SourceReport[], year?: number): Choice {
  const byYear = filesByYear(reports);
  const complete = [...byYear.entries()].filter(([, f]) => f.E && f.I).map(([y]) => y);
  const chosen = year ?? complete[complete.length - 1];
  if (chosen === undefined) return { ok: false, year: null, complete };
  const files = byYear.get(chosen);
  if (files?.E && files.I) return { ok: true, year: chosen, files: [files.E, files.I], complete };
  const partial = files?.E ? 'E' : files?.I ? 'I' : undefined;
  return partial ? { ok: false, year: chosen, complete, partial } : { ok: false, year: chosen, complete };
}

/** Data for a year are published the spring after; more than two years back means stale sources. */
export const STALE_AFTER_YEARS = 2;

export function isStale(year: number, now: Date): boolean {
  return now.getFullYear() - year > STALE_AFTER_YEARS;
}

/** The plain warning shown before downloading stale data, with the way to get newer files. */
export function staleWarning(year: number, now: Date): string[] {
  const age = now.getFullYear() - year;
  return [
    `Attention : l'année la plus récente trouvée est ${year}, vieille de ${age} ans. Les sources consultées n'ont pas de fichier plus récent, ou leurs adresses ont changé (voir territrade fetch --list).`,
    ...manualProcedure('Pour des données plus récentes, téléchargez'),
  ];
}

/** How to get the files by hand: where they are published, which ones, and the import command. */
export function manualProcedure(lead = 'Sans accès au réseau, téléchargez depuis une autre machine'): string[] {
  return [
    `${lead} à la main les deux fichiers annuels AAAAMM_regional_AAAA_export.zip et AAAAMM_regional_AAAA_import.zip`,
    'depuis https://www.douane.gouv.fr/la-douane/opendata (ou data.gouv.fr, organisation « Direction générale des douanes et droits indirects »), puis :',
    '  territrade import AAAAMM_regional_AAAA_export.zip AAAAMM_regional_AAAA_import.zip',
    'ou donnez leurs adresses : territrade fetch --url ADRESSE_EXPORT ADRESSE_IMPORT',
  ];
}
