// Territoires d'industrie 2023–2027: the complete list shipped in reference-data/ (ANCT's 183
// territories by groupement, resolved to communes and départements by scripts/territoires-industrie.mjs)
// and the parser of ANCT's list by commune, which replaces it once imported or fetched.
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import type { TerritoireIndustrie } from '../model/territory.js';
import { formatNumber, NBSP } from '../format/fr.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import { once, readReferenceFile } from './files.js';
import { parseShippedTi, parseShippedTiDepartements, sortDepartements } from './ti-resolve.js';
import { slugify, tiSlug } from './slug.js';
import { departements, type Departement } from './territories.js';
import { controlCharacter, decodeText, decodeTextFile, guillemets, parseDelimited, splitLines } from './text.js';

/** The shipped list's file in reference-data/. */
export const SHIPPED_TI_FILE = 'territoires-industrie-2024.csv';

// One collator: localeCompare(…, 'fr') builds one per call, which was most of the list's load time.
// Built on first use: building it costs ≈ 6 ms, and most commands load this module without sorting.
const french = once(() => new Intl.Collator('fr'));

function byName(a: TerritoireIndustrie, b: TerritoireIndustrie): number {
  const collator = french();
  return collator.compare(a.name, b.name) || collator.compare(a.id ?? '', b.id ?? '');
}

const shippedText = (): string => decodeText(readReferenceFile(SHIPPED_TI_FILE)).text;

const shippedList = once((): TiTerritory[] => parseShippedTi(shippedText(), SHIPPED_TI_FILE).sort(byName));

// The default list of every figures run (compare, rank): without the groupements' communes.
const shippedDepartements = once((): TerritoireIndustrie[] =>
  parseShippedTiDepartements(shippedText(), SHIPPED_TI_FILE).sort(byName),
);

/** The 183 territories with their groupements, sorted by name (fresh copies). */
export function shippedTerritoiresIndustrie(): TiTerritory[] {
  return structuredClone(shippedList());
}

/** The shipped list in the form the store and the figures use, sorted by name (fresh copies). */
export function defaultTerritoiresIndustrie(): TerritoireIndustrie[] {
  return shippedDepartements().map((t) => ({ id: t.id, name: t.name, departements: [...t.departements] }));
}

const REQUIRED_COLUMNS = ['insee_com', 'id_ti', 'lib_ti'] as const;
const SEPARATORS = [';', ',', '\t'] as const;

/** Header cell → comparable column name ('"INSEE_COM"' → 'insee_com'). */
function columnName(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim()
    .toLowerCase();
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
  const dept = /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
  // Corsican communes are 2A/2B; '20' would be a malformed code.
  return dept === '20' || dept === '00' ? null : dept;
}

/** INSEE codes of the départements the DGDDI files cover (Monaco's '99' is no commune's). */
const inseeDepartements = (): Set<string> =>
  new Set(departements().flatMap((d) => d.inseeCodes.filter((c) => c !== '99')));

/** Longest accepted name of a territory (ANCT's longest is about 60 characters). */
const MAX_TI_NAME = 200;

/** Why an id or name cannot be used, or null: control characters, a name far too long. */
function tiTextError(id: string, name: string | null): string | null {
  const control = controlCharacter(`${id}${name ?? ''}`);
  if (control)
    return `caractère de contrôle ${control} dans le territoire : un identifiant ou un libellé ne peut en contenir (il pourrait piloter le terminal qui l'affiche).`;
  if (slugify(id) === '')
    return `identifiant de territoire ${guillemets(id)} sans lettre ni chiffre : il ne peut nommer une page.`;
  if (name !== null && name.length > MAX_TI_NAME) {
    return `libellé de territoire de ${formatNumber(name.length)} caractères (au plus ${MAX_TI_NAME}).`;
  }
  return null;
}

