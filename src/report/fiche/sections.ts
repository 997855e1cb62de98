// The sections of a fiche, in the order of the publication: markup only, the French prose is in
// prose.ts and prose-flows.ts. Each returns an HTML fragment.
import type { Figures } from '../../figures/types.js';
import type { Publication } from '../../model/publication.js';
import type { TerritoryKind } from '../../model/territory.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { renderChartBlock, type CitedPage } from './chart-block.js';
import { citedPage } from './cited-page.js';
import { escapeHtml, joinHtml, tag } from '../html.js';
import { headedSection, link, p, prose } from './html.js';
import { BALANCE, CONTEXT, DEMO_BANNER, introduction, LIMITS, LIMITS_LEAD, partialNotice } from './prose.js';
import {
  comparedName,
  comparisonHeading,
  comparisonLead,
  FLOW,
  franceShareText,
  FULL_FICHE,
  KEY_LEAD,
  regionShareText,
  totalLine,
  type Direction,
} from './prose-flows.js';
import { methodDefinitions } from './definitions.js';
import { changeSince } from './evolution-inputs.js';
import { activitiesChangeKey, partnersChangeKey } from './prose-evolution.js';
import type { FicheInput, FicheLinks, TerritoryCharts } from './types.js';
import { displayName, inPeriod, ofTerritory } from './wording.js';

export function renderDemoBanner(): string {
  return tag('div', { class: 'demo-banner', role: 'note' }, tag('strong', {}, DEMO_NOTICE), DEMO_BANNER);
}

export function renderPartialNotice(f: Figures): string {
  const n = partialNotice(f);
  return tag('div', { class: 'notice', role: 'note' }, tag('strong', {}, n.title), n.text);
}

/**
 * The settings' paragraphs, escaped, `{territoire}` and `{periode}` filled in; else the built-in
 * introduction.
 */
function introductionParagraphs(f: Figures, publication: Publication): string[] {
  const own = publication.introduction;
  if (own === null) return introduction(f.territory, inPeriod(f));
  const name = f.territory.kind === 'france' ? 'France' : f.territory.name;
  const fill: Record<string, string> = { territoire: name, periode: inPeriod(f) };
  return own.map((text) => escapeHtml(text.replace(/\{(territoire|periode)\}/g, (_, k: string) => fill[k]!)));
}

export function renderIntroduction(f: Figures, publication: Publication): string {
  const paragraphs = introductionParagraphs(f, publication).flatMap((text) => [p(text), '\n']);
  return headedSection('introduction', 'Introduction', undefined, ...paragraphs);
}

export function renderContext(): string {
  return headedSection(
    'contexte',
    'Contexte et méthodologie',
    undefined,
    tag('h3', {}, 'Contexte'),
    '\n',
    p(CONTEXT[0]!),
    '\n',
    p(CONTEXT[1]!),
    '\n',
    tag('h3', {}, 'Méthodologie et limites'),
    '\n',
    p(LIMITS_LEAD, 'lead-in'),
    '\n',
    tag(
      'ul',
      { class: 'limits' },
      '\n',
      LIMITS.map(([title, text]) => tag('li', {}, `<strong>${title}</strong> ${text}`)).join('\n'),
      '\n',
    ),
    '\n',
  );
}

/**
 * The definitions of the indicators, after the charts they define (the specification's order
 * keeps the context and its limits before the charts).
 */
export function renderDefinitions(kind: TerritoryKind): string {
  return headedSection(
    'definitions',
    'Définitions des indicateurs',
    undefined,
    tag(
      'ul',
      { class: 'limits' },
      '\n',
      methodDefinitions(kind)
        .map((li) => tag('li', {}, prose(li)))
        .join('\n'),
      '\n',
    ),
    '\n',
  );
}

function csvOf(c: TerritoryCharts, links: FicheLinks, key: Parameters<FicheLinks['csv']>[1]): string {
  return links.csv(c.figures.territory, key);
}

export function renderBalance(main: TerritoryCharts, links: FicheLinks, print = false, page?: CitedPage): string {
  const t = main.figures.territory;
  return headedSection(
    'balance',
    BALANCE.title,
    'major',
    p(BALANCE.intro(t), 'lead-in'),
    '\n',
    renderChartBlock(main.charts.partenaires, {
      id: 'graphique-partenaires',
      csvHref: csvOf(main, links, 'partenaires'),
      print,
      page,
      after: p(BALANCE.key + partnersChangeKey(changeSince(main.figures)), 'key'),
    }),
    '\n',
    p(BALANCE.activitiesIntro, 'lead-in'),
    '\n',
    renderChartBlock(main.charts.activites, {
      id: 'graphique-activites',
      csvHref: csvOf(main, links, 'activites'),
      print,
      page,
      after: p(BALANCE.activitiesKey(t, print) + activitiesChangeKey(changeSince(main.figures)), 'key'),
    }),
    '\n',
  );
}

/** The flow's total and the shares of the région and France. */
export function renderTotals(f: Figures, direction: Direction): string {
  const total = f[direction];
  const lines = [tag('p', { class: 'total' }, totalLine(direction, total.total_eur))];
  if (total.share_of_region !== null && f.region)
    lines.push(p(regionShareText(direction, total.share_of_region, escapeHtml(f.region.name))));
  if (total.share_of_france !== null) lines.push(p(franceShareText(direction, total.share_of_france)));
  return tag('div', { class: 'totals' }, lines.join(''));
}

export function renderFlows(input: FicheInput, direction: Direction): string {
  const w = FLOW[direction];
  const { main, comparisons, links } = input;
  const print = input.variant === 'print';
  const t = main.figures.territory;
  const parts: string[] = [
    p(w.intro(ofTerritory(t)), 'lead-in'),
    renderChartBlock(main.charts[w.chart], {
      id: `graphique-${w.id}`,
      csvHref: links.csv(t, w.chart),
      print,
      page: citedPage(input),
      after: renderTotals(main.figures, direction) + '\n' + p(`${KEY_LEAD}${w.key}`, 'key'),
    }),
  ];
  if (comparisons.length > 0) {
    const names = comparisons.map((c) => comparedName(c.figures.territory.kind, escapeHtml(c.figures.territory.name)));
    const blocks = [
      tag('h3', {}, comparisonHeading(comparisons.map((c) => c.figures.territory.kind))),
      p(comparisonLead(direction, ofTerritory(t), names), 'lead-in'),
    ];
    for (const c of comparisons) {
      const ct = c.figures.territory;
      const href = links.fiche(ct);
      blocks.push(
        renderChartBlock(c.charts[w.chart], {
          id: `graphique-${w.id}-${ct.slug}`,
          csvHref: links.csv(ct, w.chart),
          print,
          page: citedPage(input),
          after: tag(
            'div',
            // The Sankey diagram states its total: on paper this box would only repeat it.
            { class: 'totals screen-only' },
            tag('p', { class: 'total' }, totalLine(direction, c.figures[direction].total_eur)),
            href ? tag('p', { class: 'screen-only' }, `${FULL_FICHE}${link(href, displayName(ct))}`) : '',
          ),
        }),
      );
    }
    parts.push(tag('div', { class: 'comparison' }, '\n', joinHtml(blocks, '\n'), '\n'));
  }
  return headedSection(w.id, w.title, 'major', joinHtml(parts, '\n'), '\n');
}
