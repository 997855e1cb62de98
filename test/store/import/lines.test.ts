// Line-level rules added by issue 13 (points 3, 5, 6, 16): repeated keys, the range of years,
// line ends, a trailing ';', and error reporting that streams. Fixtures are made here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/store/import/import-files.js';
import { line } from '../../helpers/store.js';
import { useTempStore } from '../../helpers/temp-store.js';

const temp = useTempStore({ withEarlierYear: true });
const { write, refused } = temp;

const three = [
  line({ quarter: '1' }),
  line({ quarter: '2', country: 'IT' }),
  line({ quarter: '3', cpf4: '0111', a129: 'A01Z' }),
];

describe('a key (flow, quarter, year, département, CPF4, country) appears once (point 3)', () => {
  it('refuses a file concatenated with itself, with both line numbers of each repeat', async () => {
    const message = await refused([write('Region_2024_Export.txt', [...three, ...three].join('\r\n') + '\r\n')]);
    expect(message).toMatch(/^import refusé : 3 lignes invalides/);
    expect(message).toContain(
      'Region_2024_Export.txt:4: même clé (flux, trimestre, année, département, CPF4 et pays) que la ligne 1',
    );
    expect(message).toContain(
      'Region_2024_Export.txt:6: même clé (flux, trimestre, année, département, CPF4 et pays) que la ligne 3',
    );
  });

  it('refuses a repeated key even when the amounts or the A129 differ', async () => {
    const message = await refused([
      write(
        'Region_2024_Export.txt',
        [...three, line({ quarter: '2', country: 'IT', value: '5', a129: 'C29B' })].join('\n'),
      ),
    ]);
    expect(message).toMatch(/Region_2024_Export\.txt:4: même clé .* que la ligne 2/);
  });

  it('accepts lines that differ by any one key column', async () => {
    const lines = [
      line(),
      line({ quarter: '2' }),
      line({ dept: '43' }),
      line({ cpf4: '2911' }),
      line({ country: 'IT' }),
    ];
    const both = [...lines, ...lines.map((l) => l.replace(/^E/, 'I'))];
    expect(
      (
        await importFiles(temp.store, [
          write('REGIONAL_CPF4PAYSE.txt', lines.join('\n')),
          write('REGIONAL_CPF4PAYSI.txt', both.slice(5).join('\n')),
        ])
      ).rows,
    ).toBe(10);
  });
});

describe('years from 2000 to next year (point 5)', () => {
  const next = new Date().getUTCFullYear() + 1;

  it.each([['2999'], ['1999'], [String(next + 1)]])('refuses year %s with file:line', async (year) => {
    const message = await refused([write('REGIONAL_CPF4PAYSE.txt', [...three, line({ year })].join('\n'))]);
    expect(message).toContain(`REGIONAL_CPF4PAYSE.txt:4: année ${year} hors des années possibles (2000 à ${next})`);
  });

  it('accepts 2000 and next year', async () => {
    const report = await importFiles(temp.store, [
      write('REGIONAL_CPF4PAYSE.txt', [line({ year: '2000' }), line({ year: String(next) })].join('\n')),
    ]);
    expect(report.rows).toBe(2);
  });
});

describe('line ends and a trailing ";" (point 16)', () => {
  it.each([
    ['CRLF first, then LF', ['\r\n', '\n', '\r\n']],
    ['LF first, then CRLF', ['\n', '\r\n', '\r\n']],
  ])('accepts a valid file mixing CRLF and LF (%s)', async (_name, ends) => {
    const text = three.map((l, i) => l + ends[i]).join('') + line({ quarter: '4' });
    const report = await importFiles(temp.store, [write('Region_2024_Export.txt', text)]);
    expect(report.rows).toBe(4);
    const [row] = await temp.store.all(
      'SELECT sum(value_eur)::INTEGER AS v, max(mass_kg)::INTEGER AS m FROM trade WHERE year = 2024',
    );
    expect(row).toEqual({ v: 4000, m: 10 });
  });

  it('a bad line in a mixed file is named by its line number, in French', async () => {
    const text = [line(), line({ quarter: '2' })].join('\r\n') + '\n' + line({ quarter: '8' }) + '\r\n';
    const message = await refused([write('Region_2024_Export.txt', text)]);
    expect(message).toMatch(/^import refusé : 1 ligne invalide/);
    expect(message).toContain('Region_2024_Export.txt:3: trimestre « 8 » invalide');
  });

  it('with a ";" ending every line, one bad line is reported as that line only', async () => {
    const lines = Array.from(
      { length: 3001 },
      (_, i) =>
        line({
          quarter: String((i % 4) + 1),
          cpf4: String(1000 + (i % 8000)).padStart(4, '0'),
          dept: i % 2 ? '42' : '43',
        }) + ';',
    );
    lines[1500] = line({ quarter: '9' }) + ';';
    const message = await refused([write('Region_2024_Export.txt', lines.join('\r\n') + '\r\n')]);
    expect(message).toMatch(/^import refusé : 1 ligne invalide ;/);
    expect(message).toContain('Region_2024_Export.txt:1501: trimestre « 9 » invalide');
    expect(message).not.toMatch(/colonnes/);
  });

  it('a ";" ending every line is accepted, as DuckDB reads it', async () => {
    expect(
      (await importFiles(temp.store, [write('Region_2024_Export.txt', three.map((l) => l + ';').join('\n'))])).rows,
    ).toBe(3);
  });
});

describe('error reporting streams (point 6)', () => {
  it('names the bad line of a file over 512 Mio (one line longer than a JS string may be)', async () => {
    const file = path.join(temp.dir, 'Region_2024_Export.txt');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, three.join('\n') + '\n');
    const chunk = Buffer.alloc(1 << 20, 'x');
    for (let i = 0; i < 520; i++) fs.writeSync(fd, chunk); // 520 Mio > 0x1fffffe8 characters
    fs.writeSync(fd, '\n' + line({ quarter: '4' }) + '\n');
    fs.closeSync(fd);
    const message = await refused([file]);
    expect(message).toMatch(/^import refusé : 1 ligne invalide/);
    expect(message).toContain('Region_2024_Export.txt:4: 1 colonne au lieu de 10');
  });
});
