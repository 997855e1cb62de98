// Départements and régions: DGDDI codes (used in the data files) ↔ INSEE codes and current names
// (shown to users). Built from reference-data/territoires.csv, checked against DGDDI's
// Departement_region.txt.
import { UserError } from '../errors.js';
import type { TerritoryRef } from '../figures/types.js';
import { NBSP } from '../format/fr.js';
import { once, readReferenceFile } from './files.js';
import { editDistance, normalizeName, slugify } from './slug.js';
import { decodeText, guillemets, parseDelimited } from './text.js';

export interface Departement {
  /** DGDDI code as found in the data files: '42', '20' (Corse), '9A'…'9E' (DROM), '99' (Monaco). */
  dgddi: string;
  /** INSEE display code: '42', '971', '20' for Corse, '99' for Monaco. */
  code: string;
  /** INSEE codes covered: ['42'], or ['2A', '2B'] for Corse. */
  inseeCodes: string[];
  /** Current name: 'Loire', 'Corse (2A, 2B)', 'Monaco'. */
  name: string;
  /** INSEE région code. */
  region: string;
  /** DGDDI région code carried by the data files. */
  dgddiRegion: string;
  /** '42-loire', '20-corse', '971-guadeloupe'. */
  slug: string;
}

export interface Region {
  /** INSEE code. */
  code: string;
  name: string;
  /** '84-auvergne-rhone-alpes'. */
  slug: string;
  /** DGDDI région code ('24' for each of the five DROM). */
  dgddiRegion: string;
  /** DGDDI codes of its départements, in departements() order. */
  departements: string[];
}

export type ResolvedTerritory =
  | { kind: 'departement'; departement: Departement }
  | { kind: 'region'; region: Region }
  | { kind: 'france' };

interface Territories {
  departements: Departement[];
  regions: Region[];
  byDgddi: Map<string, Departement>;
  regionByCode: Map<string, Region>;
  /** DGDDI département code → DGDDI région code, as in Departement_region.txt. */
  dgddiRegionOf: Map<string, string>;
}

const TERRITOIRES_FILE = 'territoires.csv';
const DGDDI_FILE = 'Departement_region.txt';

function records(file: string): { line: number; fields: string[] }[] {
  return parseDelimited(decodeText(readReferenceFile(file)).text, ';', file);
}

/** Drops a trailing parenthetical: 'Corse (2A, 2B)' → 'Corse'. */
function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

function loadDgddiRegions(): Map<string, string> {
  const map = new Map<string, string>();
  for (const { line, fields } of records(DGDDI_FILE)) {
    const [dept, , region] = fields;
    if (fields.length !== 4 || !dept || !region) throw new Error(`${DGDDI_FILE}:${line}: malformed line`);
    map.set(dept, region);
  }
  return map;
}

const load = once((): Territories => {
  const dgddiRegionOf = loadDgddiRegions();
  const [header, ...rows] = records(TERRITOIRES_FILE);
  const expected = 'dgddi;code;insee_codes;name;region;region_name;dgddi_region';
  if (header?.fields.join(';') !== expected) throw new Error(`${TERRITOIRES_FILE}: unexpected header`);

  const departements: Departement[] = [];
  const regionNames = new Map<string, { name: string; dgddiRegion: string }>();
  for (const { line, fields } of rows) {
    const [dgddi = '', code = '', insee = '', name = '', region = '', regionName = '', dgddiRegion = ''] = fields;
    // The hand-written table must agree with DGDDI's own file, or the data would be misfiled.
    if (dgddiRegionOf.get(dgddi) !== dgddiRegion) {
      throw new Error(`${TERRITOIRES_FILE}:${line}: ${dgddi} is not in DGDDI région ${dgddiRegion} per ${DGDDI_FILE}`);
    }
    departements.push({
      dgddi,
      code,
      inseeCodes: insee.split('|'),
      name,
      region,
      dgddiRegion,
      slug: `${code}-${slugify(baseName(name))}`,
    });
    regionNames.set(region, { name: regionName, dgddiRegion });
  }
  if (departements.length !== dgddiRegionOf.size) {
    throw new Error(`${TERRITOIRES_FILE}: ${departements.length} départements, ${DGDDI_FILE} has ${dgddiRegionOf.size}`);
  }
  // String order puts Corse (20) in place, the DROM (971…976) after 95 and Monaco (99) last.
  departements.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const regions: Region[] = [...regionNames]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, { name, dgddiRegion }]) => ({
      code,
      name,
      slug: `${code}-${slugify(name)}`,
      dgddiRegion,
      departements: departements.filter((d) => d.region === code).map((d) => d.dgddi),
    }));
  // Shared by every caller: frozen so that no consumer can alter them for the others.
  for (const d of departements) {
    Object.freeze(d.inseeCodes);
    Object.freeze(d);
  }
  for (const r of regions) {
    Object.freeze(r.departements);
    Object.freeze(r);
  }
  Object.freeze(departements);
  Object.freeze(regions);
  return {
    departements,
    regions,
    byDgddi: new Map(departements.map((d) => [d.dgddi, d])),
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    dgddiRegionOf,
  };
});

