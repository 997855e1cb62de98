// Départements and régions: DGDDI codes (used in the data files) ↔ INSEE codes and current names
// (shown to users). The codes come from DGDDI's Departement_region.txt, the INSEE names and régions
// from Etalab's découpage administratif, and the few DGDDI-only codes from DGDDI_SPECIAL below.
// Reading what users type is resolve-territory.ts's job.
import { ascending } from 'd3-array';
import type { TerritoryRef } from '../model/territory.js';
import { decoupageDepartements, decoupageRegions } from './decoupage.js';
import { once, readReferenceFile } from './files.js';
import { slugify } from './slug.js';
import { decodeText, parseDelimited } from './text.js';

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
  { kind: 'departement'; departement: Departement } | { kind: 'region'; region: Region } | { kind: 'france' };

interface Territories {
  departements: Departement[];
  regions: Region[];
  byDgddi: Map<string, Departement>;
  regionByCode: Map<string, Region>;
  /** DGDDI département code → DGDDI région code, as in Departement_region.txt. */
  dgddiRegionOf: Map<string, string>;
  /** DGDDI département code → DGDDI's own name for it ('Corse' for 20). */
  dgddiNameOf: Map<string, string>;
}

const DGDDI_FILE = 'Departement_region.txt';

/**
 * The DGDDI département codes that INSEE's Code officiel géographique does not have: Corse as one
 * département (20), the DROM as 9A–9E, and Monaco (99), counted by DGDDI in Provence-Alpes-Côte
 * d'Azur. Every other DGDDI code is the INSEE code, named by Etalab's découpage administratif.
 */
const DGDDI_SPECIAL: Record<string, { code: string; inseeCodes: string[]; name?: string; region?: string }> = {
  '20': { code: '20', inseeCodes: ['2A', '2B'], name: 'Corse (2A, 2B)' },
  '9A': { code: '971', inseeCodes: ['971'] },
  '9B': { code: '972', inseeCodes: ['972'] },
  '9C': { code: '973', inseeCodes: ['973'] },
  '9D': { code: '974', inseeCodes: ['974'] },
  '9E': { code: '976', inseeCodes: ['976'] },
  '99': { code: '99', inseeCodes: ['99'], name: 'Monaco', region: '93' },
};

function records(file: string): { line: number; fields: string[] }[] {
  return parseDelimited(decodeText(readReferenceFile(file)).text, ';', file);
}

/** Drops a trailing parenthetical: 'Corse (2A, 2B)' → 'Corse'. */
export function baseName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

function loadDgddi(): { regionOf: Map<string, string>; nameOf: Map<string, string> } {
  const regionOf = new Map<string, string>();
  const nameOf = new Map<string, string>();
  for (const { line, fields } of records(DGDDI_FILE)) {
    const [dept, name, region] = fields;
    if (fields.length !== 4 || !dept || !region) throw new Error(`${DGDDI_FILE}:${line}: malformed line`);
    regionOf.set(dept, region);
    nameOf.set(dept, name ?? '');
  }
  return { regionOf, nameOf };
}

const load = once((): Territories => {
  const { regionOf: dgddiRegionOf, nameOf: dgddiNameOf } = loadDgddi();
  const inseeDepartements = new Map(decoupageDepartements().map((d) => [d.code, d]));
  const inseeRegions = new Map(decoupageRegions().map((r) => [r.code, r]));

  const departements: Departement[] = [];
  const regionNames = new Map<string, { name: string; dgddiRegion: string }>();
  for (const [dgddi, dgddiRegion] of dgddiRegionOf) {
    const special = DGDDI_SPECIAL[dgddi];
    const code = special?.code ?? dgddi;
    const inseeCodes = special?.inseeCodes ?? [code];
    const insee = inseeDepartements.get(inseeCodes[0]!);
    const name = special?.name ?? insee?.nom;
    const region = special?.region ?? insee?.region;
    const regionName = region === undefined ? undefined : inseeRegions.get(region)?.nom;
    if (name === undefined || region === undefined || regionName === undefined) {
      throw new Error(`${DGDDI_FILE}: département ${dgddi} not found in @etalab/decoupage-administratif`);
    }
    // A région must carry one DGDDI région code, or its départements' data would be misfiled.
    const known = regionNames.get(region);
    if (known && known.dgddiRegion !== dgddiRegion) {
      throw new Error(`${DGDDI_FILE}: région ${region} has DGDDI codes ${known.dgddiRegion} and ${dgddiRegion}`);
    }
    departements.push({
      dgddi,
      code,
      inseeCodes,
      name,
      region,
      dgddiRegion,
      slug: `${code}-${slugify(baseName(name))}`,
    });
    regionNames.set(region, { name: regionName, dgddiRegion });
  }
  // String order puts Corse (20) in place, the DROM (971…976) after 95 and Monaco (99) last.
  departements.sort((a, b) => ascending(a.code, b.code));

  const regions: Region[] = [...regionNames]
    .sort(([a], [b]) => ascending(a, b))
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
    dgddiNameOf,
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

/** DGDDI's own name for a département ('Corse' for 20), which users may type too. */
export function dgddiDepartementName(deptDgddi: string): string | undefined {
  return load().dgddiNameOf.get(deptDgddi);
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