/** Two territories whose pages would have one file name: the line of the second, and why. */
function pageCollision(list: { id: string; name: string; line: number }[]): { line: number; reason: string } | null {
  const seen = new Map<string, { id: string; line: number }>();
  const seenIds = new Map<string, { id: string; line: number }>();
  for (const t of [...list].sort((a, b) => a.line - b.line)) {
    const page = `${tiSlug(t.id, t.name)}.html`;
    const other = seenIds.get(slugify(t.id)) ?? seen.get(page);
    if (other) {
      return {
        line: t.line,
        reason: `le territoire ${guillemets(t.id)} et le territoire ${guillemets(other.id)} (ligne ${other.line}) auraient la même page ${page} : leurs identifiants ne diffèrent que par la casse, les espaces ou la ponctuation.`,
      };
    }
    seen.set(page, t);
    seenIds.set(slugify(t.id), t);
  }
  return null;
}

/** The list's lines, its separator and where its required columns are; refused when empty or missing one. */
function readTiTable(buf: Uint8Array, fileName: string, fail: (line: number, reason: string) => never) {
  const { text } = decodeTextFile(buf, fileName);
  const headerLine = splitLines(text).find((l) => l.trim() !== '');
  if (headerLine === undefined) fail(1, "fichier vide, liste des Territoires d'industrie attendue.");
  const separator = detectSeparator(headerLine);
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
  return { separator, columns, index, rows };
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
  const { separator, columns, index, rows } = readTiTable(buf, fileName, fail);

  const departementCodes = inseeDepartements();
  const byId = new Map<string, { name: string | null; line: number; departements: Set<string> }>();
  const named = (id: string, name: string, line: number): void => {
    const entry = byId.get(id);
    if (entry?.name != null && entry.name !== name) {
      fail(
        line,
        `le territoire ${id} s'appelle ${guillemets(name)} ici mais ${guillemets(entry.name)} ligne ${entry.line}.`,
      );
    }
    if (entry && entry.name === null) Object.assign(entry, { name, line });
  };
  for (const { line, fields } of rows) {
    if (fields.length < columns.length) {
      fail(
        line,
        `${columns.length} champs attendus, ${fields.length} trouvé(s) (séparateur ${guillemets(separator === '\t' ? 'tabulation' : separator)}).`,
      );
    }
    const commune = (fields[index.insee_com] ?? '').trim().toUpperCase();
    // A commune in several territories lists their ids (and usually their names) joined by ' ; '.
    const ids = (fields[index.id_ti] ?? '').split(';').map((id) => id.trim());
    const lib = fields[index.lib_ti] ?? '';
    const names = (ids.length > 1 ? lib.split(/\s;\s/) : [lib]).map((n) => n.trim().replace(/\s+/g, ' '));
    const dept = departementOfCommune(commune);
    if (dept === null)
      fail(
        line,
        `code commune INSEE ${guillemets(commune)} invalide (5 caractères attendus, ex. 42218, 2A004, 97101).`,
      );
    if (!departementCodes.has(dept!)) {
      fail(
        line,
        `la commune ${commune} est hors des départements des statistiques douanières (collectivités d'outre-mer 975, 977, 978, 98x, Monaco) : aucun territoire ne peut la compter.`,
      );
    }
    if (ids.some((id) => id === '')) fail(line, `identifiant de territoire (id_ti) vide pour la commune ${commune}.`);
    if (names.some((n) => n === ''))
      fail(line, `libellé de territoire (lib_ti) vide pour le territoire ${ids.join(' ; ')}.`);
    ids.forEach((id, i) => {
      const problem = tiTextError(id, names.length === ids.length ? names[i]! : null);
      if (problem) fail(line, problem);
    });
    ids.forEach((id, i) => {
      // Names pair with ids only when there are as many; otherwise another line must name the id.
      const name = names.length === ids.length ? names[i]! : null;
      if (!byId.has(id)) byId.set(id, { name, line, departements: new Set() });
      if (name !== null) named(id, name, line);
      byId.get(id)!.departements.add(dept!);
    });
  }
  const territories = [...byId].map(([id, { name, line, departements }]) => {
    if (name === null) fail(line, `aucune ligne ne donne le libellé du territoire ${id} (lib_ti).`);
    return { id, name: name!, line, departements };
  });
  const collision = pageCollision(territories);
  if (collision) fail(collision.line, collision.reason);
  return territories
    .map(({ id, name, departements }) => ({ id, name, departements: sortDepartements(departements) }))
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
