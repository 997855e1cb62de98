// Every département's trade of each calendar year by flow × A129 × partner, its codes as small
// integers (cube_codes): what `compare` and `rank` read instead of the millions of lines of
// `trade` (≈ 290 000 rows a year, against 1,1 million lines, summed already). Each import rebuilds
// the flow × year pairs it changed, in its transaction; a period is read from it only when it is
// made of whole years as the table holds them (yearCubeYears), so its sums are those of `trade`.
import { UserError } from '../errors.js';
import { groupThousands, NBSP } from '../format/fr.js';
import { quarterNumber, type Period } from '../model/period.js';
import type { Flow, QuarterTotal } from '../model/trade.js';
import type { Store } from './store.js';

export const YEAR_CUBE_TABLES = ['cube_codes', 'year_cube'] as const;

/**
 * Part of the store's schema (store.ts). Codes never change id once given (append only). The sums
 * are BIGINT: DuckDB decodes a HUGEINT column some thirty times slower (schema 4 had one: ≈ 50 ms
 * a year of rows). A cell sums a few dozen lines; it would need over 9 200 at the largest value a
 * line may hold (15 digits, dgddi/format.ts) to outgrow it: such absurd sums are refused in French
 * (cubeOverflow), not left to DuckDB's conversion error.
 */
export const YEAR_CUBE_SCHEMA = `
CREATE TABLE IF NOT EXISTS cube_codes (kind VARCHAR NOT NULL, code VARCHAR NOT NULL, id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS year_cube (
  flow VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  dept INTEGER NOT NULL,
  a129 INTEGER NOT NULL,
  country INTEGER NOT NULL,
  value_eur BIGINT NOT NULL
);`;

/** The largest sum a cell holds (BIGINT), and the mark of the error() raised beyond it. */
const CELL_LIMIT = '9223372036854775807';
const OVERFLOW = 'territrade year_cube overflow';

/** `sum` as BIGINT, or DuckDB's error() naming the cell (`cell`, SQL text) and the sum. */
const checkedSum = (sum: string, cell: string): string =>
  `CASE WHEN ${sum} > ${CELL_LIMIT} THEN error('${OVERFLOW}|' || ${cell} || '|' || (${sum})::VARCHAR) ELSE (${sum})::BIGINT END`;

/** A store of schema 4 (HUGEINT sums) opened for writing: the same sums, as BIGINT. */
export const YEAR_CUBE_UPGRADE = `ALTER TABLE year_cube ALTER value_eur SET DATA TYPE BIGINT USING ${checkedSum(
  'value_eur',
  "flow || '|' || year || '|' || dept || '|' || a129 || '|' || country",
)}`;

/** The sum and cell of checkedSum's error, or null for any other error. */
function overflowOf(err: unknown): { cell: string[]; sum: string } | null {
  const message = err instanceof Error ? err.message : '';
  const at = message.indexOf(`${OVERFLOW}|`);
  if (at < 0) return null;
  const parts = message.slice(at + OVERFLOW.length + 1).split('|');
  return { cell: parts.slice(0, 5), sum: (parts[5] ?? '').replace(/\D.*$/s, '') };
}

const euros = (digits: string) => `${groupThousands(digits)}${NBSP}€`;
const beyond = `plus que la base ne peut en additionner (${euros(CELL_LIMIT)}) : des valeurs invraisemblables`;

/** The French refusal of an import whose sums outgrow year_cube, naming the files that bring that flow × year; else `err`. */
export function cubeOverflow(err: unknown, files: readonly { name: string; parts: readonly FlowYear[] }[]): unknown {
  const overflow = overflowOf(err);
  if (!overflow) return err;
  const [flow, year, dept, a129, country] = overflow.cell;
  const named = files.filter((f) => f.parts.some((p) => p.flow === flow && String(p.year) === year)).map((f) => f.name);
  const what =
    flow === 'E'
      ? `les exportations ${year} du département ${dept} en ${a129} vers ${country}`
      : `les importations ${year} du département ${dept} en ${a129} depuis ${country}`;
  return new UserError(
    `import refusé ; rien n'a été importé, la base est inchangée. ${[...new Set(named)].join(', ')} : ${what} totalisent ${euros(overflow.sum)}, ${beyond}.`,
  );
}

