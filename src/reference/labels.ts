// DGDDI label files: header-less `code;label;from YYYYMM;to YYYYMM`, labels valid over a period.
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { formatCount, NBSP } from '../format/fr.js';
import { controlCharacter, decodeTextFile, guillemets, parseDelimited, type DelimitedRecord } from './text.js';
import { delimitedPieces } from './text-chunks.js';

export type LabelKind = 'a129' | 'cpf4' | 'pays' | 'departement_region';

export interface LabelRow {
  code: string;
  label: string;
  /** YYYYMM */
  validFrom: string;
  /** YYYYMM; '999912' means still valid. */
  validTo: string;
}

const FILE_PATTERNS: [RegExp, LabelKind][] = [
  [/^libelle_a129.*\.txt$/i, 'a129'],
  [/^libelle_cpf4.*\.txt$/i, 'cpf4'],
  [/^libelle_pays.*\.txt$/i, 'pays'],
  [/^departement_region.*\.txt$/i, 'departement_region'],
];

/** Recognises a DGDDI label file from its name (any directory, any case). */
export function detectLabelFile(fileName: string): LabelKind | null {
  const name = basename(fileName.replace(/\\/g, '/'));
  for (const [pattern, kind] of FILE_PATTERNS) if (pattern.test(name)) return kind;
  return null;
}

const CODE_PATTERNS: Record<'a129' | 'cpf4' | 'pays', { re: RegExp; what: string }> = {
  a129: { re: /^[A-Z]\d{2}[A-Z]$/, what: 'code A129 (ex. C29A)' },
  cpf4: { re: /^\d{4}$/, what: 'code CPF4 à 4 chiffres (ex. 0111)' },
  pays: { re: /^[A-Z0-9]{2}$/, what: 'code pays à 2 caractères (ex. DE)' },
};

const PERIOD = /^\d{4}(0[1-9]|1[0-2])$/;

/** One record of a label file as a row; a malformed one is a UserError naming `fileName:line`. */
function labelRow({ line, fields }: DelimitedRecord, fileName: string, kind: 'a129' | 'cpf4' | 'pays'): LabelRow {
  const fail = (reason: string): never => {
    throw new UserError(`${fileName}:${line}${NBSP}: ${reason}`);
  };
  if (fields.length !== 4) fail(`4 champs attendus (code;libellé;début;fin), ${fields.length} trouvé(s).`);
  const control = controlCharacter(fields.join(';').replace(/\r$/, ''));
  if (control)
    fail(
      `caractère de contrôle ${control} : un libellé ne peut en contenir (il pourrait piloter le terminal qui l'affiche).`,
    );
  const [code = '', rawLabel = '', validFrom = '', validTo = ''] = fields.map((f) => f.trim());
  const label = rawLabel.replace(/\s+/g, ' ');
  const pattern = CODE_PATTERNS[kind];
  if (!pattern.re.test(code)) fail(`${guillemets(code)} n'est pas un ${pattern.what}.`);
  if (label === '') fail(`libellé vide pour le code ${code}.`);
  if (!PERIOD.test(validFrom)) fail(`date de début ${guillemets(validFrom)} invalide (AAAAMM attendu).`);
  if (!PERIOD.test(validTo)) fail(`date de fin ${guillemets(validTo)} invalide (AAAAMM attendu).`);
  if (validFrom > validTo) fail(`date de début ${validFrom} postérieure à la date de fin ${validTo}.`);
  return { code, label, validFrom, validTo };
}

/** Parses one label file; a malformed line is a UserError naming `fileName:line`. */
export function parseLabelFile(buf: Uint8Array, fileName: string, kind: 'a129' | 'cpf4' | 'pays'): LabelRow[] {
  const { text } = decodeTextFile(buf, fileName);
  return parseDelimited(text, ';', fileName).map((r) => labelRow(r, fileName, kind));
}

/** More rows than this is no DGDDI label file (a few hundred codes, a few thousand rows with their history). */
export const MAX_LABEL_ROWS = 100_000;

/**
 * A label file on disk read a piece at a time (any size, little memory): its rows, a batch per
 * piece, with parseLabelFile's rules and messages; refused past MAX_LABEL_ROWS, at that line.
 */
export async function* readLabelFile(
  file: string,
  fileName: string,
  kind: 'a129' | 'cpf4' | 'pays',
): AsyncGenerator<LabelRow[]> {
  let count = 0;
  for await (const records of delimitedPieces(file, fileName, ';')) {
    const over = records[MAX_LABEL_ROWS - count];
    if (over)
      throw new UserError(
        `${fileName}:${over.line}${NBSP}: plus de ${formatCount(MAX_LABEL_ROWS, 'libellé')} ; un fichier de libellés de la DGDDI en compte quelques milliers au plus. Vérifiez qu'il s'agit bien d'un fichier de libellés.`,
      );
    count += records.length;
    yield records.map((r) => labelRow(r, fileName, kind));
  }
}

/**
 * For each code, the label valid on `onDate` (YYYYMM; default '999912' = currently valid).
 * Codes are kept in first-appearance order; if periods overlap, the latest start wins.
 */
export function currentLabels(rows: LabelRow[], onDate = '999912'): Map<string, string> {
  const best = new Map<string, LabelRow>();
  for (const row of rows) {
    if (row.validFrom > onDate || row.validTo < onDate) continue;
    const prev = best.get(row.code);
    if (!prev || row.validFrom >= prev.validFrom) best.set(row.code, row);
  }
  return new Map([...best].map(([code, row]) => [code, row.label]));
}
