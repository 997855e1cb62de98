// Test data for fetch: official-format trade ZIPs, ANCT's list, and a data.gouv.fr API answer
// describing them as the real API does.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';

type Flow = 'E' | 'I';

/** Header-less `;` lines in DGDDI's 10-column format, for the 4 quarters of `year`. */
export function tradeLines(year: number, flow: Flow, scale = 1): string {
  const lines: string[] = [];
  for (const quarter of [1, 2, 3, 4]) {
    lines.push(`${flow};${quarter};${year};42;18;C29A;2910;DE;${406473 * scale + quarter};${1210935 + quarter}`);
    lines.push(`${flow};${quarter};${year};69;18;C20B;2013;US;${120000 * scale + quarter};${3000 + quarter}`);
    lines.push(`${flow};${quarter};${year};75;03;C10E;1051;IT;${98765 * scale + quarter};${450 + quarter}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** `…_regional_2024_export.zip` holding `Region_2024_Export.txt`, as DGDDI ships it. */
export function tradeZip(year: number, flow: Flow, scale = 1): Buffer {
  const name = `Region_${year}_${flow === 'E' ? 'Export' : 'Import'}.txt`;
  return Buffer.from(
    zipSync({ [name]: strToU8(tradeLines(year, flow, scale)) }, { mtime: new Date('2025-01-01T00:00:00Z') }),
  );
}

export function zipName(year: number, flow: Flow): string {
  return `donnees_regional_${year}_${flow === 'E' ? 'export' : 'import'}.zip`;
}

/** ANCT's commune-level list (two territories, three départements). */
export function territoiresCsv(): string {
  return (
    [
      'insee_com;lib_com;id_ti;lib_ti',
      '42218;Saint-Étienne;TI042;Saint-Étienne Métropole',
      '42095;Firminy;TI042;Saint-Étienne Métropole',
      '69123;Lyon;TI069;Lyon Vallée de la chimie',
      '01053;Bourg-en-Bresse;TI069;Lyon Vallée de la chimie',
    ].join('\n') + '\n'
  );
}

export function sha1(data: Buffer | string): string {
  return createHash('sha1').update(data).digest('hex');
}

export interface FakeResource {
  title: string;
  url: string;
  format: string;
  last_modified: string;
  checksum: { type: string; value: string } | null;
  filesize: number | null;
  id: string;
}

export function resource(fields: Partial<FakeResource> & { url: string }): FakeResource {
  return {
    id: fields.url.split('/').pop() ?? 'r',
    title: '',
    format: 'zip',
    last_modified: '2024-04-15T08:00:00.000000+00:00',
    checksum: null,
    filesize: null,
    ...fields,
  };
}

/** A data.gouv.fr `/api/1/datasets/{id}/` answer. */
export function datasetAnswer(title: string, resources: FakeResource[], slug = 'jeu'): string {
  return JSON.stringify({
    id: '5369a0c7a3a729239d206446',
    slug,
    title,
    page: `https://www.data.gouv.fr/fr/datasets/${slug}/`,
    license: 'lov2',
    resources,
  });
}

export const DGDDI_SLUG = 'statistiques-regionales-et-departementales-du-commerce-exterieur';
export const TI_SLUG = 'programme-territoires-dindustrie';
export const DGDDI_API_PATH = `/api/1/datasets/${DGDDI_SLUG}/`;
export const TI_API_PATH = `/api/1/datasets/${TI_SLUG}/`;
export const TI_FILE = 'liste-ti-com2023-20240704.csv';

/**
 * A fake data.gouv.fr on `server`: DGDDI's dataset with 2022 and 2023 complete (2023 exports
 * re-published later with other values), 2024 exports only, annexes; ANCT's dataset with the
 * commune and EPCI lists. Bodies are served under /static/… with their sha1 in the API answer.
 */
