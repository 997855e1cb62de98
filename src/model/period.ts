// Periods the figures are computed over: a calendar year, or a run of quarters that may span two
// years (the latest four quarters). Quarters are the finest time step of the DGDDI files.

export interface YearQuarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

export interface Period {
  /** The calendar year when the period is one (even partial), else null (a window of quarters). */
  year: number | null;
  /** Ascending, without repeats. */
  quarters: YearQuarter[];
}

/** '2024-T3', the form the JSON and the CLI use. */
export function quarterLabel(q: YearQuarter): string {
  return `${q.year}-T${q.quarter}`;
}

/** A number that orders quarters in time and identifies one: 2024-T3 → 20243. */
export function quarterNumber(q: YearQuarter): number {
  return q.year * 10 + q.quarter;
}

export function compareQuarters(a: YearQuarter, b: YearQuarter): number {
  return quarterNumber(a) - quarterNumber(b);
}

/**
 * A period's label after a verb or a noun: a year, whole or partial, takes « en » ('en 2024',
 * 'en 2024 (T1–T2)'); quarters across two years take « sur la période » ('sur la période T3 2024 –
 * T2 2025'), as « en T3 2024 – T2 2025 » does not read. `capital` starts a sentence.
 */
export function duringPeriod(label: string | number, capital = false): string {
  const text = String(label);
  const words = isYearLabel(text) ? `en ${text}` : `sur la période ${text}`;
  return capital ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/**
 * « par rapport à » a period: 'par rapport à 2023', 'par rapport à 2023 (T1–T2)'; quarters across
 * two years take « la période »: 'par rapport à la période T3 2023 – T2 2024'.
 */
export function comparedWith(label: string | number): string {
  const text = String(label);
  return isYearLabel(text) ? `par rapport à ${text}` : `par rapport à la période ${text}`;
}

/** '2024' or '2024 (T1–T2)', as opposed to quarters across two years ('T3 2024 – T2 2025'). */
function isYearLabel(text: string): boolean {
  return /^\d{4}(?!\d)/.test(text);
}
