// Test data for fetch: official-format trade ZIPs, ANCT's list, and a data.gouv.fr API answer
// describing them as the real API does.
import { createHash } from 'node:crypto';
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
  return Buffer.from(zipSync({ [name]: strToU8(tradeLines(year, flow, scale)) }, { mtime: new Date('2025-01-01T00:00:00Z') }));
}

export function zipName(year: number, flow: Flow): string {
  return `donnees_regional_${year}_${flow === 'E' ? 'export' : 'import'}.zip`;
}

/** ANCT's commune-level list (two territories, three départements). */
export function territoiresCsv(): string {
  return [
    'insee_com;lib_com;id_ti;lib_ti',
    '42218;Saint-Étienne;TI042;Saint-Étienne Métropole',
    '42095;Firminy;TI042;Saint-Étienne Métropole',
    '69123;Lyon;TI069;Lyon Vallée de la chimie',
    '01053;Bourg-en-Bresse;TI069;Lyon Vallée de la chimie',
  ].join('\n') + '\n';
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