/** The French refusal to upgrade a schema-4 store whose year_cube holds such a sum; else `err`. */
export function upgradeOverflow(err: unknown, storePath: string): unknown {
  const overflow = overflowOf(err);
  if (!overflow) return err;
  return new UserError(
    `la base ${storePath} ne peut pas passer au format 5 de cette version : une de ses sommes par département, activité et pays vaut ${euros(overflow.sum)}, ${beyond} ; elle n'a pas été modifiée. Refaites-la en réimportant les fichiers, corrigés.`,
  );
}

const KINDS = ['dept', 'a129', 'country'] as const;
type Kind = (typeof KINDS)[number];

export interface FlowYear {
  flow: Flow;
  year: number;
}

/**
 * Rebuilds the rows of each flow × year from `trade` (after an import changed them). A sum beyond
 * BIGINT stops the statement with checkedSum's error (cubeOverflow says it in French).
 */
export async function refreshYearCube(store: Store, pairs: readonly FlowYear[]): Promise<void> {
  const unique = new Map(pairs.map((p) => [`${p.flow}${p.year}`, p]));
  for (const { flow, year } of unique.values()) {
    // Both are ours (a Flow, an integer): safe to inline.
    const where = `WHERE flow = '${flow === 'E' ? 'E' : 'I'}' AND year = ${Math.trunc(year)}`;
    for (const kind of KINDS)
      await store.run(
        `INSERT INTO cube_codes SELECT '${kind}', code,
           (SELECT coalesce(max(id), 0) FROM cube_codes WHERE kind = '${kind}') + row_number() OVER (ORDER BY code)
         FROM (SELECT DISTINCT ${kind} AS code FROM trade ${where})
         WHERE code NOT IN (SELECT code FROM cube_codes WHERE kind = '${kind}')`,
      );
    await store.run(`DELETE FROM year_cube ${where}`);
    const join = (kind: Kind) =>
      `JOIN cube_codes ${kind}_id ON ${kind}_id.kind = '${kind}' AND ${kind}_id.code = t.${kind}`;
    await store.run(
      `INSERT INTO year_cube SELECT t.flow, t.year, dept_id.id, a129_id.id, country_id.id, t.value_eur
       FROM (SELECT flow, year, dept, a129, country, ${checkedSum('sum(value_eur)', "flow || '|' || year || '|' || dept || '|' || a129 || '|' || country")} AS value_eur
             FROM trade ${where} GROUP BY flow, year, dept, a129, country) t
       ${KINDS.map(join).join(' ')}`,
    );
  }
}

/** Builds the whole table from `trade` (a store made before it, opened for writing). */
export async function fillYearCube(store: Store): Promise<void> {
  await store.run('DELETE FROM year_cube; DELETE FROM cube_codes');
  const pairs = await store.all('SELECT DISTINCT flow, year FROM trade ORDER BY year, flow');
  await refreshYearCube(
    store,
    pairs.map((r) => ({ flow: String(r['flow']) as Flow, year: Number(r['year']) })),
  );
}

/**
 * The years whose sums make `period` in year_cube, or null when it cannot be read from it: each
 * of its years must have, in both flows, exactly the period's quarters of that year stored.
 */
export function yearCubeYears(period: Period, totals: readonly QuarterTotal[]): number[] | null {
  const years = [...new Set(period.quarters.map((q) => q.year))];
  const stored = new Map<string, Set<number>>();
  for (const t of totals) {
    const key = `${t.flow}${t.year}`;
    const quarters = stored.get(key);
    if (quarters) quarters.add(t.quarter);
    else stored.set(key, new Set([t.quarter]));
  }
  for (const year of years) {
    const asked = new Set(period.quarters.filter((q) => q.year === year).map((q) => quarterNumber(q)));
    for (const flow of ['E', 'I'] as const) {
      const held = [...(stored.get(`${flow}${year}`) ?? [])];
      if (held.length !== asked.size || held.some((q) => !asked.has(year * 10 + q))) return null;
    }
  }
  return years;
}

/** The codes of year_cube's ids, by kind: codes[kind][id]. */
export async function cubeCodes(store: Store): Promise<Record<Kind, string[]>> {
  const codes: Record<Kind, string[]> = { dept: [], a129: [], country: [] };
  for (const r of await store.all('SELECT kind, code, id FROM cube_codes'))
    codes[String(r['kind']) as Kind][Number(r['id'])] = String(r['code']);
  return codes;
}

/** The sum column and condition that read `years` from year_cube (summed when more than one). */
export function yearsRead(years: readonly number[]): { where: string; grouped: boolean } {
  // Integers we made: safe to inline.
  return { where: `WHERE year IN (${years.map((y) => String(Math.trunc(y))).join(', ')})`, grouped: years.length > 1 };
}
