// The data files of every territory shown: its figures (JSON), one CSV per table, its workbook
// (xlsx), and the SVG and PNG images of its charts.
import type { ResolvedTerritory } from '../reference/territories.js';
import { csvPath, ficheHtmlPath, jsonPath, xlsxPath } from './out-paths.js';
import { publicAddress } from '../model/publication.js';
import { tableToCsv } from '../report/csv.js';
import { csvTable } from '../report/csv-codes.js';
import { ficheWorkbook } from '../report/xlsx.js';
import type { ChartTable } from '../charts/types.js';
import type { DataKey } from '../report/fiche/types.js';
import { dataTables } from '../report/fiche/index.js';
import { toolVersion } from './version.js';
import { writeChartImages } from './chart-images.js';
import { measure } from './build-profile.js';
import { figuresJson } from './site-manifest.js';
import { publicationOf, writeFile, type BuildRun } from './build-steps.js';

/** Data files of every territory shown, so that each CSV link of a fiche leads somewhere. */
export async function writeDataFiles(run: BuildRun, needed: ReadonlyMap<string, ResolvedTerritory>): Promise<void> {
  for (const [key, t] of needed) {
    const c = run.chartsOf(t);
    const json = measure('JSON', () => figuresJson(run.figures.get(key)!));
    writeFile(run.staging.dir, jsonPath(c.figures.territory), json);
    run.counts.json++;
    const tables = measure('CSV', () =>
      dataTables(c).map(([key, table]): [DataKey, ChartTable] => [key, csvTable(key, table, c.figures)]),
    );
    for (const [key, table] of tables) {
      const csv = measure('CSV', () => tableToCsv(table));
      writeFile(run.staging.dir, csvPath(c.figures.territory, key), csv);
      run.counts.csv++;
    }
    const publication = publicationOf(run.o);
    const facts = {
      title: `${publication.edition.title} — ${c.figures.territory.name}`,
      publisher: publication.publisher.name,
      address: publicAddress(publication, ficheHtmlPath(c.figures.territory)),
      generatedAt: run.o.generatedAt,
      toolVersion: toolVersion(),
    };
    const workbook = measure('Classeurs xlsx', () => ficheWorkbook(c.figures, tables, facts));
    writeFile(run.staging.dir, xlsxPath(c.figures.territory), workbook);
    await writeChartImages(c, (rel, content) => writeFile(run.staging.dir, rel, content));
    await run.breathe();
  }
}
