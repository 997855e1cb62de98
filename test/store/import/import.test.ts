import path from 'node:path';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/store/import/import-files.js';
import { sources, yearInfo } from '../../../src/store/queries.js';
import { figuresFor } from '../../../src/pipeline/figures.js';
import { line } from '../../helpers/store.js';
import { importSummary } from '../../../src/report/text/import-summary.js';
import { useTempStore } from '../../helpers/temp-store.js';

const temp = useTempStore();
const { write, refused } = temp;

const total = async (sql: string) => Number((await temp.store.all(sql))[0]!['v']);

describe('the official sample lines of the DGDDI specification', () => {
  it('import and give the expected figures', async () => {
    const e = write(
      'REGIONAL_CPF4PAYSE.txt',
      'E;3;2018;01;18;A01Z;0111;BE;406473;1210935\r\nE;3;2018;01;18;A01Z;0111;BR;11228;250\r\n',
    );
    const i = write(
      'REGIONAL_CPF4PAYSI.txt',
      'I;3;2018;01;18;A01Z;0111;AR;52;11\r\nI;3;2018;01;18;A01Z;0111;AT;29916;20815\r\n',
    );
    const report = await importFiles(temp.store, [e, i]);
    expect(report.rows).toBe(4);
    expect(report.warnings).toEqual([]);
    const f = await figuresFor(temp.store, '01', 2018);
    expect(f.territory).toMatchObject({ kind: 'departement', code: '01', name: 'Ain' });
    expect(f.exports.total_eur).toBe(406473 + 11228);
    expect(f.imports.total_eur).toBe(52 + 29916);
    expect(f.balance_eur).toBe(406473 + 11228 - 52 - 29916);
    expect(f.partial_year).toBe(true);
    expect(f.quarters).toEqual([3]);
    expect(f.partners.map((p) => p.country)).toEqual(['BE', 'AT', 'BR', 'AR']);
    expect(f.partners[0]).toMatchObject({ name: 'Belgique', exports_eur: 406473, imports_eur: 0, balance_eur: 406473 });
    expect(f.activities.exports).toEqual([
      expect.objectContaining({ code: 'A01Z', a17: 'AZ', value_eur: 417701, share: 1 }),
    ]);
    expect(f.flows.imports.links).toEqual([
      { source: 'AT', target: 'A01Z', value_eur: 29916, highlight: true },
      { source: 'AR', target: 'A01Z', value_eur: 52, highlight: true },
    ]);
    const mass = await total('SELECT sum(mass_kg) AS v FROM trade');
    expect(mass).toBe(1210935 + 250 + 11 + 20815);
  });
});

describe('forms of the official files', () => {
  const body =
    [
      line({ value: '100' }),
      line({ quarter: '2', country: 'IT', value: '250' }),
      line({ quarter: '3', cpf4: '0111', a129: 'A01Z', value: '7' }),
    ].join('\r\n') + '\r\n';

  it('reads the annual ZIP with its label files, and a Latin-1 label file updates the labels', async () => {
    const cpf4 = Buffer.from('2910;V\xe9hicules automobiles (libell\xe9 mis \xe0 jour);201501;999912\r\n', 'latin1');
    const zip = write(
      'dgddi_regional_2024_export.zip',
      zipSync({
        'Region_2024_Export.txt': Buffer.from(body),
        'Libelle_CPF4_rev2.1.txt': cpf4,
        'LISEZ-MOI.txt': Buffer.from('\ufeffnotice'),
      }),
    );
    const report = await importFiles(temp.store, [zip]);
    expect(report.rows).toBe(3);
    const [label] = await temp.store.all("SELECT label FROM labels WHERE kind = 'cpf4' AND code = '2910'");
    expect(label!['label']).toBe('Véhicules automobiles (libellé mis à jour)');
    expect(report.files.map((f) => f.kind).sort()).toEqual(['labels', 'trade']);
  });

  it('reads gzip, a UTF-8 BOM and LF line ends', async () => {
    const gz = write('Region_2024_Export.txt.gz', zlib.gzipSync(Buffer.from('\ufeff' + body.replace(/\r\n/g, '\n'))));
    expect((await importFiles(temp.store, [gz])).rows).toBe(3);
    expect(await total('SELECT sum(value_eur) AS v FROM trade')).toBe(357);
  });

  it('keeps codes as strings: leading zeros stay', async () => {
    await importFiles(temp.store, [write('Region_2024_Export.txt', body)]);
    const rows = await temp.store.all("SELECT DISTINCT cpf4, dept FROM trade WHERE a129 = 'A01Z'");
    expect(rows).toEqual([{ cpf4: '0111', dept: '42' }]);
  });

  it('takes label files lying next to a plain data file', async () => {
    write('Libelle_PAYS.txt', 'DE;Allemagne (libellé local);190001;999912\r\n');
    await importFiles(temp.store, [write('Region_2024_Export.txt', body)]);
    const f = await figuresFor(temp.store, '42', 2024);
    expect(f.partners.find((p) => p.country === 'DE')!.name).toBe('Allemagne (libellé local)');
  });

  it('accepts Corse (20), the DROM (9A–9E) and Monaco (99) with their DGDDI régions', async () => {
    const lines = [
      line({ dept: '20', region: '22' }),
      line({ dept: '9A', region: '24' }),
      line({ dept: '9E', region: '24' }),
      line({ dept: '99', region: '21' }),
    ];
    await importFiles(temp.store, [write('Region_2024_Export.txt', lines.join('\n'))]);
    expect((await figuresFor(temp.store, '2A', 2024)).territory.name).toBe('Corse (2A, 2B)');
    expect((await figuresFor(temp.store, '971', 2024)).exports.total_eur).toBe(1000);
    expect((await figuresFor(temp.store, 'region:93', 2024)).exports.total_eur).toBe(1000);
  });
});

