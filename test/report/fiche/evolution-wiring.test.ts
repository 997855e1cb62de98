// The « Évolution » section and the change columns in a whole fiche, from hand-made figures that
// carry a history and previous values; figures without them give the fiche as before.
import { describe, expect, it } from 'vitest';
import { dataTables, ficheDocumentInfo, renderFiche, withCharts } from '../../../src/report/fiche/index.js';
import { straightApostrophes } from '../../helpers/visible-text.js';
import { input, withHistory } from './evolution-fixtures.js';
import { makeFigures } from '../../helpers/figures.js';

describe('the fiche with a history', () => {
  const f = withHistory();
  const html = renderFiche(input(f));

  it('puts the « Évolution » section after the balance it extends, the introduction first (issue 21)', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('aria-labelledby="evolution-titre"')).toBeGreaterThan(at('aria-labelledby="balance-titre"'));
    expect(at('aria-labelledby="evolution-titre"')).toBeGreaterThan(at('aria-labelledby="introduction-titre"'));
    expect(html).toContain('class="chart chart-evolution"');
    expect(html).toContain('Source\u00A0: données fictives de démonstration, 2019–2025\u00A0; traitement territrade');
  });

  it('gives each key figure its change on the previous year', () => {
    expect(html).toMatch(/<li class="exports">.*<span class="change">\+3,2\u00A0% par rapport à 2023<\/span>/);
    expect(html).toMatch(/<li class="imports">.*<span class="change">\u22121,2\u00A0% par rapport à 2023<\/span>/);
  });

  it('adds the change to the partners chart and the activities table, and writes the CSV of both new tables', () => {
    const c = withCharts(f);
    expect(c.charts.partenaires.table.columns).toContain('Évolution des exportations par rapport à 2023');
    expect(c.charts.partenaires.table.rows.find((r) => r[0] === 'Pays US')![6]).toBeCloseTo(300 / 250 - 1, 9);
    expect(c.charts.partenaires.table.rows.find((r) => r[0] === 'Pays DE')![6]).toBe('');
    expect(c.charts.activites.table.columns).toContain('Évolution par rapport à 2023');
    expect(html).toContain(
      '(sur un écran étroit, les pourcentages entre parenthèses) donnent l’évolution des importations et des exportations avec chaque pays par rapport à 2023',
    );
    expect(html).toContain('Le tableau de données donne aussi la valeur de chaque activité en 2023 et son évolution.');
    expect(dataTables(c).map(([k]) => k)).toEqual(expect.arrayContaining(['evolution', 'principales-evolutions']));
  });

  it('keeps the section in print, without data links and with the movers tables left to the web version', () => {
    const print = renderFiche(input(f, 'print'));
    expect(print).toContain('aria-labelledby="evolution-titre"');
    expect(print).not.toContain('42-loire-principales-evolutions.csv');
    expect(print).not.toContain('table class="data movers"');
    expect(print).toContain('sont détaillés dans la version web de cette fiche');
  });

  it('writes no straight apostrophe in its visible text, on screen or in print', () => {
    expect(straightApostrophes(html)).toEqual([]);
    expect(straightApostrophes(renderFiche(input(f, 'print')))).toEqual([]);
  });
});

describe('the fiche over the latest four quarters', () => {
  const f = makeFigures({
    ...withHistory(),
    year: null,
    quarters: [3, 4, 1, 2],
    period: { from: '2024-T3', to: '2025-T2', quarters: 4 },
    previous_period: { from: '2023-T3', to: '2024-T2' },
  });
  const window = 'T3\u00A02024 – T2\u00A02025';

  it('is titled with that period and never writes a null year: title, key figures, chart sources, PDF metadata', () => {
    const i = input(f);
    const html = renderFiche(i);
    expect(html).toContain(`<title>Loire (42) — Les indicateurs clés\u00A0: commerce extérieur ${window}</title>`);
    expect(html).toContain(
      '<span class="change">+3,2\u00A0% par rapport à la période T3\u00A02023 – T2\u00A02024</span>',
    );
    expect(html).toContain(`Source\u00A0: données fictives de démonstration, ${window}\u00A0; traitement territrade`);
    // The page's text and attributes, without its script (whose code says null).
    // Without the inlined script: a 140 kB run without '>' makes the patterns below quadratic (~70 s).
    const withoutScript = (html: string) => html.replace(/<script>[\s\S]*?<\/script>/, '');
    const page = withoutScript(html);
    expect(page.match(/.{0,60}\bnull\b.{0,30}/g) ?? []).toEqual([]);
    expect(ficheDocumentInfo(i).subject).toContain(`commerce extérieur de biens ${window}`);
    expect(ficheDocumentInfo({ ...i, main: { ...i.main, figures: { ...f, demo: false } } }).creator).toContain(
      `du commerce extérieur, ${window}`,
    );
  });

  it('never writes « en » before the window or the previous one: prose, chart descriptions, tooltips, table headers', () => {
    const html = renderFiche(input(f));
    expect(html).not.toMatch(/\b[Ee]n[\s\u00A0]+T\d/);
    expect(straightApostrophes(html)).toEqual([]);
    expect(html).toContain(`principaux pays partenaires de la Loire sur la période ${window}`);
    expect(html).toContain(
      'Le tableau de données donne aussi la valeur de chaque activité sur la période T3\u00A02023 – T2\u00A02024 et son évolution.',
    );
    expect(html).toContain(
      '<th scope="col" class="num">Valeur sur la période T3\u00A02023 – T2\u00A02024 (euros)</th>',
    );
  });

  it('names the window as a period, never as a year', () => {
    const html = renderFiche(input(f));
    // Without the inlined script: a 140 kB run without '>' makes the patterns below quadratic (~70 s).
    const withoutScript = (html: string) => html.replace(/<script>[\s\S]*?<\/script>/, '');
    const page = withoutScript(html);
    expect(page).not.toMatch(/ann[ée]e\s+T\d/i);
    // Matched snippets (not the whole page) so that a failure prints what the fiche says.
    const near = (re: RegExp, html = page) => html.match(re)?.[0] ?? null;
    expect(near(/<p class="subtitle">[^<]*<\/p>/)).toBe(
      `<p class="subtitle">Département · région Auvergne-Rhône-Alpes · période ${window}</p>`,
    );
    expect(near(/commerce extérieur de biens [^:]*:/)).toBe(
      `commerce extérieur de biens du département sur la période ${window}\u00A0:`,
    );
    expect(near(/Période [^.]*\./)).toBe(`Période ${window}, 4 trimestres consécutifs.`);
    expect(near(/[^>]* incomplète\u00A0:/, withoutScript(renderFiche(input({ ...f, partial_year: true }))))).toBe(
      `Période ${window} incomplète\u00A0:`,
    );
  });
});

describe('the fiche without a previous period', () => {
  it('shows no change: no change column, no change wording', () => {
    const f = makeFigures({ ...withHistory(), previous_period: null });
    const html = renderFiche(input(f));
    expect(html).not.toContain('class="change"');
    expect(html).not.toContain('pourcentages entre parenthèses');
    expect(withCharts(f).charts.partenaires.table.columns).toHaveLength(5);
  });
});
