// One fictional year of regional trade in the official DGDDI format, calibrated on the published
// totals: France → départements (calibrate) → (product, partner) cells (plan) → quarters (rows).
import { UserError } from '../../errors.js';
import { calibrateDepartements, type Flow } from './calibrate.js';
import { buildCatalogue, type Catalogue, type DemoReference } from './catalogue.js';
import { addProductCells, planDepartement, type DepartementPlan } from './plan.js';
import { departementProfile } from './profiles/departements.js';
import { rngFor } from './rng.js';
import { allocateRows } from './rows.js';
import { AsciiWriter, encodeAscii } from './ascii-writer.js';
import { cumulativeSums, drawFromCumulative } from './sample.js';
import { DEMO_TARGETS, type DemoTargets } from './targets.js';

export interface DemoYearOptions {
  year: number;
  seed: number;
}

export interface DemoYearFiles {
  /** Text of the export file (`E` lines, CRLF, trailing CRLF). */
  exports: string;
  /** Text of the import file (`I` lines). */
  imports: string;
}

/** Row budget per flow, tuned so that each flow has about 550 000 rows like the official files. */
const ROWS_PER_FLOW = 620_000;
/** Average number of quarters a (product, partner) cell appears in; turns rows into cells. */
const QUARTERS_PER_CELL = 2.55;
/** Row count grows less than proportionally with a département's size. */
const ROWS_SIZE_EXPONENT = 0.6;

const SEMICOLON = 59;
const CR = 13;
const LF = 10;

export function validateDemoOptions({ year, seed }: DemoYearOptions): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new UserError(`Année de démonstration invalide${'\u00A0'}: ${year} (une année à 4 chiffres est attendue, par exemple 2024).`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new UserError(`Graine de démonstration invalide${'\u00A0'}: ${seed} (un entier positif ou nul est attendu).`);
  }
}

/** The two main files of a demo year, from injected reference codes (pure, deterministic). */
export function generateDemoYearFrom(
  ref: DemoReference,
  options: DemoYearOptions,
  targets: DemoTargets = DEMO_TARGETS,
): DemoYearFiles {
  validateDemoOptions(options);
  const cat = buildCatalogue(ref, options.seed);
  const departements = [...ref.departements].sort((a, b) => (a.dgddi < b.dgddi ? -1 : a.dgddi > b.dgddi ? 1 : 0));
  const flowText = (flow: Flow) => generateFlow(cat, departements, flow, options, targets);
  return { exports: flowText('exports'), imports: flowText('imports') };
}

function generateFlow(
  cat: Catalogue,
  departements: DemoReference['departements'],
  flow: Flow,
  { year, seed }: DemoYearOptions,
  targets: DemoTargets,
): string {
  const sizeRng = rngFor(seed, `sizes:${flow}`);
  const profiles = departements.map((d) => departementProfile(d.dgddi));
  const units = departements.map((d, i) => ({
    dgddi: d.dgddi,
    dgddiRegion: d.dgddiRegion,
    weight: (profiles[i] as ReturnType<typeof departementProfile>)[flow] * sizeRng.lognormal(0.1),
  }));
  const totals = calibrateDepartements(units, targets, flow);

  const france = targets.france[flow];
  const rowShares = Array.from(totals, (t) => Math.pow(t / france, ROWS_SIZE_EXPONENT));
  const rowShareSum = rowShares.reduce((s, x) => s + x, 0);
  const largest = Math.max(...totals);
  const plans: DepartementPlan[] = departements.map((d, i) => {
    const cells = Math.max(6, Math.round((ROWS_PER_FLOW * (rowShares[i] as number)) / rowShareSum / QUARTERS_PER_CELL));
    const partners = Math.round(30 + 200 * Math.pow((totals[i] as number) / largest, 0.3));
    const size = { cells, partners: Math.min(cat.countries.length, Math.max(12, partners)) };
    return planDepartement(cat, flow, profiles[i] as ReturnType<typeof departementProfile>, size, rngFor(seed, `${flow}:${d.dgddi}`));
  });
  ensureEveryProduct(cat, flow, plans, totals, rngFor(seed, `coverage:${flow}`));

  const flowCode = flow === 'exports' ? 'E' : 'I';
  const deptRows = plans.map((plan, i) =>
    allocateRows(plan, totals[i] as number, cat, rngFor(seed, `rows:${flow}:${(departements[i] as { dgddi: string }).dgddi}`)),
  );
  // Written as bytes, not as one string per line: half a million small strings per flow would
  // cost more in garbage collection than everything else.
  const out = new AsciiWriter(48 * ROWS_PER_FLOW);
  // Row order of the official files: quarter, département, A129, CPF4, partner.
  const cellKeys = cat.cpf4.map((c, k) => encodeAscii(`${cat.a129[cat.cpf4A129[k] as number]};${c};`));
  const countryKeys = cat.countries.map((c) => encodeAscii(`${c};`));
  for (let q = 0; q < 4; q++) {
    departements.forEach((d, i) => {
      const rows = deptRows[i] as ReturnType<typeof allocateRows>;
      const prefix = encodeAscii(`${flowCode};${q + 1};${year};${d.dgddi};${d.dgddiRegion};`);
      for (let c = 0; c < rows.cellCpf4.length; c++) {
        const value = rows.quarterValue[4 * c + q] as number;
        if (value < 0) continue;
        out.raw(prefix);
        out.raw(cellKeys[rows.cellCpf4[c] as number] as Uint8Array);
        out.raw(countryKeys[rows.cellCountry[c] as number] as Uint8Array);
        out.uint(value);
        out.byte(SEMICOLON);
        out.uint(rows.quarterMass[4 * c + q] as number);
        out.byte(CR);
        out.byte(LF);
      }
    });
  }
  return out.toString();
}

/**
 * Every CPF4 code must appear somewhere in France in each flow: a code no département drew goes,
 * as a small flow, to a département picked in proportion to its size.
 */
function ensureEveryProduct(cat: Catalogue, flow: Flow, plans: DepartementPlan[], totals: Float64Array, rng: ReturnType<typeof rngFor>): void {
  const covered = new Uint8Array(cat.cpf4.length);
  for (const plan of plans) for (const k of plan.cellCpf4) covered[k] = 1;
  const cumulative = cumulativeSums(totals);
  for (let k = 0; k < cat.cpf4.length; k++) {
    if (covered[k]) continue;
    const plan = plans[drawFromCumulative(rng, cumulative)] as DepartementPlan;
    addProductCells(plan, cat, flow, k, 1 + rng.int(2), rng);
  }
}
