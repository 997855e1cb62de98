// Resolution of ANCT's list of Territoires d'industrie by groupement (ti-groupements-2024.csv) to
// communes and départements with Etalab's découpage administratif, and the CSV shipped in
// reference-data/ that records the result. Pure: the data come in as arguments, so that the script
// that writes the file and the test that checks it run the same code.
import { ascending } from 'd3-array';
import type { TiGroupement, TiTerritory } from '../model/territoires-industrie.js';
import type { DecoupageCommune, DecoupageGroupement } from './decoupage.js';
import { parseDelimited } from './text.js';

export interface TiGroupementRow {
  line: number;
  id: string;
  name: string;
  siren: string;
  groupementName: string;
}

export interface Decoupage {
  communes: DecoupageCommune[];
  epci: DecoupageGroupement[];
  ept: DecoupageGroupement[];
}

const GROUPEMENTS_HEADER = 'id_ti;lib_ti;siren_groupement;lib_groupement';
export const SHIPPED_HEADER = 'id_ti;lib_ti;region;siren_groupement;lib_groupement;nature;departements;communes';

/** Sort key putting Corsica's 2A/2B where 20 would be: '2A' → '20A'. */
function deptKey(code: string): string {
  return /^2[AB]$/.test(code) ? '20' + code[1] : code;
}

export function sortDepartements(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => ascending(deptKey(a), deptKey(b)));
}

/** Reads ANCT's `id_ti;lib_ti;siren_groupement;lib_groupement` file. */
export function parseTiGroupements(text: string, fileName: string): TiGroupementRow[] {
  const [header, ...rows] = parseDelimited(text, ';', fileName);
  if (header?.fields.join(';') !== GROUPEMENTS_HEADER)
    throw new Error(`${fileName}: header ${GROUPEMENTS_HEADER} expected`);
  return rows.map(({ line, fields }) => {
    const [id = '', name = '', siren = '', groupementName = ''] = fields;
    if (fields.length !== 4 || !/^ti-\d{4}$/.test(id) || !/^\d{9}$/.test(siren) || name === '') {
      throw new Error(`${fileName}:${line}: malformed row`);
    }
    return { line, id, name, siren, groupementName };
  });
}

/** The commune codes and nature of a SIREN: an EPCI, an EPT, or one commune. */
function membersOf(siren: string, index: Index): { nature: string; communes: string[] } | undefined {
  const groupement = index.epci.get(siren) ?? index.ept.get(siren);
  if (groupement) return { nature: groupement.type, communes: groupement.membres.map((m) => m.code) };
  const commune = index.communeBySiren.get(siren);
  return commune && { nature: 'COM', communes: [commune.code] };
}

interface Index {
  epci: Map<string, DecoupageGroupement>;
  ept: Map<string, DecoupageGroupement>;
  communeBySiren: Map<string, DecoupageCommune>;
  communeByCode: Map<string, DecoupageCommune>;
}

function indexDecoupage(d: Decoupage): Index {
  // Only current communes: delegated and associated communes share codes with them.
  const current = d.communes.filter((c) => c.type === 'commune-actuelle');
  return {
    epci: new Map(d.epci.map((g) => [g.code, g])),
    ept: new Map(d.ept.map((g) => [g.code, g])),
    communeBySiren: new Map(current.filter((c) => c.siren).map((c) => [c.siren!, c])),
    communeByCode: new Map(current.map((c) => [c.code, c])),
  };
}

/**
 * Every territory with its groupements, their communes and départements, sorted by id. Throws
 * naming the line when a SIREN or a member commune is not in the découpage.
 */
