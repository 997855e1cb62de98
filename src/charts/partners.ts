// Partners chart ("Balance commerciale territoriale"): one row per main partner country,
// imports as a bar to the left of a common axis, exports to the right, and the balance
// (exports − imports) written in red (deficit) or green (surplus) with a ▼/▲ marker so that
// colour is not the only cue.

import { scaleLinear } from 'd3-scale';
import type { Figures, Partner } from '../figures/types.js';
import { formatMEur, formatMillions, formatShare, formatSignedMEur, formatSignedMillions } from '../format/fr.js';
import { chartOutput, defaultIdPrefix, fraction, mEurDecimals, noticeLines, territoryYear } from './common.js';
import { blockHeight, measureText, verticalMetrics, wrapText } from './font.js';
import { palette } from './palette.js';
import { el, num, textEl, titleEl } from './svg.js';
import type { ChartOptions, ChartOutput } from './types.js';

const num1 = (v: number) => num(v, 1);

const NAME_SIZE = 12;
const VALUE_SIZE = 11;
const HEAD_SIZE = 12;
const LINE = 14;
const GAP = 8;
const MARKER = 9;

// Values are written in M€ without the unit, which the column headers give.
function balanceLabel(p: Partner, decimals: number): string {
  return formatSignedMillions(p.balance_eur, decimals);
}

