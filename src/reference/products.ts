// Goods nomenclatures: DGDDI's A129 and CPF4 codes, bridged to INSEE's coarser A38 and A17 levels
// through INSEE's table_NAF2-NA.csv (NAF sub-class → class, A129, A38, A21 section).
import { currentLabels, parseLabelFile } from './labels.js';
import { once, readReferenceFile } from './files.js';
import { decodeText, parseDelimited } from './text.js';

export interface A129Info {
  code: string;
  /** Current DGDDI label. */
  label: string;
  a38: string;
  a17: string;
  /** Official INSEE French label of the A17 group. */
  a17Label: string;
  /** Short form of the A17 label, for chart legends. */
  a17ShortLabel: string;
}

export interface Cpf4Info {
  code: string;
  label: string;
  /** A129 code, '' if none could be found (none at present: see the tests). */
  a129: string;
}

export interface A17Group {
  code: string;
  /** Official INSEE French label. */
  label: string;
  shortLabel: string;
}

/** Hand-written short forms of the A17 labels, for legends where the official ones are too long. */
const A17_SHORT_LABELS: Record<string, string> = {
  AZ: 'Agriculture, sylviculture et pêche',
  DE: 'Industries extractives, énergie, eau, déchets',
  C1: 'Produits agroalimentaires',
  C2: 'Produits pétroliers raffinés',
  C3: 'Équipements électriques, électroniques, machines',
  C4: 'Matériels de transport',
  C5: 'Autres produits industriels',
  FZ: 'Construction',
  GZ: 'Commerce',
  HZ: 'Transports et entreposage',
  IZ: 'Hébergement et restauration',
  JZ: 'Information et communication',
  KZ: 'Finance et assurance',
  LZ: 'Immobilier',
  MN: 'Services aux entreprises',
  OQ: 'Administration, enseignement, santé',
  RU: 'Autres services',
};

const NAF_TABLE = 'table_NAF2-NA.csv';
const A17_FILE = 'int_eng_na_2008_a17.csv';
const A38_FILE = 'int_eng_na_2008_a38.csv';

/** The records of an INSEE table, fields as written (clean the ones used). */
function table(file: string): string[][] {
  return parseDelimited(decodeText(readReferenceFile(file)).text, ';', file).map((r) => r.fields);
}

/** A cell with its whitespace runs (line breaks, padding) made one space, trimmed. */
function clean(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim();
}

/** Index of the header column whose whitespace-free upper-case text equals `name` ('A129'). */
function column(header: string[], name: string, file: string): number {
  const i = header.findIndex((h) => h.replace(/\s+/g, '').toUpperCase() === name);
  if (i < 0) throw new Error(`${file}: no column ${name}`);
  return i;
}

interface NafRow {
  /** NAF class without dot: '0111'. */
  classCode: string;
  a129: string;
  a38: string;
  a21: string;
}

const nafRows = once((): NafRow[] => {
  const rows = table(NAF_TABLE);
  const header = rows.find((r) => r.some((f) => f.replace(/\s+/g, '') === 'A129'));
  if (!header) throw new Error(`${NAF_TABLE}: no level header`);
  const [iA129, iA38, iA21] = ['A129', 'A38', 'A21'].map((n) => column(header, n, NAF_TABLE)) as [
    number,
    number,
    number,
  ];
  // Only the sub-class rows and three columns are used: the others are left as read.
  const sub: NafRow[] = [];
  for (const r of rows) {
    const code = clean(r[0]);
    if (!/^\d{2}\.\d{2}[A-Z]$/.test(code)) continue;
    sub.push({
      classCode: code.slice(0, 5).replace('.', ''),
      a129: clean(r[iA129]),
      a38: clean(r[iA38]),
      a21: clean(r[iA21]),
    });
  }
  return sub;
});

/** A38 codes in INSEE order (needed to expand ranges such as 'CI-CK'). */
const a38Order = once((): string[] => {
  const [, ...rows] = table(A38_FILE);
  return rows.map((r) => clean(r[0])).filter((c) => /^[A-Z]{2}$/.test(c));
});

interface A17Table {
  groups: Map<string, A17Group>;
  /** A38 code → A17 code, for groups defined by their A38 composition (C1…C5). */
  byA38: Map<string, string>;
  /** Section letter (A21) → A17 code, for the other groups. */
  bySection: Map<string, string>;
}

