// Reads a territory typed by a user ('42', 'Loire', 'region:84', 'france') into a département,
// région or France, with suggestions when nothing matches.
import { UserError } from '../errors.js';
import { NBSP } from '../format/fr.js';
import { communesNamed, type NamedCommune } from './communes.js';
import { once } from './files.js';
import { normalizeName } from './slug.js';
import { joinOr, suggest, unknownNameError, type Suggestion } from './suggest.js';
import { guillemets } from './text.js';
import {
  baseName,
  departements,
  dgddiDepartementName,
  regionByCode,
  regions,
  type Departement,
  type Region,
  type ResolvedTerritory,
} from './territories.js';

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
  for (const d of departements()) {
    for (const code of [d.code, d.dgddi, ...d.inseeCodes]) deptByCode.set(code.toUpperCase(), d);
    const names = [d.name, baseName(d.name), dgddiDepartementName(d.dgddi) ?? d.name];
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

function regionSuggestions(): Suggestion[] {
  return regions().map((r) => ({ key: normalizeName(r.name), label: `${r.name} (region:${r.code})` }));
}

function findRegion(rest: string): Region | null {
  return regionByCode(padCode(rest)) ?? lookup().regionByName.get(normalizeName(rest)) ?? null;
}

function resolveRegion(rest: string, query: string): Region {
  const found = findRegion(rest);
  if (found) return found;
  throw unknownNameError(
    'Région inconnue',
    query,
    suggest(rest, regionSuggestions()),
    'Indiquez un code INSEE de région (ex. region:84) ou son nom (ex. region:Bretagne).',
  );
}

/** 'Loire (42)'; Corse's name already holds its codes: 'Corse (2A, 2B)', not '… (20)'. */
function departementLabel(d: Departement): string {
  return d.name.includes('(') ? d.name : `${d.name} (${d.code})`;
}

/** « Roanne » is a commune: the customs publish it within its département, which is offered. */
function communeError(raw: string, communes: NamedCommune[]): UserError {
  const depts = [...new Map(communes.map((c) => [c.departement.dgddi, c.departement])).values()];
  const labels = depts.map(departementLabel);
  const where =
    communes.length === 1
      ? `${communes[0]!.name} est une commune de ce département`
      : `des communes de ce nom se trouvent dans ${depts.length > 1 ? 'ces départements' : 'ce département'}`;
  return new UserError(
    `Territoire inconnu${NBSP}: ${guillemets(raw)}. Les données des douanes s’arrêtent au département. Vouliez-vous dire${NBSP}: ${joinOr(labels)}${NBSP}? (${where}.)`,
  );
}

/** The territory `raw` (trimmed, not empty) names without a 'region:' prefix, or null. */
function findUnprefixed(raw: string): ResolvedTerritory | null {
  const { deptByCode, deptByName, regionByName } = lookup();
  const name = normalizeName(raw);
  if (FRANCE_NAMES.has(name)) return { kind: 'france' };
  const dept = deptByCode.get(padCode(raw).toUpperCase()) ?? deptByName.get(name);
  if (dept) return { kind: 'departement', departement: dept };
  const region = regionByName.get(name);
  return region ? { kind: 'region', region } : null;
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
  const found = findUnprefixed(raw);
  if (found) return found;

  const communes = communesNamed(raw);
  if (communes.length > 0) throw communeError(raw, communes);
  throw unknownNameError(
    'Territoire inconnu',
    raw,
    territorySuggestions(raw),
    'Indiquez un département (ex. 42, 2A, 971 ou Loire), une région (ex. region:84 ou Bretagne) ou france.',
  );
}

/** The département, région or France names closest to what was typed: 'Loire (42)' for « lorie ». */
export function territorySuggestions(query: string): string[] {
  const candidates: Suggestion[] = [
    ...departements().map((d) => ({ key: normalizeName(baseName(d.name)), label: departementLabel(d) })),
    ...regionSuggestions(),
    { key: 'france', label: 'France (france)' },
  ];
  return suggest(query, candidates);
}

/**
 * The territory a query names, or null when it names none: resolveTerritory without its error,
 * so without what only the error needs (the communes of that name, read from an 8,6 Mo file, and
 * the suggestions).
 */
export function territoryOrNull(query: string): ResolvedTerritory | null {
  const raw = query.trim();
  if (raw === '') return null;
  const prefixed = /^r[eé]gion\s*:(.*)$/i.exec(raw);
  if (prefixed) {
    const region = findRegion((prefixed[1] ?? '').trim());
    return region ? { kind: 'region', region } : null;
  }
  return findUnprefixed(raw);
}
