// What a store holds before any import: the shipped reference labels and the default list of
// Territoires d'industrie (ANCT's 183 territories, shipped in reference-data/).
import type { TerritoireIndustrie } from '../model/territory.js';
import { parseLabelFile, type LabelRow } from '../reference/labels.js';
import { readReferenceFile } from '../reference/files.js';
import { defaultTerritoiresIndustrie, SHIPPED_TI_FILE } from '../reference/territoires-industrie.js';
import type { Store } from './store.js';

const REFERENCE_LABEL_FILES = [
  ['a129', 'Libelle_A129.txt'],
  ['cpf4', 'Libelle_CPF4_rev2.1.txt'],
  ['pays', 'Libelle_PAYS.txt'],
] as const;

export async function upsertLabels(store: Store, kind: string, rows: LabelRow[], origin: string): Promise<void> {
  await store.insertTextRows(
    'INSERT OR REPLACE INTO labels',
    rows.map((r) => [kind, r.code, r.label, r.validFrom, r.validTo, origin]),
  );
}

/**
 * upsertLabels for rows that come batch by batch (a label file read a piece at a time): appended
 * to a temporary table, then written in one statement (an upsert per batch grows slower with
 * each: 149 s for 578 016 rows). Returns how many rows came.
 */
export async function upsertLabelBatches(
  store: Store,
  kind: string,
  batches: AsyncIterable<LabelRow[]>,
  origin: string,
): Promise<number> {
  await store.run('CREATE OR REPLACE TEMP TABLE incoming_labels AS FROM labels LIMIT 0');
  try {
    let count = 0;
    const appender = await store.appender('incoming_labels', 'temp');
    try {
      for await (const rows of batches) {
        for (const r of rows) {
          for (const value of [kind, r.code, r.label, r.validFrom, r.validTo, origin]) appender.appendVarchar(value);
          appender.endRow();
        }
        count += rows.length;
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    await store.run('INSERT OR REPLACE INTO labels FROM incoming_labels');
    return count;
  } finally {
    await store.run('DROP TABLE IF EXISTS incoming_labels');
  }
}

export async function replaceTerritoires(
  store: Store,
  list: TerritoireIndustrie[],
  kind: 'default' | 'official',
  origin: string,
): Promise<void> {
  await store.run('DELETE FROM territoires_industrie');
  await store.insertTextRows(
    'INSERT INTO territoires_industrie',
    list.flatMap((t) => (t.departements.length ? t.departements : [null]).map((d) => [t.id, t.name, d])),
  );
  await store.setMeta('ti_list', kind);
  await store.setMeta('ti_source', origin);
}

/**
 * Idempotent: seeds a store that has no labels or no Territoires d'industrie list yet, and
 * replaces the partial list older versions seeded (kind 'partial') with the shipped one.
 */
export async function ensureSeeded(store: Store): Promise<void> {
  const [row] = await store.all('SELECT count(*) AS n FROM labels');
  if (Number(row!['n']) === 0) {
    for (const [kind, name] of REFERENCE_LABEL_FILES) {
      await upsertLabels(store, kind, parseLabelFile(readReferenceFile(name), name, kind), 'reference-data');
    }
  }
  if ((await store.metaValue('ti_list')) !== 'official' && (await store.metaValue('ti_source')) !== SHIPPED_TI_FILE) {
    await replaceTerritoires(store, defaultTerritoiresIndustrie(), 'default', SHIPPED_TI_FILE);
  }
}
