// Label files given to `import` that were built to break it (issue 25): a dangling link beside the
// data (point 14), a UTF-8 file with a stray Latin-1 byte (point 3), control characters (point 8).
// Each is refused with the file, the line and the reason, and the store stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/store/import/import-files.js';
import { line } from '../../helpers/store.js';
import { useTempStore } from '../../helpers/temp-store.js';

const temp = useTempStore({ withEarlierYear: true });
const data = () => temp.write('Region_2024_Export.txt', line());
const paysLabel = async (code: string) =>
  (
    await temp.store.all("SELECT label FROM labels WHERE kind = 'pays' AND code = ? ORDER BY valid_from DESC", [code])
  )[0]?.['label'];

describe('a dangling symbolic link beside the data file (point 14)', () => {
  it('is refused in French, naming the link and its missing target', async () => {
    const file = data();
    fs.symlinkSync(path.join(temp.dir, 'absent', 'Libelle_PAYS.txt'), path.join(temp.dir, 'Libelle_PAYS.txt'));
    const message = await temp.refused([file]);
    expect(message).toContain('Libelle_PAYS.txt');
    expect(message).toContain('lien symbolique');
    expect(message).not.toContain('ENOENT');
  });
});

describe('the encoding of a label file is decided on evidence (point 3)', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  it('a UTF-8 file with one Latin-1 byte is refused, naming the line, never read as Windows-1252', async () => {
    const body = Buffer.concat([
      utf8('SE;Suède;197601;999912\r\nDE;Allemagne;197601;999912\r\n'),
      Buffer.from('IT;Itali\xe9;197601;999912\r\n', 'latin1'),
      utf8('ES;Espagne;197601;999912\r\n'),
    ]);
    const message = await temp.refused([data(), temp.write('Libelle_PAYS.txt', body)]);
    expect(message).toContain('Libelle_PAYS.txt:3');
    expect(message).toMatch(/UTF-8/);
    expect(message).not.toContain('SuÃ¨de');
  });

  it('a file all in Windows-1252 is still read as such', async () => {
    await importFiles(temp.store, [
      data(),
      temp.write(
        'Libelle_PAYS.txt',
        Buffer.from('SE;Su\xe8de (local);197601;999912\r\nFR;Fran\xe7ais\x92s;197601;999912\r\n', 'latin1'),
      ),
    ]);
    expect(await paysLabel('SE')).toBe('Suède (local)');
    expect(await paysLabel('FR')).toBe('Français’s');
  });

  it('a UTF-8 file is read as UTF-8, BOM or not', async () => {
    await importFiles(temp.store, [
      data(),
      temp.write('Libelle_PAYS.txt', utf8('\ufeffSE;Suède (local);197601;999912\r\n')),
    ]);
    expect(await paysLabel('SE')).toBe('Suède (local)');
  });
});

describe('control characters in labels (point 8)', () => {
  for (const [name, char] of [
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1 CSI', '\u009b'],
  ] as const) {
    it(`${name} is refused with the line`, async () => {
      const body = `SE;Suède;197601;999912\nDE;Alle${char}[2Jmagne;197601;999912\n`;
      const message = await temp.refused([data(), temp.write('Libelle_PAYS.txt', body)]);
      expect(message).toContain('Libelle_PAYS.txt:2');
      expect(message).toContain('caractère de contrôle');
      expect(message).not.toContain(char);
    });
  }

  it('a tab inside a label is a space', async () => {
    await importFiles(temp.store, [data(), temp.write('Libelle_PAYS.txt', 'DE;Allemagne\t(RFA);197601;999912\n')]);
    expect(await paysLabel('DE')).toBe('Allemagne (RFA)');
  });
});

describe('a label file of any size (point 19)', () => {
  /** `count` rows of DE, each valid from a later month than the one before. */
  const manyRows = (count: number, eol: string) =>
    Array.from({ length: count }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      return `DE;Allemagne ${i};${1000 + Math.floor(i / 12)}${month};999912`;
    }).join(eol) + eol;

  it('is read a piece at a time and refused past 100 000 rows, naming the line', async () => {
    const message = await temp.refused([data(), temp.write('Libelle_PAYS.txt', manyRows(100_001, '\n'))]);
    expect(message).toContain('Libelle_PAYS.txt:100001');
    expect(message).toMatch(/plus de 100\s000 libellés/u);
  });

  it('up to 100 000 rows are imported, the last one included', async () => {
    await importFiles(temp.store, [data(), temp.write('Libelle_PAYS.txt', manyRows(100_000, '\r\n'))]);
    expect(await paysLabel('DE')).toBe('Allemagne 99999');
  });
});