function expandA38(spec: string): string[] {
  const order = a38Order();
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((part) => {
      const [from = '', to = from] = part.split('-').map((s) => s.trim());
      const i = order.indexOf(from);
      const j = order.indexOf(to);
      if (i < 0 || j < i) throw new Error(`${A17_FILE}: bad A38 composition ${part}`);
      return order.slice(i, j + 1);
    });
}

const a17Table = once((): A17Table => {
  const [header, ...rows] = table(A17_FILE);
  if (!header) throw new Error(`${A17_FILE}: empty`);
  const iSections = column(header, 'SECTIONS', A17_FILE);
  const iA38 = column(header, 'CODEA38', A17_FILE);
  const iLabel = header.findIndex((h) => /fran/i.test(h));
  const groups = new Map<string, A17Group>();
  const byA38 = new Map<string, string>();
  const bySection = new Map<string, string>();
  for (const r of rows) {
    const code = clean(r[0]);
    if (!/^[A-Z0-9]{2}$/.test(code)) continue;
    const label = clean(r[iLabel]);
    groups.set(code, { code, label, shortLabel: A17_SHORT_LABELS[code] ?? label });
    for (const a38 of expandA38(clean(r[iA38]))) byA38.set(a38, code);
    // Sections are written 'B, D et E', 'O, P, et Q'.
    for (const s of clean(r[iSections]).split(/,|\bet\b/)) if (/^[A-Z]$/.test(s.trim())) bySection.set(s.trim(), code);
  }
  return { groups, byA38, bySection };
});

/** The 17 A17 groups with their official and short French labels. */
export function a17Groups(): Map<string, A17Group> {
  return a17Table().groups;
}

/** A129 → {A38, A17}, for every A129 code of the INSEE table. */
const a129Levels = once((): Map<string, { a38: string; a17: string }> => {
  const { byA38, bySection } = a17Table();
  const levels = new Map<string, { a38: string; a17: string }>();
  for (const row of nafRows()) {
    const a17 = byA38.get(row.a38) ?? bySection.get(row.a21);
    if (!a17) throw new Error(`${NAF_TABLE}: no A17 group for A38 ${row.a38}`);
    levels.set(row.a129, { a38: row.a38, a17 });
  }
  return levels;
});

const a129Map = once((): Map<string, A129Info> => {
  const labels = currentLabels(parseLabelFile(readReferenceFile('Libelle_A129.txt'), 'Libelle_A129.txt', 'a129'));
  const groups = a17Groups();
  const levels = a129Levels();
  const map = new Map<string, A129Info>();
  for (const [code, label] of labels) {
    const level = levels.get(code);
    const group = level && groups.get(level.a17);
    if (!level || !group) throw new Error(`${NAF_TABLE}: DGDDI A129 code ${code} has no A38/A17`);
    map.set(code, {
      code,
      label,
      a38: level.a38,
      a17: group.code,
      a17Label: group.label,
      a17ShortLabel: group.shortLabel,
    });
  }
  return map;
});

/** The DGDDI A129 goods codes (currently valid labels), each with its A38 and A17 groups. */
export function a129Products(): Map<string, A129Info> {
  return a129Map();
}

/**
 * A129 of a CPF4 code. A CPF4 code is a NAF class ('0111' ↔ 01.11); DGDDI also uses division-level
 * codes ending in '00' ('0300', '3100'), mapped when every class of the division shares one A129.
 */
function a129OfCpf4(code: string, byClass: Map<string, string>): string {
  const direct = byClass.get(code);
  if (direct) return direct;
  if (!code.endsWith('00')) return '';
  const division = new Set([...byClass].filter(([c]) => c.startsWith(code.slice(0, 2))).map(([, a129]) => a129));
  return division.size === 1 ? [...division][0]! : '';
}

const cpf4Map = once((): Map<string, Cpf4Info> => {
  const file = 'Libelle_CPF4_rev2.1.txt';
  const labels = currentLabels(parseLabelFile(readReferenceFile(file), file, 'cpf4'));
  const byClass = new Map(nafRows().map((r) => [r.classCode, r.a129]));
  const map = new Map<string, Cpf4Info>();
  for (const [code, label] of labels) map.set(code, { code, label, a129: a129OfCpf4(code, byClass) });
  return map;
});

/** The DGDDI CPF4 codes (currently valid labels) with their A129 code. */
export function cpf4Products(): Map<string, Cpf4Info> {
  return cpf4Map();
}