export function renderPartnersChart(figures: Figures, options: ChartOptions = {}): ChartOutput {
  const width = options.width ?? 800;
  const id = options.idPrefix ?? defaultIdPrefix('partenaires', figures);
  const title = options.title ?? `Principaux pays à l'import et à l'export, ${territoryYear(figures)}`;
  const partners = figures.partners;
  const totalImports = figures.imports.total_eur;
  const totalExports = figures.exports.total_eur;
  const dec = mEurDecimals(Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur])));

  // Columns: names | import bars and values | axis | export bars and values | balance.
  const names = partners.map((p) => p.name);
  const nameWidth = Math.min(
    Math.max(60, ...names.map((n) => measureText(n, NAME_SIZE, 600))),
    Math.round(width * 0.2),
  );
  const wrapped = names.map((n) => wrapText(n, nameWidth, NAME_SIZE, 600, 2));
  const balanceWidth = Math.max(
    measureText('Balance (M€)', HEAD_SIZE, 600),
    ...partners.map((p) => MARKER + 5 + measureText(balanceLabel(p, dec), VALUE_SIZE, 600)),
  );
  const valueWidth = Math.max(
    0,
    ...partners.flatMap((p) => [measureText(formatMillions(p.imports_eur, dec), VALUE_SIZE), measureText(formatMillions(p.exports_eur, dec), VALUE_SIZE)]),
  );
  const barsX0 = nameWidth + GAP * 2;
  const barsX1 = width - balanceWidth - GAP * 3;
  const axisX = (barsX0 + barsX1) / 2;
  const half = (barsX1 - barsX0) / 2;
  const maxValue = Math.max(0, ...partners.flatMap((p) => [p.imports_eur, p.exports_eur]));
  // A common scale for both sides, leaving room for the value written past the longest bar.
  const barMax = Math.max(0, half - valueWidth - 4);
  const x = scaleLinear().domain([0, maxValue > 0 ? maxValue : 1]).range([0, barMax]);

  const { ascent } = verticalMetrics();
  const twoLines = wrapped.some((l) => l.length > 1);
  const rowHeight = Math.max(twoLines ? 34 : 24, blockHeight(twoLines ? 2 : 1, NAME_SIZE, LINE) + 8);
  const legendY = 14;
  const headY = 40;
  const top = 50;
  const contentHeight = top + partners.length * rowHeight + 6;
  const height = Math.max(options.height ?? 0, partners.length === 0 ? top + 60 : contentHeight);
  const barHeight = Math.min(14, rowHeight - 10);

  const body: string[] = [];
  // Legend (also tells which side is which).
  const legend: string[] = [];
  let lx = 0;
  const swatch = (colour: string, label: string, cls: string) => {
    legend.push(el('rect', { class: `legend-swatch ${cls}`, x: lx, y: legendY - 9, width: 12, height: 10, fill: colour }));
    legend.push(textEl(lx + 16, legendY, label, { size: VALUE_SIZE, fill: palette.text }));
    lx += 16 + measureText(label, VALUE_SIZE) + 14;
  };
  const marker = (cx: number, cy: number, surplus: boolean, cls: string) => {
    const h = MARKER * 0.8;
    const d = surplus
      ? `M${num1(cx - MARKER / 2)},${num1(cy + h / 2)}L${num1(cx + MARKER / 2)},${num1(cy + h / 2)}L${num1(cx)},${num1(cy - h / 2)}Z`
      : `M${num1(cx - MARKER / 2)},${num1(cy - h / 2)}L${num1(cx + MARKER / 2)},${num1(cy - h / 2)}L${num1(cx)},${num1(cy + h / 2)}Z`;
    return el('path', { class: cls, d, fill: surplus ? palette.surplus : palette.deficit });
  };
  swatch(palette.imports, 'Importations', 'import');
  swatch(palette.exports, 'Exportations', 'export');
  legend.push(marker(lx + 5, legendY - 4, true, 'legend-marker surplus'));
  legend.push(textEl(lx + 14, legendY, 'Excédent', { size: VALUE_SIZE, fill: palette.surplus }));
  lx += 14 + measureText('Excédent', VALUE_SIZE) + 14;
  legend.push(marker(lx + 5, legendY - 4, false, 'legend-marker deficit'));
  legend.push(textEl(lx + 14, legendY, 'Déficit', { size: VALUE_SIZE, fill: palette.deficit }));
  body.push(el('g', { class: 'legend' }, ...legend));

  // Column headers.
  body.push(
    el(
      'g',
      { class: 'headers' },
      textEl(0, headY, 'Pays', { size: HEAD_SIZE, weight: 600, fill: palette.muted }),
      textEl(axisX - 6, headY, 'Importations (M€)', { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: palette.imports }),
      textEl(axisX + 6, headY, 'Exportations (M€)', { size: HEAD_SIZE, weight: 600, fill: palette.exports }),
      textEl(width, headY, 'Balance (M€)', { size: HEAD_SIZE, weight: 600, anchor: 'end', fill: palette.muted }),
    ),
  );

  if (partners.length === 0) {
    body.push(...noticeLines('Aucun échange enregistré avec un pays partenaire.', 0, top + 6, width, NAME_SIZE, 'start'));
  }

  partners.forEach((p, i) => {
    const y0 = top + i * rowHeight;
    const cy = y0 + rowHeight / 2;
    const lines = wrapped[i]!;
    const row: string[] = [];
    if (i > 0) row.push(el('line', { class: 'row-rule', x1: 0, x2: width, y1: y0, y2: y0, stroke: palette.rule, 'stroke-width': 0.5 }));
    // Name block centred on the row; baselines placed from the font's ascent.
    const nameTop = cy - blockHeight(lines.length, NAME_SIZE, LINE) / 2;
    row.push(
      el(
        'g',
        { class: 'label' },
        ...lines.map((line, k) => textEl(0, nameTop + ascent * NAME_SIZE + k * LINE, line, { size: NAME_SIZE, weight: 600, fill: palette.text, className: 'name' })),
      ),
    );
    const baseline = cy - blockHeight(1, VALUE_SIZE, LINE) / 2 + ascent * VALUE_SIZE;
    const wi = x(p.imports_eur);
    const we = x(p.exports_eur);
    const importTitle = `${p.name} – importations : ${formatMEur(p.imports_eur, dec)} (${formatShare(fraction(p.imports_eur, totalImports))} des importations)`;
    const exportTitle = `${p.name} – exportations : ${formatMEur(p.exports_eur, dec)} (${formatShare(fraction(p.exports_eur, totalExports))} des exportations)`;
    row.push(
      el('rect', { class: 'bar bar-import', 'data-value': p.imports_eur, x: axisX - wi, y: cy - barHeight / 2, width: wi, height: barHeight, fill: palette.imports }, titleEl(importTitle)),
      el('rect', { class: 'bar bar-export', 'data-value': p.exports_eur, x: axisX, y: cy - barHeight / 2, width: we, height: barHeight, fill: palette.exports }, titleEl(exportTitle)),
      textEl(axisX - wi - 4, baseline, formatMillions(p.imports_eur, dec), { size: VALUE_SIZE, anchor: 'end', fill: palette.text, className: 'value' }),
      textEl(axisX + we + 4, baseline, formatMillions(p.exports_eur, dec), { size: VALUE_SIZE, fill: palette.text, className: 'value' }),
    );
    const surplus = p.balance_eur >= 0;
    const balanceTitle = `${p.name} – balance commerciale : ${formatSignedMEur(p.balance_eur, dec)} (${p.balance_eur > 0 ? 'excédent' : p.balance_eur < 0 ? 'déficit' : 'équilibre'})`;
    row.push(
      el(
        'g',
        { class: `balance ${surplus ? 'surplus' : 'deficit'}`, 'data-value': p.balance_eur },
        titleEl(balanceTitle),
        marker(width - balanceWidth + MARKER / 2, cy, surplus, 'marker'),
        textEl(width, baseline, balanceLabel(p, dec), { size: VALUE_SIZE, weight: 600, anchor: 'end', fill: surplus ? palette.surplus : palette.deficit }),
      ),
    );
    body.push(el('g', { class: 'row', 'data-country': p.country }, ...row));
  });
  if (partners.length > 0) {
    body.push(el('line', { class: 'axis', x1: axisX, x2: axisX, y1: top, y2: top + partners.length * rowHeight, stroke: palette.axis, 'stroke-width': 1 }));
  }

  const first = partners[0];
  const deficits = partners.filter((p) => p.balance_eur < 0).length;
  const description =
    partners.length === 0
      ? `Aucun pays partenaire n'est enregistré pour ${figures.territory.name} en ${figures.year}.`
      : `Barres opposées : importations à gauche et exportations à droite d'un axe commun, pour les ${partners.length} principaux pays partenaires de ${figures.territory.name} en ${figures.year}, classés par montant total des échanges. ` +
        `Premier partenaire : ${first!.name} (importations ${formatMEur(first!.imports_eur, dec)}, exportations ${formatMEur(first!.exports_eur, dec)}, balance ${formatSignedMEur(first!.balance_eur, dec)}). ` +
        `La balance est déficitaire avec ${deficits} de ces pays et excédentaire ou nulle avec ${partners.length - deficits}.`;

  return chartOutput({ width, height, idPrefix: id, className: 'chart chart-partners', title, description }, body, {
    columns: ['Pays', 'Importations (euros)', 'Exportations (euros)', 'Balance commerciale (euros)'],
    rows: partners.map((p) => [p.name, p.imports_eur, p.exports_eur, p.balance_eur]),
  });
}

