// Territoires d'industrie lists built to break the import and the build (issue 25): ids that slug
// to one page name or to none (point 5), names that would make file names too long (point 15),
// control characters (point 8), communes outside the départements (point 29).
import { describe, expect, it } from 'vitest';
import { parseAnctTerritoiresCsv } from '../../src/reference/territoires-industrie.js';
import { tiPagePath } from '../../src/report/site/ti-links.js';

const HEADER = 'insee_com;lib_com;id_ti;lib_ti';
const parse = (rows: string[]) =>
  parseAnctTerritoiresCsv(Buffer.from([HEADER, ...rows].join('\n'), 'utf8'), 'liste-ti-com.csv');
const refusal = (rows: string[]) => {
  try {
    parse(rows);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('accepted');
};

describe('ids whose page names collide or are empty (point 5)', () => {
  it('TI-4201, ti-4201 and ti 4201 are refused, naming the lines', () => {
    const message = refusal([
      '42218;Saint-Étienne;TI-4201;Forez',
      '69123;Lyon;ti-4201;Forez',
      '42207;Roanne;ti 4201;Forez',
    ]);
    expect(message).toMatch(/^liste-ti-com\.csv:3\u00a0: /);
    expect(message).toContain('ligne 2');
    expect(message).toContain('ti-4201-forez.html');
  });

  it('an id made only of punctuation is refused', () => {
    expect(refusal(['42218;Saint-Étienne;???;!!!'])).toMatch(/^liste-ti-com\.csv:2\u00a0: .*identifiant/);
  });

  it('distinct ids and names still give distinct pages', () => {
    const list = parse(['42218;Saint-Étienne;TI-4201;Forez', '69123;Lyon;TI-6901;Lyon']);
    expect(new Set(list.map((t) => tiPagePath({ id: t.id!, name: t.name }))).size).toBe(2);
  });
});

describe('a very long name (point 15)', () => {
  it('gives a page path of bounded length', () => {
    const path = tiPagePath({ id: 'TI-4201', name: 'Forez '.repeat(2000) });
    expect(path.length).toBeLessThanOrEqual(130);
    expect(path).toMatch(/^territoires-industrie\/ti-4201-forez(-forez)*\.html$/);
  });

  it('is refused at import beyond 200 characters, with the line', () => {
    expect(refusal(['42218;Saint-Étienne;TI-4201;Forez', `42207;Roanne;TI-4202;${'R'.repeat(10_000)}`])).toMatch(
      /^liste-ti-com\.csv:3\u00a0: .*10[\u00a0\u202f ]000 caractères/,
    );
  });
});

describe('control characters (point 8)', () => {
  for (const [where, row] of [
    ['name', '42218;Saint-Étienne;TI-4201;Forez\u001b[2J'],
    ['id', '42218;Saint-Étienne;TI-42\u000701;Forez'],
    ['name (C1)', '42218;Saint-Étienne;TI-4201;Forez\u009d'],
  ]) {
    it(`in the ${where} are refused with the line`, () => {
      const message = refusal(['69123;Lyon;TI-6901;Lyon', row!]);
      expect(message).toMatch(/^liste-ti-com\.csv:3\u00a0: caractère de contrôle U\+00/);
      expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    });
  }

  it('a tab in a name is a space', () => {
    expect(parse(['42218;Saint-Étienne;TI-4201;Forez\test'])[0]!.name).toBe('Forez est');
  });
});

describe('communes outside the départements (point 29)', () => {
  for (const commune of ['97501', '97701', '97801', '98000', '98735', '98818']) {
    it(`${commune} is refused with a clear message`, () => {
      const message = refusal(['42218;Saint-Étienne;TI-4201;Forez', `${commune};Ailleurs;TI-4201;Forez`]);
      expect(message).toMatch(/^liste-ti-com\.csv:3\u00a0: /);
      expect(message).toContain(commune);
      expect(message).toContain('hors des départements');
    });
  }

  it('communes of the DROM, Corsica and the mainland are accepted', () => {
    const list = parse([
      '97101;Pointe-à-Pitre;TI-9701;Guadeloupe',
      '97611;Mamoudzou;TI-9761;Mayotte',
      '2A004;Ajaccio;TI-2001;Ajaccio',
    ]);
    expect(list.flatMap((t) => t.departements).sort()).toEqual(['2A', '971', '976']);
  });
});