/** The 101 départements of the DGDDI files, sorted by INSEE code (DROM after 95, Monaco last). */
export function departements(): Departement[] {
  return load().departements;
}

/** The 18 régions, sorted by INSEE code. */
export function regions(): Region[] {
  return load().regions;
}

export function departementByDgddi(code: string): Departement | undefined {
  return load().byDgddi.get(code);
}

export function regionByCode(insee: string): Region | undefined {
  return load().regionByCode.get(insee);
}

export function regionOfDepartement(dgddi: string): Region {
  const dept = departementByDgddi(dgddi);
  const region = dept && regionByCode(dept.region);
  if (!region) throw new Error(`unknown DGDDI département code: ${dgddi}`);
  return region;
}

export function isKnownDgddiDepartement(code: string): boolean {
  return load().byDgddi.has(code);
}

/** The DGDDI région code the data files carry for a département ('42' → '18', '9A' → '24'). */
export function expectedDgddiRegion(deptDgddi: string): string | undefined {
  return load().dgddiRegionOf.get(deptDgddi);
}

// ---------------------------------------------------------------------------------------------
// Resolution of user queries

interface Lookup {
  /** Upper-cased code (INSEE display, INSEE, DGDDI) → département. */
  deptByCode: Map<string, Departement>;
  /** Normalised name or 'code name' → département. */
  deptByName: Map<string, Departement>;
  regionByName: Map<string, Region>;
}

const lookup = once((): Lookup => {
  const deptByCode = new Map<string, Departement>();
  const deptByName = new Map<string, Departement>();
  const dgddiNames = new Map(records(DGDDI_FILE).map(({ fields }) => [fields[0] ?? '', fields[1] ?? '']));
  for (const d of departements()) {
    for (const code of [d.code, d.dgddi, ...d.inseeCodes]) deptByCode.set(code.toUpperCase(), d);
    const names = [d.name, baseName(d.name), dgddiNames.get(d.dgddi) ?? d.name];
    for (const name of names) {
      deptByName.set(normalizeName(name), d);
      deptByName.set(normalizeName(`${d.code} ${name}`), d);
    }
  }
  const regionByName = new Map<string, Region>();
  for (const r of regions()) {
    regionByName.set(normalizeName(r.name), r);
    regionByName.set(normalizeName(`${r.code} ${r.name}`), r);
  }
  return { deptByCode, deptByName, regionByName };
});

const FRANCE_NAMES = new Set(['france', 'fr', 'france entiere']);

/** '1' → '01' so that single-digit département and région codes are found. */
function padCode(code: string): string {
  return /^\d$/.test(code) ? '0' + code : code;
}

interface Suggestion {
  key: string;
  label: string;
}

/**
 * Up to 3 labels whose key is close to the query: within a small edit distance, or containing it.
 * Ranked by that score, then names starting with the query, then plain edit distance.
 */
