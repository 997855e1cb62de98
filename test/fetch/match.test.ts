import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/fetch/datagouv.js';
import {
  classifyResource,
  completeYears,
  detectFlow,
  detectYear,
  normalizeText,
  safeFileName,
  selectTerritoiresList,
  selectYear,
} from '../../src/fetch/match.js';

function res(title: string, url: string, lastModified = '2024-04-15T08:00:00', format = 'zip'): Resource {
  return { id: url, title, url, format, lastModified, checksum: null, filesize: null };
}

const BASE = 'https://static.data.gouv.fr/resources/statistiques/20250415-080000';

describe('normalizeText', () => {
  it('drops accents and case, keeps words', () => {
    expect(normalizeText('Données RÉGIONALES – Exportations 2024')).toBe('donnees regionales exportations 2024');
    expect(normalizeText('Région_2024_Export.txt')).toBe('region 2024 export txt');
  });

  it('only ever yields lower-case ASCII words separated by one space', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeText(s)).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('detectFlow', () => {
  it.each([
    ['Exportations 2024', 'E'],
    ['EXPORTATION', 'E'],
    ['regional_2024_export.zip', 'E'],
    ['Exports of goods', 'E'],
    ['Importations 2024', 'I'],
    ['Région 2024 – IMPORT', 'I'],
    ['importation', 'I'],
  ])('%s → %s', (text, flow) => {
    expect(detectFlow(text)).toBe(flow);
  });

  it('is null when neither or both flows are named', () => {
    expect(detectFlow('Libellés des pays')).toBeNull();
    expect(detectFlow('Importations et exportations 2024')).toBeNull();
    // "exporter" and "reimportation" are not flow words on their own.
    expect(detectFlow('comment exporter')).toBeNull();
  });
});

describe('detectYear', () => {
  it('finds one plausible year', () => {
    expect(detectYear('regional_2024_export.zip')).toBe(2024);
    expect(detectYear('Données 2019 (exportations)')).toBe(2019);
  });

  it('ignores dates and long numbers, refuses two different years', () => {
    expect(detectYear('20250415-regional_export.zip')).toBeNull();
    expect(detectYear('Données 2023 publiées en 2024')).toBeNull();
    expect(detectYear('Données 2023, révision de 2023')).toBe(2023);
    expect(detectYear('code 12024')).toBeNull();
  });

  it('recognises any year from 1990 to 2099 wherever it stands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.constantFrom('_', ' ', '-', '.'), (year, sep) => {
        expect(detectYear(`regional${sep}${year}${sep}export`)).toBe(year);
      }),
    );
  });
});

describe('classifyResource', () => {
  it('trusts the file name first, then the title', () => {
    expect(classifyResource(res('Fichier', `${BASE}/x_regional_2023_import.zip`))).toMatchObject({
      year: 2023,
      flow: 'I',
      fileName: 'x_regional_2023_import.zip',
    });
    expect(classifyResource(res('Statistiques régionales 2022 — Exportations', `${BASE}/a1b2c3.zip`))).toMatchObject({
      year: 2022,
      flow: 'E',
    });
  });

  it('skips annexes, documentation and other formats', () => {
    expect(
      classifyResource(res('Libellés pays 2024 export', `${BASE}/Libelle_PAYS_2024_export.txt`, '', 'txt')),
    ).toBeNull();
    expect(
      classifyResource(res('Description 2024 export', `${BASE}/description_2024_export.pdf`, '', 'pdf')),
    ).toBeNull();
    expect(classifyResource(res('Données 2024', `${BASE}/donnees_2024.zip`))).toBeNull();
  });
});

describe('selectYear', () => {
  const resources = [
    res('Exportations 2022', `${BASE}/regional_2022_export.zip`),
    res('Importations 2022', `${BASE}/regional_2022_import.zip`),
    res('Exportations 2023', `${BASE}/regional_2023_export.zip`, '2024-04-15T08:00:00'),
    res('Exportations 2023 (rectificatif)', `${BASE}/regional_2023_export_v2.zip`, '2024-09-01T08:00:00'),
    res('Importations 2023', `${BASE}/regional_2023_import.zip`),
    res('Exportations 2024', `${BASE}/regional_2024_export.zip`),
  ];

  it('takes the latest year with both flows when none is asked', () => {
    const selection = selectYear(resources);
    expect(selection.ok && selection.year).toBe(2023);
  });

  it('prefers the most recent re-publication of a file', () => {
    const selection = selectYear(resources, 2023);
    if (!selection.ok) throw new Error('2023 should be complete');
    expect(selection.files.map((f) => f.fileName)).toEqual(['regional_2023_export_v2.zip', 'regional_2023_import.zip']);
  });

  it('gives the order of the list no say in which file wins', () => {
    const selection = selectYear([...resources].reverse(), 2023);
    expect(selection.ok && selection.files[0].fileName).toBe('regional_2023_export_v2.zip');
  });

  it('reports the complete years, and a year with only one flow', () => {
    expect(completeYears(resources)).toEqual([2022, 2023]);
    expect(selectYear(resources, 2024)).toEqual({ ok: false, year: 2024, available: [2022, 2023], partial: 'E' });
    expect(selectYear(resources, 2031)).toEqual({ ok: false, year: 2031, available: [2022, 2023] });
    expect(selectYear([res('Notice', `${BASE}/notice.pdf`, '', 'pdf')])).toEqual({
      ok: false,
      year: null,
      available: [],
    });
  });
});

describe('selectTerritoiresList', () => {
  it('takes the most recent commune-level list, not the EPCI one', () => {
    const found = selectTerritoiresList([
      res(
        'Liste des communes',
        'https://static.data.gouv.fr/resources/programme-territoires-dindustrie/20240101-000000/liste-ti-com2023-20240101.csv',
        '2024-01-01',
        'csv',
      ),
      res(
        'Liste des communes',
        'https://static.data.gouv.fr/resources/programme-territoires-dindustrie/20240704-091848/liste-ti-com2023-20240704.csv',
        '2024-07-04',
        'csv',
      ),
      res(
        'Liste des EPCI',
        'https://static.data.gouv.fr/resources/programme-territoires-dindustrie/20250101-000000/liste-ti-grpt2023-20250101.csv',
        '2025-01-01',
        'csv',
      ),
    ]);
    expect(found?.fileName).toBe('liste-ti-com2023-20240704.csv');
    expect(selectTerritoiresList([])).toBeNull();
  });
});

describe('safeFileName', () => {
  it('never keeps a path separator or a leading dot', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const name = safeFileName(s);
        expect(name).not.toMatch(/[\\/]/);
        expect(name.startsWith('.')).toBe(false);
        expect(safeFileName(` .${s}`).startsWith('.')).toBe(false);
      }),
    );
  });
});
