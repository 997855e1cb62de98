// The DGDDI regional trade file format (specification 09/05/2022, section IV): header-less,
// ';'-separated, 10 columns. This module holds the column list and the line-level rules, in
// one place, for the fast SQL check (import.ts) and for the line-numbered French messages.
import { DIRECTION_BY_FLOW } from '../model/direction.js';
import type { Flow } from '../model/trade.js';
import { expectedDgddiRegion, isKnownDgddiDepartement } from '../reference/territories.js';

export const TRADE_COLUMNS = ['flow', 'quarter', 'year', 'dept', 'region', 'a129', 'cpf4', 'country', 'value', 'mass'] as const;

export type { Flow } from '../model/trade.js';

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
export function lineError(fields: string[], hints: FileNameHints): string | null {
  if (fields.length !== TRADE_COLUMNS.length) {
    return `${fields.length} colonne${fields.length > 1 ? 's' : ''} au lieu de 10 (Flux;Trimestre;Année;Département;Région;A129;CPF4;Pays;Valeur;Masse)`;
  }
  const [flow, quarter, year, dept, region, a129, cpf4, country, value, mass] = fields as [
    string, string, string, string, string, string, string, string, string, string,
  ];
  if (!PATTERNS.flow.test(flow)) return `flux « ${show(flow)} » inconnu (attendu : E pour ${DIRECTION_BY_FLOW.E.singular} ou I pour ${DIRECTION_BY_FLOW.I.singular})`;
  if (hints.flow && flow !== hints.flow) {
    return `ligne d'${DIRECTION_BY_FLOW[flow as Flow].singular} dans un fichier d'${FLOW_NAMES[hints.flow]}`;
  }
  if (!PATTERNS.quarter.test(quarter)) return `trimestre « ${show(quarter)} » invalide (attendu : 1 à 4)`;
  if (!PATTERNS.year.test(year)) return `année « ${show(year)} » invalide (attendu : 4 chiffres)`;
  if (hints.year !== null && Number(year) !== hints.year) {
    return `année ${year} dans un fichier de l'année ${hints.year} (années mélangées)`;
  }
  if (!isKnownDgddiDepartement(dept)) return `code département « ${show(dept)} » inconnu de la DGDDI`;
  const expected = expectedDgddiRegion(dept);
  if (region !== expected) return `code région « ${show(region)} » incohérent avec le département ${dept} (attendu : ${expected})`;
  if (!PATTERNS.a129.test(a129)) return `code A129 « ${show(a129)} » mal formé (attendu : lettre, 2 chiffres, lettre, ex. C29A)`;
  if (!PATTERNS.cpf4.test(cpf4)) return `code CPF4 « ${show(cpf4)} » mal formé (attendu : 4 chiffres, ex. 0111)`;
  if (!PATTERNS.country.test(country)) return `code pays « ${show(country)} » mal formé (attendu : 2 lettres majuscules)`;
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
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > 40 ? visible.slice(0, 40) + '…' : visible;
}

export interface LineIssue {
  line: number;
  reason: string;
}

/**
 * Checks every line of a trade file's text and returns the issues in file order.
 * Empty lines are skipped (as DuckDB's reader does); the count of all issues is returned
 * while only the first `keep` are kept.
 */
export function findLineIssues(text: string, hints: FileNameHints, keep = 20): { issues: LineIssue[]; count: number } {
  const issues: LineIssue[] = [];
  let count = 0;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    start = end + 1;
    if (line === '') continue;
    const reason = lineError(line.split(';'), hints);
    if (reason) {
      count++;
      if (issues.length < keep) issues.push({ line: lineNo, reason });
    }
  }
  return { issues, count };
}