export function publish(server: { url: string; routes: Map<string, import('../helpers/http-server.js').Route> }): void {
  const files: { path: string; body: Buffer; title: string; lastModified: string; format: string }[] = [];
  const add = (dir: string, name: string, body: Buffer, title: string, lastModified: string, format = 'zip') => {
    const p = `/static/resources/${dir}/${name}`;
    files.push({ path: p, body, title, lastModified, format });
    server.routes.set(p, { body });
    return p;
  };
  const trade: FakeResource[] = [];
  const dgddi = (name: string, body: Buffer, title: string, lastModified: string, format = 'zip') => {
    const p = add(
      `${DGDDI_SLUG}/${lastModified.slice(0, 10).replace(/-/g, '')}-080000`,
      name,
      body,
      title,
      lastModified,
      format,
    );
    trade.push(
      resource({
        url: `${server.url}${p}`,
        title,
        format,
        last_modified: lastModified,
        checksum: { type: 'sha1', value: sha1(body) },
        filesize: body.length,
      }),
    );
  };
  dgddi(
    zipName(2022, 'E'),
    tradeZip(2022, 'E'),
    'Statistiques régionales 2022 - Exportations',
    '2023-04-14T08:00:00+00:00',
  );
  dgddi(
    zipName(2022, 'I'),
    tradeZip(2022, 'I'),
    'Statistiques régionales 2022 - Importations',
    '2023-04-14T08:00:00+00:00',
  );
  dgddi(
    zipName(2023, 'E'),
    tradeZip(2023, 'E'),
    'Statistiques régionales 2023 - Exportations',
    '2024-04-15T08:00:00+00:00',
  );
  dgddi(
    'donnees_regional_2023_export_rev.zip',
    tradeZip(2023, 'E', 2),
    'Statistiques régionales 2023 - EXPORTATION (révisé)',
    '2024-10-02T08:00:00+00:00',
  );
  dgddi(
    zipName(2023, 'I'),
    tradeZip(2023, 'I'),
    'Statistiques régionales 2023 - Importations',
    '2024-04-15T08:00:00+00:00',
  );
  dgddi(
    zipName(2024, 'E'),
    tradeZip(2024, 'E'),
    'Statistiques régionales 2024 - Exportations',
    '2025-02-07T08:00:00+00:00',
  );
  dgddi(
    'Libelle_PAYS.txt',
    Buffer.from('AL;Albanie;197601;999912\r\n'),
    'Libellés des pays',
    '2024-04-15T08:00:00+00:00',
    'txt',
  );
  dgddi(
    'Description-des-jeux-de-donnees.pdf',
    Buffer.from('%PDF-1.4'),
    'Description des jeux de données 2024 (export, import)',
    '2024-04-15T08:00:00+00:00',
    'pdf',
  );
  server.routes.set(DGDDI_API_PATH, {
    body: datasetAnswer('Statistiques régionales et départementales du commerce extérieur', trade, DGDDI_SLUG),
    contentType: 'application/json',
  });

  const ti: FakeResource[] = [];
  const anct = (name: string, body: Buffer, title: string, lastModified: string) => {
    const p = add(`${TI_SLUG}/20240704-091848`, name, body, title, lastModified, 'csv');
    ti.push(
      resource({
        url: `${server.url}${p}`,
        title,
        format: 'csv',
        last_modified: lastModified,
        checksum: { type: 'sha1', value: sha1(body) },
        filesize: body.length,
      }),
    );
  };
  anct(
    TI_FILE,
    Buffer.from(territoiresCsv()),
    'Liste des communes des Territoires d’industrie',
    '2024-07-04T09:18:48+00:00',
  );
  anct(
    'liste-ti-grpt2023-20240704.csv',
    Buffer.from('siren_epci;lib_epci;id_ti;lib_ti\n'),
    'Liste des EPCI des Territoires d’industrie',
    '2024-07-04T09:18:48+00:00',
  );
  server.routes.set(TI_API_PATH, {
    body: datasetAnswer('Programme Territoires d’industrie', ti, TI_SLUG),
    contentType: 'application/json',
  });
}

/** The URL path a published file is served under. */
export function staticPath(server: { routes: Map<string, unknown> }, fileName: string): string {
  const found = [...server.routes.keys()].find((p) => p.endsWith(`/${fileName}`));
  if (!found) throw new Error(`not published: ${fileName}`);
  return found;
}

/** The file-name patterns shipped in reference-data/sources-dgddi.json. */
export function shippedPatterns(): unknown[] {
  const file = new URL('../../reference-data/sources-dgddi.json', import.meta.url);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { filePatterns: unknown[] }).filePatterns;
}

/** Writes a sources file (shipped patterns, the given sources) in `dir`; returns its path. */
export function writeSources(dir: string, sources: unknown[], name = 'sources.json'): string {
  const file = path.join(dir, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ filePatterns: shippedPatterns(), sources }, null, 2));
  return file;
}

/** Only the legacy dataset that publish() imitates: what the older tests of fetch expect. */
export function legacyOnly(dir: string): string {
  return writeSources(
    dir,
    [
      {
        id: 'datagouv-historique',
        type: 'datagouv-dataset',
        label: 'data.gouv.fr, jeu historique',
        dataset: DGDDI_SLUG,
      },
    ],
    'sources-historique.json',
  );
}
