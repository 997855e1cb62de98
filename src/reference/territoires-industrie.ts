// Territoires d'industrie 2023–2027: the partial list shipped in reference-data/ and the parser of
// ANCT's official list (one row per commune), which replaces it once imported.
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import type { TerritoireIndustrie } from '../model/territory.js';
import { NBSP } from '../format/fr.js';
import { once, readReferenceFile } from './files.js';
import type { Departement } from './territories.js';
import { decodeText, guillemets, parseDelimited, splitLines } from './text.js';

const PARTIAL_FILE = 'territoires_industrie_2023_partiel.csv';

/** Sort key putting Corsica's 2A/2B where 20 would be: '2A' → '20A'. */
function deptKey(code: string): string {
  return /^2[AB]$/.test(code) ? '20' + code[1] : code;
}

function sortDepartements(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => (deptKey(a) < deptKey(b) ? -1 : deptKey(a) > deptKey(b) ? 1 : 0));
}

function byName(a: TerritoireIndustrie, b: TerritoireIndustrie): number {
  return a.name.localeCompare(b.name, 'fr') || (a.id ?? '').localeCompare(b.id ?? '', 'fr');
}

const partialList = once((): TerritoireIndustrie[] => {
  const [header, ...rows] = parseDelimited(decodeText(readReferenceFile(PARTIAL_FILE)).text, ';', PARTIAL_FILE);
  if (header?.fields.slice(0, 3).join(';') !== 'territoire;region;departements') {
    throw new Error(`${PARTIAL_FILE}: unexpected header`);
  }
  // The `source` column may itself contain ';': only the first three fields matter here.
  return rows
    .map(({ fields }) => ({
      id: null,
      name: (fields[0] ?? '').trim(),
      departements: sortDepartements((fields[2] ?? '').split('|').map((c) => c.trim()).filter((c) => c !== '')),
    }))
    .sort(byName);
});

/**
 * The partial list compiled from public announcements (78 territories, some without a known
 * perimeter: `departements: []`), used until ANCT's official file is imported.
 */
export function defaultTerritoiresIndustrie(): TerritoireIndustrie[] {
  return partialList().map((t) => ({ ...t, departements: [...t.departements] }));
}

const REQUIRED_COLUMNS = ['insee_com', 'id_ti', 'lib_ti'] as const;
const SEPARATORS = [';', ',', '\t'] as const;

/** Header cell → comparable column name ('"INSEE_COM"' → 'insee_com'). */
function columnName(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/^"|"$/g, '').trim().toLowerCase();
}

/** The separator that splits the header into the most cells, counted outside quotes. */
function detectSeparator(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = SEPARATORS[0];
  let bestCount = -1;
  for (const sep of SEPARATORS) {
    const count = unquoted.split(sep).length - 1;
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/** Commune code → département: '42218' → '42', '2A004' → '2A', '97101' → '971'. */
function departementOfCommune(code: string): string | null {
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return null;
  const dept = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  // Corsican communes are 2A/2B; '20' would be a malformed code.
  return dept === '20' || dept === '00' ? null : dept;
}

/**
 * Parses ANCT's `liste-ti-com2023-*.csv` (one row per commune with columns insee_com, lib_com,
 * id_ti, lib_ti in any order, separator `;`, `,` or tab, UTF-8 or Latin-1) into territories
 * grouped by id_ti, sorted by name; each territory's départements come from its communes' codes.
 */
export function parseAnctTerritoiresCsv(buf: Uint8Array, fileName: string): TerritoireIndustrie[] {
  const fail = (line: number, reason: string): never => {
    throw new UserError(`${fileName}:${line}${NBSP}: ${reason}`);
  };
  const { text } = decodeText(buf);
  const headerLine = splitLines(text).find((l) => l.trim() !== '');
  if (headerLine === undefined) fail(1, "fichier vide, liste des Territoires d'industrie attendue.");
  const separator = detectSeparator(headerLine!);
  const [header, ...rows] = parseDelimited(text, separator, fileName);
  const columns = header!.fields.map(columnName);
  const index = {} as Record<(typeof REQUIRED_COLUMNS)[number], number>;
  for (const name of REQUIRED_COLUMNS) {
    const i = columns.indexOf(name);
    if (i < 0) {
      fail(header!.line, `colonne ${name} absente (colonnes attendues${NBSP}: insee_com, lib_com, id_ti, lib_ti).`);
    }
    index[name] = i;
  }
  if (rows.length === 0) fail(header!.line, 'aucune commune après la ligne d’en-tête.');

  const byId = new Map<string, { name: string; line: number; departements: Set<string> }>();
  for (const { line, fields } of rows) {
    if (fields.length < columns.length) {
      fail(line, `${columns.length} champs attendus, ${fields.length} trouvé(s) (séparateur ${guillemets(separator === '\t' ? 'tabulation' : separator)}).`);
    }
    const commune = (fields[index.insee_com] ?? '').trim().toUpperCase();
    const id = (fields[index.id_ti] ?? '').trim();
    const name = (fields[index.lib_ti] ?? '').trim().replace(/\s+/g, ' ');
    const dept = departementOfCommune(commune);
    if (dept === null) fail(line, `code commune INSEE ${guillemets(commune)} invalide (5 caractères attendus, ex. 42218, 2A004, 97101).`);
    if (id === '') fail(line, `identifiant de territoire (id_ti) vide pour la commune ${commune}.`);
    if (name === '') fail(line, `libellé de territoire (lib_ti) vide pour le territoire ${id}.`);
    const entry = byId.get(id);
    if (!entry) byId.set(id, { name, line, departements: new Set([dept!]) });
    else if (entry.name !== name) {
      fail(line, `le territoire ${id} s'appelle ${guillemets(name)} ici mais ${guillemets(entry.name)} ligne ${entry.line}.`);
    } else entry.departements.add(dept!);
  }
  return [...byId]
    .map(([id, { name, departements }]) => ({ id, name, departements: sortDepartements(departements) }))
    .sort(byName);
}

/** Recognises ANCT's commune-level list from its name (`liste-ti-com…`) or its header columns. */
export function isAnctTerritoiresFile(fileName: string, head: string): boolean {
  if (/^liste-ti-com/i.test(basename(fileName.replace(/\\/g, '/')))) return true;
  const firstLine = (splitLines(head.replace(/^\uFEFF/, ''))[0] ?? '').toLowerCase();
  return REQUIRED_COLUMNS.every((c) => new RegExp(`(^|[;,\\t"])\\s*${c}\\s*("|[;,\\t]|$)`).test(firstLine));
}

/** The territories that include the département (any of its INSEE codes), sorted by name. */
export function territoiresOfDepartement(list: TerritoireIndustrie[], dept: Departement): TerritoireIndustrie[] {
  return list.filter((t) => t.departements.some((c) => dept.inseeCodes.includes(c))).sort(byName);
}
