// The DGDDI regional trade file format (specification 09/05/2022, section IV): header-less,
// ';'-separated, 10 columns. This module holds the column list and the line-level rules, in
// one place, for the fast SQL check (store/import/) and for the line-numbered French messages.
import { DIRECTION_BY_FLOW } from '../model/direction.js';
import type { Flow } from '../model/trade.js';
import { visibleText } from '../format/visible-text.js';
import { expectedDgddiRegion, isKnownDgddiDepartement } from '../reference/territories.js';

export const TRADE_COLUMNS = [
  'flow',
  'quarter',
  'year',
  'dept',
  'region',
  'a129',
  'cpf4',
  'country',
  'value',
  'mass',
] as const;

export type { Flow } from '../model/trade.js';

/** Name of the marker file the demo archives carry, by which the importer flags demo data. */
export const DEMO_MARKER_FILE = 'DONNEES_FICTIVES_DEMONSTRATION.txt';

export const FLOW_NAMES: Record<Flow, string> = { E: DIRECTION_BY_FLOW.E.plural, I: DIRECTION_BY_FLOW.I.plural };

export const PATTERNS = {
  flow: /^[EI]$/,
  quarter: /^[1-4]$/,
  year: /^\d{4}$/,
  a129: /^[A-Z]\d{2}[A-Z]$/,
  cpf4: /^\d{4}$/,
  country: /^[A-Z]{2}$/,
  amount: /^\d{1,15}$/,
} as const;

/** What a file's name says about its content (annual files name their year and flow). */
export interface FileNameHints {
  year: number | null;
  flow: Flow | null;
}

/** Years a trade line may carry: from 2000 (first DGDDI regional series) to next year. */
export interface YearRange {
  min: number;
  max: number;
}

export function acceptedYears(now = new Date()): YearRange {
  return { min: 2000, max: now.getUTCFullYear() + 1 };
}

export function fileNameHints(fileName: string): FileNameHints {
  const base = fileName.replace(/^.*[\\/]/, '');
  const lower = base.toLowerCase();
  let flow: Flow | null = null;
  if (/cpf4payse|export/.test(lower)) flow = 'E';
  else if (/cpf4paysi|import/.test(lower)) flow = 'I';
  const yearMatch = /(?:^|[^0-9])((?:19|20)\d{2})(?:[^0-9]|$)/.exec(base);
  return { flow, year: yearMatch ? Number(yearMatch[1]) : null };
}

/** Why one line is invalid (French), or null. `fields` is the line split on ';'. */
export function lineError(fields: string[], hints: FileNameHints, years: YearRange = acceptedYears()): string | null {
  if (fields.length !== TRADE_COLUMNS.length) {
    return `${fields.length} colonne${fields.length > 1 ? 's' : ''} au lieu de 10 (Flux;Trimestre;Année;Département;Région;A129;CPF4;Pays;Valeur;Masse)`;
  }
  const [flow, quarter, year, dept, region, a129, cpf4, country, value, mass] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!PATTERNS.flow.test(flow))
    return `flux « ${show(flow)} » inconnu (attendu : E pour ${DIRECTION_BY_FLOW.E.singular} ou I pour ${DIRECTION_BY_FLOW.I.singular})`;
  if (hints.flow && flow !== hints.flow) {
    return `ligne d'${DIRECTION_BY_FLOW[flow as Flow].singular} dans un fichier d'${FLOW_NAMES[hints.flow]}`;
  }
  if (!PATTERNS.quarter.test(quarter)) return `trimestre « ${show(quarter)} » invalide (attendu : 1 à 4)`;
  if (!PATTERNS.year.test(year)) return `année « ${show(year)} » invalide (attendu : 4 chiffres)`;
  if (Number(year) < years.min || Number(year) > years.max)
    return `année ${year} hors des années possibles (${years.min} à ${years.max})`;
  if (hints.year !== null && Number(year) !== hints.year) {
    return `année ${year} dans un fichier de l'année ${hints.year} (années mélangées)`;
  }
  if (!isKnownDgddiDepartement(dept)) return `code département « ${show(dept)} » inconnu de la DGDDI`;
  const expected = expectedDgddiRegion(dept);
  if (region !== expected)
    return `code région « ${show(region)} » incohérent avec le département ${dept} (attendu : ${expected})`;
  if (!PATTERNS.a129.test(a129))
    return `code A129 « ${show(a129)} » mal formé (attendu : lettre, 2 chiffres, lettre, ex. C29A)`;
  if (!PATTERNS.cpf4.test(cpf4)) return `code CPF4 « ${show(cpf4)} » mal formé (attendu : 4 chiffres, ex. 0111)`;
  if (!PATTERNS.country.test(country))
    return `code pays « ${show(country)} » mal formé (attendu : 2 lettres majuscules)`;
  const valueError = amountError(value, 'valeur');
  if (valueError) return valueError;
  return amountError(mass, 'masse');
}

function amountError(text: string, what: string): string | null {
  if (PATTERNS.amount.test(text)) return null;
  if (/^-\d/.test(text)) return `${what} négative (${show(text)})`;
  if (text === '') return `${what} vide`;
  if (/^\d{16,}$/.test(text)) return `${what} trop grande (${show(text)})`;
  return `${what} « ${show(text)} » n'est pas un entier positif`;
}

/** Quotes user data safely in a message: control characters made visible, long text cut. */
export function show(text: string): string {
  return visibleText(text, 40);
}

export interface LineIssue {
  line: number;
  reason: string;
}

/**
 * A line's fields. Trailing empty fields past the tenth (a `;` ending the line) are dropped, as
 * DuckDB's reader does, so that both checks accept and refuse the same lines.
 */
export function splitFields(line: string): string[] {
  const fields = line.split(';');
  while (fields.length > TRADE_COLUMNS.length && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** The columns that identify a line in the official files (each key appears once). */
export const KEY_COLUMNS = ['flow', 'quarter', 'year', 'dept', 'cpf4', 'country'] as const;
const KEY_INDEXES = KEY_COLUMNS.map((c) => TRADE_COLUMNS.indexOf(c));

/** The key of a valid line's fields, as one string. */
export function lineKey(fields: string[]): string {
  return KEY_INDEXES.map((i) => fields[i]).join(';');
}

export const KEY_WORDS = 'flux, trimestre, année, département, CPF4 et pays';