export function resolveTerritoiresIndustrie(
  rows: TiGroupementRow[],
  decoupage: Decoupage,
  fileName: string,
): TiTerritory[] {
  const index = indexDecoupage(decoupage);
  const byId = new Map<string, TiTerritory>();
  for (const row of rows) {
    const members = membersOf(row.siren, index);
    if (!members)
      throw new Error(
        `${fileName}:${row.line}: SIREN ${row.siren} (${row.groupementName}) is neither an EPCI, an EPT nor a commune`,
      );
    const departements = members.communes.map((code) => {
      const commune = index.communeByCode.get(code);
      if (!commune) throw new Error(`${fileName}:${row.line}: commune ${code} of ${row.siren} unknown`);
      return commune.departement;
    });
    const groupement: TiGroupement = {
      siren: row.siren,
      name: row.groupementName,
      nature: members.nature,
      departements: sortDepartements(departements),
      communes: [...members.communes].sort(),
    };
    const territory = byId.get(row.id);
    if (territory && territory.name !== row.name) throw new Error(`${fileName}:${row.line}: ${row.id} has two names`);
    if (territory) territory.groupements.push(groupement);
    else
      byId.set(row.id, {
        id: row.id,
        name: row.name,
        region: row.id.slice(3, 5),
        departements: [],
        groupements: [groupement],
      });
  }
  return [...byId.values()]
    .map((t) => ({
      ...t,
      departements: sortDepartements(t.groupements.flatMap((g) => g.departements)),
      groupements: [...t.groupements].sort((a, b) => a.siren.localeCompare(b.siren)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The shipped CSV: one row per (territory, groupement), lists joined by '|', LF line ends. */
export function formatShippedTi(list: TiTerritory[]): string {
  const lines = [SHIPPED_HEADER];
  for (const t of list) {
    for (const g of t.groupements) {
      lines.push(
        [t.id, t.name, t.region, g.siren, g.name, g.nature, g.departements.join('|'), g.communes.join('|')].join(';'),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** One row of the shipped CSV, its lists still joined by '|'. */
interface ShippedRow {
  id: string;
  name: string;
  region: string;
  siren: string;
  groupementName: string;
  nature: string;
  departements: string;
  communes: string;
}

function shippedRows(text: string, fileName: string): ShippedRow[] {
  const [header, ...rows] = parseDelimited(text, ';', fileName);
  if (header?.fields.join(';') !== SHIPPED_HEADER) throw new Error(`${fileName}: header ${SHIPPED_HEADER} expected`);
  return rows.map(({ line, fields }) => {
    if (fields.length !== 8) throw new Error(`${fileName}:${line}: 8 fields expected`);
    const [
      id = '',
      name = '',
      region = '',
      siren = '',
      groupementName = '',
      nature = '',
      departements = '',
      communes = '',
    ] = fields;
    return { id, name, region, siren, groupementName, nature, departements, communes };
  });
}

/** Reads the shipped CSV back (the inverse of formatShippedTi). */
export function parseShippedTi(text: string, fileName: string): TiTerritory[] {
  const byId = new Map<string, TiTerritory>();
  for (const row of shippedRows(text, fileName)) {
    const groupement = {
      siren: row.siren,
      name: row.groupementName,
      nature: row.nature,
      departements: row.departements.split('|'),
      communes: row.communes.split('|'),
    };
    const territory = byId.get(row.id) ?? {
      id: row.id,
      name: row.name,
      region: row.region,
      departements: [],
      groupements: [],
    };
    territory.groupements.push(groupement);
    byId.set(row.id, territory);
  }
  return [...byId.values()].map((t) => ({
    ...t,
    departements: sortDepartements(t.groupements.flatMap((g) => g.departements)),
  }));
}

/**
 * The territories of the shipped CSV with their départements only, as parseShippedTi gives them
 * (same order): what the figures need, without splitting the lists of communes.
 */
export function parseShippedTiDepartements(
  text: string,
  fileName: string,
): { id: string; name: string; departements: string[] }[] {
  const byId = new Map<string, { id: string; name: string; departements: string[] }>();
  for (const row of shippedRows(text, fileName)) {
    const territory = byId.get(row.id) ?? { id: row.id, name: row.name, departements: [] };
    territory.departements.push(...row.departements.split('|'));
    byId.set(row.id, territory);
  }
  return [...byId.values()].map((t) => ({ ...t, departements: sortDepartements(t.departements) }));
}
