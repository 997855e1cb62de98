// The places `fetch` looks for DGDDI's regional files, and the file-name patterns it recognises:
// read from one data file (reference-data/sources-dgddi.json, or the user's own through
// TERRITRADE_DGDDI_SOURCES / --sources) so that a source can be added without code.
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { readReferenceFile } from '../reference/files.js';
import type { Flow } from '../model/trade.js';

export const DEFAULT_SOURCES_FILE = 'sources-dgddi.json';

export interface FilePattern {
  /** What the file is, for listings: « annuel », « dernière publication ». */
  kind: string;
  /** Named groups: year (AAAA), flow (export|import), published (AAAAMM). */
  pattern: RegExp;
}

export type Source =
  /** data.gouv.fr datasets of an organisation, found by searching (not one fixed slug). */
  | {
      id: string;
      type: 'datagouv-search';
      label: string;
      organization: string;
      queries: string[];
      titlePattern: RegExp | null;
    }
  /** One data.gouv.fr dataset, by slug or id. */
  | { id: string; type: 'datagouv-dataset'; label: string; dataset: string }
  /** A web page whose links point at the files. */
  | { id: string; type: 'html-page'; label: string; url: string };

export interface SourcesConfig {
  /** Where the configuration was read from, for messages. */
  origin: string;
  patterns: FilePattern[];
  sources: Source[];
}

function invalid(origin: string, why: string): UserError {
  return new UserError(
    `fichier des sources de fetch invalide (${origin}) : ${why}. Voir le README, « Sources de fetch ».`,
  );
}

function text(value: unknown, origin: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(origin, `${what} manquant ou vide`);
  return value;
}

function regex(value: unknown, origin: string, what: string): RegExp {
  const source = text(value, origin, what);
  try {
    return new RegExp(source, 'i');
  } catch (err) {
    throw invalid(origin, `${what} n'est pas une expression régulière valide (${(err as Error).message})`);
  }
}

function parseSource(raw: unknown, index: number, origin: string): Source {
  if (raw === null || typeof raw !== 'object') throw invalid(origin, `source n° ${index + 1} illisible`);
  const r = raw as Record<string, unknown>;
  const id = text(r['id'], origin, `id de la source n° ${index + 1}`);
  const label = typeof r['label'] === 'string' ? r['label'] : id;
  switch (r['type']) {
    case 'datagouv-search': {
      const queries = r['queries'];
      if (!Array.isArray(queries) || queries.length === 0)
        throw invalid(origin, `« queries » de la source ${id} : liste de recherches attendue`);
      return {
        id,
        type: 'datagouv-search',
        label,
        organization: text(r['organization'], origin, `« organization » de la source ${id}`),
        queries: queries.map((q, i) => text(q, origin, `recherche n° ${i + 1} de la source ${id}`)),
        titlePattern:
          r['titlePattern'] === undefined
            ? null
            : regex(r['titlePattern'], origin, `« titlePattern » de la source ${id}`),
      };
    }
    case 'datagouv-dataset':
      return {
        id,
        type: 'datagouv-dataset',
        label,
        dataset: text(r['dataset'], origin, `« dataset » de la source ${id}`),
      };
    case 'html-page': {
      const url = text(r['url'], origin, `« url » de la source ${id}`);
      if (!/^https?:\/\//i.test(url))
        throw invalid(origin, `« url » de la source ${id} : adresse http:// ou https:// attendue`);
      return { id, type: 'html-page', label, url };
    }
    default:
      throw invalid(
        origin,
        `type inconnu pour la source ${id} (datagouv-search, datagouv-dataset ou html-page attendu)`,
      );
  }
}

/** Checks a parsed configuration; French UserError naming what is wrong. */
export function parseSources(json: unknown, origin: string): SourcesConfig {
  if (json === null || typeof json !== 'object') throw invalid(origin, 'objet JSON attendu');
  const obj = json as Record<string, unknown>;
  const patterns = obj['filePatterns'];
  const sources = obj['sources'];
  if (!Array.isArray(patterns) || patterns.length === 0)
    throw invalid(origin, '« filePatterns » : liste de motifs attendue');
  if (!Array.isArray(sources) || sources.length === 0) throw invalid(origin, '« sources » : liste de sources attendue');
  const parsed = sources.map((s, i) => parseSource(s, i, origin));
  const ids = new Set<string>();
  for (const s of parsed) {
    if (ids.has(s.id)) throw invalid(origin, `deux sources ont l'id « ${s.id} »`);
    ids.add(s.id);
  }
  return {
    origin,
    patterns: patterns.map((p, i) => {
      const r = (p ?? {}) as Record<string, unknown>;
      return {
        kind: text(r['kind'], origin, `« kind » du motif n° ${i + 1}`),
        pattern: regex(r['pattern'], origin, `motif n° ${i + 1}`),
      };
    }),
    sources: parsed,
  };
}

/** The user's file when given, else the one shipped in reference-data/. */
export function loadSources(file?: string): SourcesConfig {
  let raw: string;
  const origin = file ?? `reference-data/${DEFAULT_SOURCES_FILE}`;
  try {
    raw = file ? fs.readFileSync(file, 'utf8') : Buffer.from(readReferenceFile(DEFAULT_SOURCES_FILE)).toString('utf8');
  } catch {
    throw new UserError(`fichier des sources de fetch illisible : ${origin}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw invalid(origin, `JSON invalide (${(err as Error).message})`);
  }
  return parseSources(json, origin);
}

/** File names compared without accents or case. */
export function plainName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface NamedFile {
  kind: string;
  year: number;
  flow: Flow;
  /** `YYYY-MM` from the AAAAMM prefix, or null. */
  published: string | null;
}

/** Year, flow and publication month read from a file name by the first matching pattern. */
export function matchFileName(fileName: string, patterns: FilePattern[]): NamedFile | null {
  const name = plainName(fileName);
  for (const { kind, pattern } of patterns) {
    const m = pattern.exec(name);
    if (!m?.groups) continue;
    const flowText = m.groups['flow'];
    const publishedText = m.groups['published'];
    const published =
      publishedText && /^\d{6}$/.test(publishedText) ? `${publishedText.slice(0, 4)}-${publishedText.slice(4)}` : null;
    const year = m.groups['year'] ? Number(m.groups['year']) : published ? Number(published.slice(0, 4)) : NaN;
    if (!flowText || !Number.isInteger(year)) continue;
    const flow: Flow = /^exp/i.test(flowText) ? 'E' : 'I';
    return { kind, year, flow, published };
  }
  return null;
}
