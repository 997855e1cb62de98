// Etalab's « découpage administratif » (npm @etalab/decoupage-administratif, Licence Ouverte):
// INSEE's départements, régions and communes, and DGCL's EPCI and INSEE's EPT with their member
// communes. Each file is read only when asked for: the run-time code needs only the two small
// ones (départements, régions); communes and groupements serve scripts/territoires-industrie.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from './files.js';

export interface DecoupageDepartement {
  code: string;
  nom: string;
  region: string;
  zone: string;
  /** INSEE's TNCC: how the name takes its article (3: « la Loire »), see format/article.ts. */
  typeLiaison: number;
}

export interface DecoupageRegion {
  code: string;
  nom: string;
  zone: string;
  /** INSEE's TNCC (1: « d’Auvergne-Rhône-Alpes »). */
  typeLiaison: number;
}

export interface DecoupageCommune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  type: string;
  siren?: string;
  /** Legal population (INSEE), absent for a few communes. */
  population?: number;
}

export interface DecoupageGroupement {
  /** SIREN. */
  code: string;
  nom: string;
  /** 'CC', 'CA', 'CU', 'METRO', 'MET69' or 'EPT'. */
  type: string;
  membres: { code: string; nom: string }[];
}

const PACKAGE = '@etalab/decoupage-administratif';
const require = createRequire(import.meta.url);

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(require.resolve(`${PACKAGE}/${path}`), 'utf8')) as T;
}

function readData<T>(name: string): T {
  return readJson<T>(`data/${name}.json`);
}

/** The package's version, which fixes the millésime of its data (6.0.0: 2026). */
export const decoupageVersion = once((): string => readJson<{ version: string }>('package.json').version);

export const decoupageDepartements = once(() => readData<DecoupageDepartement[]>('departements'));
export const decoupageRegions = once(() => readData<DecoupageRegion[]>('regions'));
export const decoupageCommunes = once(() => readData<DecoupageCommune[]>('communes'));
export const decoupageEpci = once(() => readData<DecoupageGroupement[]>('epci'));
export const decoupageEpt = once(() => readData<DecoupageGroupement[]>('ept'));
