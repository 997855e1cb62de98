// `territrade export`: the store's trade rows with every label, and every figure of every
// territory and year as a tidy table, for analysts who continue with DuckDB, pandas or R.
// Written into a staging folder swapped in at the end: a failure leaves the previous export.
import fs from 'node:fs';
import path from 'node:path';
import {
  copyTrade,
  distinctCodes,
  tableWriter,
  type ExportFormat as StoreFormat,
  type TableColumn,
  type TradeLabels,
} from '../store/export.js';
import type { RowWriter } from '../store/export-csv.js';
import { storedLabels, storedYears, yearInfo } from '../store/queries.js';
import { withStore, type Store } from '../store/store.js';
import { UserError } from '../errors.js';
import { StoreFigures } from './figures.js';
import { makeLabels } from '../figures/labels.js';
import { cpf4Products } from '../reference/products.js';
import { departements, regionByCode, toTerritoryRef } from '../reference/territories.js';
import { checkStoreOutside, MARKER_FILE, stage } from './atomic.js';
import { allTerritories } from './only.js';
import { toolVersion } from './version.js';
import { exportReadme, EXPORT_MARKER, exportMetadata } from '../report/export-readme.js';
import { exportPeriod } from '../report/period-labels.js';
import { tidyFigures } from '../report/tidy-figures.js';
import { ExportWorkbook, type ExportWorkbookFacts } from '../report/export-workbook.js';
import { generationDate } from '../report/fiche/date.js';
import { DEFAULT_PUBLICATION, type Publication } from '../model/publication.js';
import { fullDiskError, outputFolder, storeFolder, tempFolder } from './full-folder.js';

/** The store's formats, and xlsx: the indicators as a workbook, the trade rows as Excel CSV. */
export type ExportFormat = StoreFormat | 'xlsx';

export interface ExportOptions {
  storePath: string;
  outDir: string;
  format: ExportFormat;
  /** All the store's years when absent. */
  years?: number[];
  /** The publisher's identity and words (settings file), as `build` reads them; DEFAULT_PUBLICATION when absent. */
  publication?: Publication;
}

export interface ExportReport {
  outDir: string;
  years: number[];
  demo: boolean;
  tradeRows: number;
  figureRows: number;
}

/** Only an absent or empty folder, or an earlier export, may be replaced. */
function checkExportReplaceable(outDir: string): void {
  if (!fs.existsSync(outDir)) return;
  if (!fs.statSync(outDir).isDirectory())
    throw new UserError(`${outDir} existe et n'est pas un dossier : choisissez un autre --out.`);
  const entries = fs.readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(EXPORT_MARKER)) {
    throw new UserError(
      `${outDir} n'est pas vide et n'a pas été produit par territrade export : il serait remplacé en entier. Choisissez un dossier vide ou nouveau avec --out.`,
    );
  }
}

async function chooseYears(store: Store, asked: number[] | undefined): Promise<number[]> {
  const years = await storedYears(store);
  if (years.length === 0)
    throw new UserError(
      'la base ne contient aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».',
    );
  if (asked === undefined) return years;
  const missing = asked.filter((y) => !years.includes(y));
  if (missing.length)
    throw new UserError(
      `aucune donnée pour ${missing.join(', ')} dans la base (années disponibles : ${years.join(', ')}).`,
    );
  return [...new Set(asked)].sort();
}

async function tradeLabels(store: Store, years: number[]): Promise<TradeLabels> {
  const labels = makeLabels(await storedLabels(store, 'a129'), await storedLabels(store, 'pays'));
  const storedCpf4 = await storedLabels(store, 'cpf4');
  const cpf4 = cpf4Products();
  return {
    departements: departements().map((d) => ({
      dgddi: d.dgddi,
      code: d.code,
      name: d.name,
      region: d.region,
      regionName: regionByCode(d.region)?.name ?? '',
    })),
    a129: (await distinctCodes(store, 'a129', years)).map((code) => {
      const a = labels.activity(code);
      return { code, name: a.name, a17: a.a17, a17Name: a.a17_name };
    }),
    cpf4: (await distinctCodes(store, 'cpf4', years)).map((code) => ({
      code,
      name: storedCpf4.get(code) ?? cpf4.get(code)?.label ?? code,
    })),
    countries: (await distinctCodes(store, 'country', years)).map((code) => ({ code, name: labels.country(code) })),
  };
}

/** The columns of the indicators' table. */
const FIGURE_COLUMNS: readonly TableColumn[] = [
  { name: 'territory_kind', type: 'VARCHAR' },
  { name: 'territory_code', type: 'VARCHAR', kind: 'code' },
  { name: 'territory_name', type: 'VARCHAR' },
  { name: 'period', type: 'VARCHAR' },
  { name: 'indicator', type: 'VARCHAR' },
  { name: 'label', type: 'VARCHAR' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'demo', type: 'BOOLEAN' },
];