describe('idempotence', () => {
  it('importing the same file twice replaces, never double-counts', async () => {
    const f = write('Region_2024_Export.txt', [line({ value: '5' }), line({ quarter: '2', value: '6' })].join('\n'));
    await importFiles(temp.store, [f]);
    const second = await importFiles(temp.store, [f]);
    expect(second.replacedRows).toBe(2);
    expect(await total('SELECT sum(value_eur) AS v FROM trade')).toBe(11);
    expect((await sources(temp.store)).length).toBe(1);
  });

  it('a newer publication covering the same quarters replaces them and keeps the others', async () => {
    const annual = write(
      'Region_2024_Export.txt',
      ['1', '2', '3', '4'].map((q) => line({ quarter: q, value: '100' })).join('\n'),
    );
    await importFiles(temp.store, [annual]);
    // "dernière publication": five quarters over two years; 2024 T3–T4 revised.
    const latest = write(
      'REGIONAL_CPF4PAYSE.txt',
      [
        line({ quarter: '3', value: '130' }),
        line({ quarter: '4', value: '140' }),
        line({ year: '2025', quarter: '1', value: '1' }),
        line({ year: '2025', quarter: '2', value: '2' }),
        line({ year: '2025', quarter: '3', value: '3' }),
      ].join('\n'),
    );
    const report = await importFiles(temp.store, [latest]);
    expect(report.replacedRows).toBe(2);
    expect(await total('SELECT sum(value_eur) AS v FROM trade WHERE year = 2024')).toBe(100 + 100 + 130 + 140);
    const info = await yearInfo(temp.store, 2025);
    expect(info.quarters.E).toEqual([1, 2, 3]);
    expect(info.partial).toBe(true);
  });

  // Issue 25 point 1: fetching again re-imported the older annual file over the revised quarters.
  describe('an older publication imported again', () => {
    const annualLines = ['1', '2', '3', '4'].map((q) => line({ quarter: q, value: '100' })).join('\n');
    const latestLines = [
      line({ quarter: '3', value: '130' }),
      line({ quarter: '4', value: '140' }),
      line({ year: '2025', quarter: '1', value: '1' }),
    ].join('\n');
    const sum2024 = () => total('SELECT sum(value_eur) AS v FROM trade WHERE year = 2024');

    it('keeps the quarters of the newer publication and says which', async () => {
      const annual = write('Region_2024_Export.txt', annualLines);
      await importFiles(temp.store, [annual]);
      await importFiles(temp.store, [write('REGIONAL_CPF4PAYSE.txt', latestLines)]);
      const again = await importFiles(temp.store, [annual]);
      expect(await sum2024()).toBe(100 + 100 + 130 + 140);
      expect(again.rows).toBe(2);
      expect(again.kept.map((k) => [k.year, k.flow, k.quarter, k.previousFile, k.previousLast])).toEqual([
        [2024, 'E', 3, 'REGIONAL_CPF4PAYSE.txt', '2025T1'],
        [2024, 'E', 4, 'REGIONAL_CPF4PAYSE.txt', '2025T1'],
      ]);
      expect(again.replaced.map((r) => `${r.year}T${r.quarter} ${r.previousFile}`)).toEqual([
        '2024T1 Region_2024_Export.txt',
        '2024T2 Region_2024_Export.txt',
      ]);
      const { warnings, lines } = importSummary(again, 'base.duckdb');
      expect(warnings[0]).toMatch(
        /^Attention : exportations 2024 \(T3, T4\) gardées de REGIONAL_CPF4PAYSE\.txt, publication plus récente \(jusqu'au T1 2025\).*--force-older/,
      );
      expect(lines).toContain(
        '  Trimestres remplacés : exportations 2024 (T1, T2), importés avant de Region_2024_Export.txt.',
      );
    });

    it('in one import too, whatever the order of the files', async () => {
      await importFiles(temp.store, [
        write('REGIONAL_CPF4PAYSE.txt', latestLines),
        write('Region_2024_Export.txt', annualLines),
      ]);
      expect(await sum2024()).toBe(100 + 100 + 130 + 140);
    });

    it('replaces them with forceOlder', async () => {
      const annual = write('Region_2024_Export.txt', annualLines);
      await importFiles(temp.store, [write('REGIONAL_CPF4PAYSE.txt', latestLines)]);
      const report = await importFiles(temp.store, [annual], { forceOlder: true });
      expect(report.kept).toEqual([]);
      expect(await sum2024()).toBe(400);
    });
  });
});

describe('unknown codes', () => {
  it('keeps codes valid in form but absent from the labels, with a warning', async () => {
    const report = await importFiles(temp.store, [
      write('Region_2024_Export.txt', [line({ country: 'ZQ' }), line({ a129: 'C99Z', cpf4: '9999' })].join('\n')),
    ]);
    expect(report.rows).toBe(2);
    expect(report.warnings.join('\n')).toMatch(/A129 sans libellé \(C99Z\)/);
    expect(report.warnings.join('\n')).toMatch(/CPF4 sans libellé \(9999\)/);
    expect(report.warnings.join('\n')).toMatch(/pays sans libellé \(ZQ\)/);
    const f = await figuresFor(temp.store, '42', 2024);
    expect(f.partners.find((p) => p.country === 'ZQ')!.name).toBe('ZQ');
  });
});

describe('bad input: a clear French message, the store unchanged', () => {
  const good = () => [line(), line({ quarter: '2' }), line({ quarter: '3' })];
  const withLine = (index: number, bad: string) => {
    const lines = good();
    lines.splice(index, 0, bad);
    return lines.join('\r\n') + '\r\n';
  };
  const cases: [string, () => string[], RegExp][] = [
    [
      'wrong column count (9)',
      () => [write('Region_2024_Export.txt', withLine(1, 'E;1;2024;42;18;C29A;2910;DE;12'))],
      /Region_2024_Export\.txt:2: 9 colonnes au lieu de 10/,
    ],
    [
      'wrong column count (11)',
      () => [write('Region_2024_Export.txt', withLine(2, line() + ';5'))],
      /:3: 11 colonnes au lieu de 10/,
    ],
    ['bad flow', () => [write('REGIONAL_CPF4PAYSE.txt', withLine(0, line({ flow: 'X' })))], /:1: flux « X » inconnu/],
    [
      'import line in an export file',
      () => [write('Region_2024_Export.txt', withLine(1, line({ flow: 'I' })))],
      /:2: ligne d'importation dans un fichier d'exportations/,
    ],
    [
      'quarter 5',
      () => [write('Region_2024_Export.txt', withLine(1, line({ quarter: '5' })))],
      /:2: trimestre « 5 » invalide/,
    ],
    [
      'year with 2 digits',
      () => [write('REGIONAL_CPF4PAYSE.txt', withLine(1, line({ year: '24' })))],
      /:2: année « 24 » invalide/,
    ],
    [
      'mixed years',
      () => [write('Region_2024_Export.txt', withLine(3, line({ year: '2023' })))],
      /:4: année 2023 dans un fichier de l'année 2024/,
    ],
    [
      'text in value',
      () => [write('Region_2024_Export.txt', withLine(1, line({ value: 'douze' })))],
      /:2: valeur « douze » n'est pas un entier positif/,
    ],
    [
      'decimal value',
      () => [write('Region_2024_Export.txt', withLine(1, line({ value: '12,5' })))],
      /:2: valeur « 12,5 »/,
    ],
    [
      'negative value',
      () => [write('Region_2024_Export.txt', withLine(1, line({ value: '-12' })))],
      /:2: valeur négative/,
    ],
    ['negative mass', () => [write('Region_2024_Export.txt', withLine(1, line({ mass: '-1' })))], /:2: masse négative/],
    ['empty value', () => [write('Region_2024_Export.txt', withLine(1, line({ value: '' })))], /:2: valeur vide/],
    [
      'unknown département',
      () => [write('Region_2024_Export.txt', withLine(1, line({ dept: '2A', region: '22' })))],
      /:2: code département « 2A » inconnu/,
    ],
    [
      'région inconsistent with the département',
      () => [write('Region_2024_Export.txt', withLine(1, line({ region: '84' })))],
      /:2: code région « 84 » incohérent avec le département 42 \(attendu : 18\)/,
    ],
    [
      'bad A129',
      () => [write('Region_2024_Export.txt', withLine(1, line({ a129: 'C29' })))],
      /:2: code A129 « C29 » mal formé/,
    ],
    [
      'CPF4 lost its leading zero',
      () => [write('Region_2024_Export.txt', withLine(1, line({ cpf4: '111' })))],
      /:2: code CPF4 « 111 » mal formé/,
    ],
    [
      'bad country',
      () => [write('Region_2024_Export.txt', withLine(1, line({ country: 'de' })))],
      /:2: code pays « de » mal formé/,
    ],
    [
      'quoted field (quotes are not part of the format)',
      () => [write('Region_2024_Export.txt', withLine(1, line({ country: '"DE"' })))],
      /:2: code pays « "DE" » mal formé/,
    ],
    [
      'a header line',
      () => [
        write('Region_2024_Export.txt', withLine(0, 'Flux;Trimestre;Annee;Dept;Region;A129;CPF4;Pays;Valeur;Masse')),
      ],
      /:1: flux « Flux » inconnu/,
    ],
    ['empty file', () => [write('Region_2024_Export.txt', '')], /Region_2024_Export\.txt : fichier vide/],
    ['blank-only file', () => [write('Region_2024_Export.txt', '\r\n\r\n')], /fichier vide/],
    [
      'binary garbage',
      () => [write('Region_2024_Export.txt', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42, 0x0a, 0x01]))],
      /:1: ce n'est pas un fichier texte/,
    ],
    [
      'Latin-1 bytes in a data line',
      () => [
        write(
          'Region_2024_Export.txt',
          Buffer.concat([Buffer.from(withLine(1, '')), Buffer.from(line({ country: 'D\xc9' }), 'latin1')]),
        ),
      ],
      /code pays « D.* » mal formé/,
    ],
    [
      'truncated ZIP',
      () => {
        const zip = zipSync({ 'Region_2024_Export.txt': Buffer.from(good().join('\n')) });
        return [write('regional_2024_export.zip', zip.subarray(0, zip.length - 30))];
      },
      /regional_2024_export\.zip : archive ZIP illisible ou tronquée/,
    ],
    [
      'truncated gzip',
      () => {
        const gz = zlib.gzipSync(Buffer.from(good().join('\n')));
        return [write('Region_2024_Export.txt.gz', gz.subarray(0, gz.length - 8))];
      },
      /fichier gzip illisible ou tronqué/,
    ],
    [
      'ZIP without data',
      () => [write('regional_2024_export.zip', zipSync({ 'notice.pdf': Buffer.from('%PDF') }))],
      /aucun fichier de données DGDDI reconnu/,
    ],
    ['missing file', () => [path.join(temp.dir, 'absent.txt')], /absent\.txt : fichier introuvable/],
    [
      'bad line inside a ZIP',
      () => [
        write(
          'regional_2024_export.zip',
          zipSync({ 'Region_2024_Export.txt': Buffer.from(withLine(2, line({ quarter: '0' }))) }),
        ),
      ],
      /regional_2024_export\.zip\/Region_2024_Export\.txt:3: trimestre « 0 » invalide/,
    ],
    [
      'a good file with a bad one',
      () => [
        write(
          'Region_2024_Import.txt',
          good()
            .map((l) => l.replace(/^E/, 'I'))
            .join('\n'),
        ),
        write('Region_2024_Export.txt', withLine(1, line({ value: 'x' }))),
      ],
      /Region_2024_Export\.txt:2:/,
    ],
    [
      'malformed label file',
      () => [write('Region_2024_Export.txt', good().join('\n')), write('Libelle_PAYS.txt', 'DE\r\n')],
      /Libelle_PAYS\.txt:1/,
    ],
  ];

  it.each(cases)('%s', async (_name, make, message) => {
    await importFiles(temp.store, [write('Region_2023_Export.txt', [line({ year: '2023', value: '77' })].join('\n'))]);
    expect(await refused(make())).toMatch(message);
  });

  it('lists the first errors with their count', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => line({ quarter: i % 2 ? '9' : '1' }));
    const error = (await importFiles(temp.store, [write('Region_2024_Export.txt', lines.join('\n'))]).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/^import refusé : 15 lignes invalides ; rien n'a été importé/);
    expect(error.message).toMatch(/Region_2024_Export\.txt:2: trimestre « 9 » invalide/);
    expect(error.message).toMatch(/… et 5 autres erreurs\./);
  });
});
