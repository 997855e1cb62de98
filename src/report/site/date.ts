// Dates shown on the site, in French: '2025-03-07T10:00:00Z' → '7 mars 2025'.
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The calendar date (UTC) of an ISO date-time, in French; the input unchanged if it is not one. */
export function frenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = Number(m[3]);
  return `${day === 1 ? '1er' : day}\u00A0${month}\u00A0${m[1]}`;
}