function suggest(query: string, candidates: Suggestion[]): string[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const limit = Math.max(2, Math.floor(q.length / 3));
  const best = new Map<string, number[]>();
  const better = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  for (const { key, label } of candidates) {
    const distance = editDistance(q, key);
    const score = q.length >= 3 && key.includes(q) ? Math.min(distance, 1) : distance;
    if (score > limit) continue;
    const rank = [score, key.startsWith(q) ? 0 : 1, distance];
    const prev = best.get(label);
    if (!prev || better(rank, prev) < 0) best.set(label, rank);
  }
  return [...best]
    .sort(([la, a], [lb, b]) => better(a, b) || la.localeCompare(lb, 'fr'))
    .slice(0, 3)
    .map(([label]) => label);
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

function unknown(what: string, query: string, suggestions: string[], hint: string): UserError {
  const head = `${what}${NBSP}: ${guillemets(query)}.`;
  if (suggestions.length > 0) return new UserError(`${head} Vouliez-vous dire${NBSP}: ${joinOr(suggestions)}${NBSP}?`);
  return new UserError(`${head} ${hint}`);
}

function regionSuggestions(): Suggestion[] {
  return regions().map((r) => ({ key: normalizeName(r.name), label: `${r.name} (region:${r.code})` }));
}

function resolveRegion(rest: string, query: string): Region {
  const byCode = regionByCode(padCode(rest));
  if (byCode) return byCode;
  const byName = lookup().regionByName.get(normalizeName(rest));
  if (byName) return byName;
  throw unknown(
    'Région inconnue',
    query,
    suggest(rest, regionSuggestions()),
    'Indiquez un code INSEE de région (ex. region:84) ou son nom (ex. region:Bretagne).',
  );
}

/**
 * Reads a territory typed by a user: a département by code ('42', '2A', '20', '971', '9A') or name
 * ('Loire', 'corse'), a région by 'region:84' / 'région:84' / name ('auvergne rhone alpes'), or
 * 'france' / 'FR'. A name shared by a département and a région ('Guadeloupe', 'Corse') means the
 * département unless the query starts with 'region:'.
 */
export function resolveTerritory(query: string): ResolvedTerritory {
  const raw = query.trim();
  if (raw === '') {
    throw new UserError(
      'Territoire manquant. Indiquez un département (ex. 42, 2A, 971 ou Loire), une région (ex. region:84 ou Bretagne) ou france.',
    );
  }
  const prefixed = /^r[eé]gion\s*:(.*)$/i.exec(raw);
  if (prefixed) return { kind: 'region', region: resolveRegion((prefixed[1] ?? '').trim(), raw) };

  const { deptByCode, deptByName, regionByName } = lookup();
  const name = normalizeName(raw);
  if (FRANCE_NAMES.has(name)) return { kind: 'france' };
  const dept = deptByCode.get(padCode(raw).toUpperCase()) ?? deptByName.get(name);
  if (dept) return { kind: 'departement', departement: dept };
  const region = regionByName.get(name);
  if (region) return { kind: 'region', region };

  const candidates: Suggestion[] = [
    ...departements().map((d) => ({ key: normalizeName(baseName(d.name)), label: `${d.name} (${d.code})` })),
    ...regionSuggestions(),
    { key: 'france', label: 'France (france)' },
  ];
  throw unknown(
    'Territoire inconnu',
    raw,
    suggest(raw, candidates),
    'Indiquez un département (ex. 42, 2A, 971 ou Loire), une région (ex. region:84 ou Bretagne) ou france.',
  );
}

/** The plain reference used by figures and outputs. */
export function toTerritoryRef(t: ResolvedTerritory): TerritoryRef {
  switch (t.kind) {
    case 'departement':
      return { kind: 'departement', code: t.departement.code, name: t.departement.name, slug: t.departement.slug };
    case 'region':
      return { kind: 'region', code: t.region.code, name: t.region.name, slug: t.region.slug };
    case 'france':
      return { kind: 'france', code: 'FR', name: 'France', slug: 'france' };
  }
}