/** Writes every figure of every territory for each year, in territory order then path order. Returns the row count. */
async function writeFigures(store: Store, years: number[], out: RowWriter): Promise<number> {
  let count = 0;
  for (const year of years) {
    const year_ = await StoreFigures.load(store, { year });
    for (const territory of allTerritories()) {
      const f = year_.figures(territory);
      const ref = toTerritoryRef(territory);
      const period = exportPeriod(f);
      for (const row of tidyFigures(f)) {
        out.add([ref.kind, ref.code, ref.name, period, row.indicator, row.label, row.value, f.demo]);
        count++;
      }
    }
  }
  await out.close();
  return count;
}

/** What the settings say in the export: the edition's title, the publisher, the site's address. */
function publicationFacts(p: Publication): Pick<ExportWorkbookFacts, 'editionTitle' | 'publisher' | 'address'> {
  return { editionTitle: p.edition.title, publisher: p.publisher.name, address: p.siteUrl };
}

/** The indicators' workbook, row by row as writeFigures gives them (FIGURE_COLUMNS' order). */
function workbookWriter(file: string, facts: Omit<ExportWorkbookFacts, 'generatedAt'>): RowWriter {
  const workbook = new ExportWorkbook(file, { ...facts, generatedAt: generationDate() });
  return {
    add: ([kind, code, name, period, indicator, label, value]) =>
      workbook.add({
        kind: String(kind),
        code: String(code),
        name: String(name),
        period: String(period),
        indicator: String(indicator),
        label: String(label),
        value: Number(value),
      }),
    close: () => Promise.resolve(workbook.close()),
  };
}

export async function runExport(options: ExportOptions): Promise<ExportReport> {
  checkStoreOutside(options.storePath, options.outDir, 'export');
  // A full disk names the folder that was full: the output's, TMPDIR or the store's (issue 25 point 27).
  const folders = [outputFolder(options.outDir), tempFolder(), storeFolder(options.storePath)] as const;
  const note = `Le dossier ${options.outDir} précédent n'a pas été modifié.`;
  return exportInto(options).catch((err: unknown) => Promise.reject(fullDiskError(err, folders, note) ?? err));
}

async function exportInto(options: ExportOptions): Promise<ExportReport> {
  return withStore(
    options.storePath,
    async (store) => {
      const years = await chooseYears(store, options.years);
      let demo = false;
      for (const y of years) demo ||= (await yearInfo(store, y)).demo;
      checkExportReplaceable(options.outDir);
      const labels = await tradeLabels(store, years);
      const metadata = exportMetadata({ demo, years, version: toolVersion() });
      const staging = stage(options.outDir);
      try {
        // The build's marker lets the staging tell our folders apart; ours says what this one is.
        fs.writeFileSync(
          path.join(staging.dir, MARKER_FILE),
          'Dossier produit par « territrade export » : il est remplacé en entier à chaque export.\n',
        );
        fs.writeFileSync(path.join(staging.dir, EXPORT_MARKER), '');
        const spill = path.join(staging.dir, '.duckdb-tmp');
        // xlsx: the trade rows (a million a year, past a sheet's limit) go as Excel's CSV.
        const tradeFormat = options.format === 'xlsx' ? 'csv-excel' : options.format;
        const target = path.join(staging.dir, 'echanges');
        const tradeRows = await copyTrade(store, target, tradeFormat, years, labels, metadata, spill);
        const figures =
          options.format === 'xlsx'
            ? workbookWriter(path.join(staging.dir, 'indicateurs.xlsx'), {
                ...publicationFacts(options.publication ?? DEFAULT_PUBLICATION),
                years,
                demo,
                toolVersion: toolVersion(),
              })
            : tableWriter(
                store,
                path.join(staging.dir, `indicateurs.${options.format === 'parquet' ? 'parquet' : 'csv'}`),
                options.format,
                FIGURE_COLUMNS,
                metadata,
                spill,
              );
        const figureRows = await writeFigures(store, years, figures);
        fs.rmSync(spill, { recursive: true, force: true });
        fs.writeFileSync(
          path.join(staging.dir, 'LISEZ-MOI.txt'),
          exportReadme({
            demo,
            years,
            format: options.format,
            version: toolVersion(),
            ...publicationFacts(options.publication ?? DEFAULT_PUBLICATION),
          }),
        );
        staging.commit();
        return { outDir: options.outDir, years, demo, tradeRows, figureRows };
      } catch (err) {
        staging.discard();
        throw err;
      }
    },
    { readOnly: true },
  );
}
