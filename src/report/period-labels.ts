// The period a file's rows cover, written on each row: one label per kind of file. The fiche's
// prose names its period in words (fiche/wording.ts: yearOrWindow, periodNoun, periodWords).
import type { Figures } from '../figures/types.js';

/**
 * The period on each line of a fiche's data files (CSV of its tables): '2024', '2024 (T1–T2)'
 * for a partial year, '2024-T3 – 2025-T2' for a window of quarters across two years.
 */
export function tablePeriod(f: Figures): string {
  if (f.year === null) return `${f.period.from} – ${f.period.to}`;
  if (!f.partial_year || f.quarters.length === 0) return String(f.year);
  const q = [...f.quarters].sort((a, b) => a - b);
  return `${f.year} (T${q[0]}${q.length > 1 ? `–T${q[q.length - 1]}` : ''})`;
}

/** The period column of the tidy export (one year's figures): '2024', or '2024-T1T2T3' when quarters are missing. */
export function exportPeriod(f: Figures): string {
  return f.partial_year ? `${f.year}-${f.quarters.map((q) => `T${q}`).join('')}` : String(f.year);
}
