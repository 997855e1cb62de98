// The French summary printed at the end of a build.
import { formatCount, formatNumber } from '../../format/fr.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { printedByLine } from '../pdf/chromium.js';

/** What a build did, as the pipeline reports it. */
export interface BuildReport {
  /** 2024, or a window of quarters in words: 'T3 2024 – T2 2025'. */
  year: number | string;
  demo: boolean;
  partial: boolean;
  outDir: string;
  counts: {
    departements: number;
    regions: number;
    france: number;
    html: number;
    pdf: number;
    json: number;
    csv: number;
    territoiresIndustrie?: number;
  };
  /** Why no PDF was printed (no Chromium), or null. */
  pdfSkipped: string | null;
  /** The Chromium that printed the PDFs, or null. */
  printedBy: string | null;
  seconds: number;
  /** Chromium's printing, from its start (while the store is read) to the last PDF: it runs alongside the rest of the build. 0 without PDF. */
  pdfSeconds: number;
  /**
   * What a partial build kept from out/ because it would have written the same but for the date:
   * the data files of `data` territories, and the site's pages (index, « Comparer », « Classements »,
   * Territoires d'industrie) when `sitePages`.
   */
  unchanged?: { data: number; sitePages: boolean };
  /** With TERRITRADE_PROFILE: the time of each step (pipeline/build-profile.ts), printed last. */
  profile?: string[];
}

export function buildSummary(r: BuildReport): string[] {
  const c = r.counts;
  const fiches = [
    c.departements ? formatCount(c.departements, 'département', 'départements') : '',
    c.regions ? formatCount(c.regions, 'région', 'régions') : '',
    c.france ? 'la France' : '',
  ].filter(Boolean);
  const lines = [
    `Fiches ${r.year}${r.partial ? ' (année incomplète)' : ''} : ${fiches.join(', ')}.`,
    `  ${formatCount(c.html, 'page HTML', 'pages HTML')}${r.unchanged?.sitePages ? '' : ` (dont index.html${c.territoiresIndustrie ? ` et ${formatCount(c.territoiresIndustrie, "page d'un Territoire d'industrie", "pages des Territoires d'industrie")}` : ''})`}, ${formatCount(c.pdf, 'PDF', 'PDF')}, ${formatCount(c.json, 'fichier JSON', 'fichiers JSON')} et ${formatCount(c.csv, 'fichier CSV', 'fichiers CSV')}.`,
  ];
  const kept = [
    r.unchanged?.data ? `les données de ${formatCount(r.unchanged.data, 'territoire', 'territoires')}` : '',
    r.unchanged?.sitePages ? "les pages index, « Comparer », « Classements » et des Territoires d'industrie" : '',
  ].filter(Boolean);
  if (kept.length > 0) lines.push(`  Inchangées sauf la date, gardées telles quelles : ${kept.join(' ; ')}.`);
  if (r.printedBy && c.pdf > 0) lines.push(`  ${printedByLine(r.printedBy)}`);
  if (r.pdfSkipped) lines.push(r.pdfSkipped);
  if (r.demo) lines.push(`${DEMO_NOTICE} : chaque fiche le signale.`);
  lines.push(
    `Terminé en ${formatNumber(r.seconds, 1)} s. Ouvrez ${r.outDir.replace(/\/+$/, '')}/index.html (ou lancez territrade serve).`,
  );
  lines.push(...(r.profile ?? []));
  return lines;
}
