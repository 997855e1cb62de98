// The sections of a fiche, in the order of the publication. Each returns an HTML fragment.
import type { Figures, FlowTotal } from '../../figures/types.js';
import { formatDate, formatMEur, formatMillions, formatShare, formatSignedMEur } from '../../format/fr.js';
import { DEMO_NOTICE } from '../summary.js';
import { renderChartBlock } from './chart-block.js';
import { escapeHtml, headedSection, joinHtml, link, p, tag } from './html.js';
import { tiListSource } from '../ti-wording.js';
import { renderTerritoires } from './territoires.js';
import type { FicheInput, FicheLinks, TerritoryCharts } from './types.js';
import { COLON, displayName, kindLabel, ofTerritory, quarterList } from './wording.js';

const NBSP = '\u00A0';

export function renderDemoBanner(): string {
  return tag(
    'div',
    { class: 'demo-banner', role: 'note' },
    tag('strong', {}, DEMO_NOTICE),
    ` — les montants de cette fiche ont été générés par territrade pour la démonstration. Ils ne proviennent pas de la DGDDI et ne décrivent aucun territoire réel.`,
  );
}

export function renderPartialNotice(f: Figures): string {
  const n = f.quarters.length;
  return tag(
    'div',
    { class: 'notice', role: 'note' },
    tag('strong', {}, `Année ${f.year} incomplète${COLON}`),
    ` les données disponibles ne couvrent que ${n === 1 ? 'le trimestre' : 'les trimestres'} ${quarterList(f.quarters)}. `,
    `Les montants de cette fiche portent sur ${n === 1 ? 'ce trimestre' : 'ces trimestres'} et ne sont pas comparables à ceux d'une année entière.`,
  );
}

function keyFigure(cls: string, label: string, value: string, detail: string): string {
  return tag('li', { class: cls }, tag('span', { class: 'label' }, label), tag('span', { class: 'value' }, value), tag('span', { class: 'detail' }, detail));
}

export function renderMasthead(f: Figures): string {
  const t = f.territory;
  const region = f.region ? ` · région ${escapeHtml(f.region.name)}` : '';
  const balance = f.balance_eur;
  return tag(
    'header',
    { class: 'masthead' },
    '\n',
    p(`Commerce extérieur de biens · données ${f.year}`, 'kicker'),
    '\n',
    tag('h1', {}, `Les indicateurs clés${COLON} commerce extérieur`),
    '\n',
    tag('p', { class: 'territory' }, escapeHtml(t.kind === 'france' ? 'France' : t.name), t.kind === 'departement' ? ` <span class="code">(${escapeHtml(t.code)})</span>` : ''),
    '\n',
    p(`${kindLabel(t)}${region} · année ${f.year}${f.partial_year ? ` (${quarterList(f.quarters)})` : ''}`, 'subtitle'),
    '\n',
    tag(
      'ul',
      { class: 'key-figures', 'aria-label': 'Chiffres clés' },
      keyFigure('exports', 'Exportations', formatMEur(f.exports.total_eur), shareDetail(f.exports)),
      keyFigure('imports', 'Importations', formatMEur(f.imports.total_eur), shareDetail(f.imports)),
      keyFigure(
        balance < 0 ? 'balance deficit' : 'balance surplus',
        'Solde commercial',
        formatSignedMEur(balance),
        balance < 0 ? 'déficit : importations supérieures aux exportations' : 'excédent : exportations supérieures ou égales aux importations',
      ),
    ),
    '\n',
  );
}

function shareDetail(t: FlowTotal): string {
  if (t.share_of_france === null) return 'ensemble des départements';
  return `${formatShare(t.share_of_france)} du total national`;
}

export function renderIntroduction(f: Figures): string {
  const t = f.territory;
  return headedSection(
    'introduction',
    'Introduction',
    undefined,
    p(
      `Cette fiche rassemble les principaux indicateurs du commerce extérieur de biens ${ofTerritory(t)} en ${f.year}${NBSP}: ` +
        `les montants exportés et importés, les pays avec lesquels les échanges sont les plus importants, les activités concernées et les flux qui relient produits et pays. ` +
        `Elle s'adresse aux acteurs locaux, et en particulier à ceux des Territoires d'industrie, le programme national piloté par l'Agence nationale de la cohésion des territoires (ANCT) avec la Direction générale des entreprises (DGE).`,
    ),
    '\n',
    p(
      `Les échanges de biens avec l'étranger disent beaucoup d'un tissu productif${NBSP}: où ses entreprises trouvent leurs débouchés, de quels fournisseurs elles dépendent, et dans quelles activités. ` +
        `Ils sont le plus souvent commentés à l'échelle nationale. Les statistiques des douanes permettent pourtant de descendre jusqu'au département, le niveau géographique le plus fin qu'elles publient${NBSP}: c'est celui retenu ici, pour rapprocher ces chiffres des territoires.`,
    ),
    '\n',
  );
}

export function renderContext(f: Figures, meta: FicheInput['meta']): string {
  const demo = f.demo;
  const sources = meta.sources.map((s) => tag('li', {}, tag('code', {}, escapeHtml(s.name)), ` — ${escapeHtml(s.quarters)}${s.demo ? ' — fichier fictif de démonstration' : ''}`));
  return headedSection(
    'contexte',
    'Contexte et méthodologie',
    undefined,
    tag('h3', {}, 'Contexte'),
    '\n',
    p(
      `Le commerce mondial se recompose. Depuis le début de l'année 2025, les hausses de droits de douane annoncées ou appliquées par les États-Unis, et les réponses de leurs partenaires, ont ravivé les tensions commerciales. ` +
        `Pour les industriels, l'incertitude grandit${NBSP}: à quels marchés sont-ils exposés, de quelles chaînes d'approvisionnement étrangères dépendent-ils, à l'export comme à l'import${NBSP}? ` +
        `Beaucoup cherchent à diversifier leurs clients et leurs fournisseurs et à sécuriser leurs approvisionnements.`,
    ),
    '\n',
    p(
      `La traduction locale de ces évolutions reste peu documentée. En situant chaque territoire dans les échanges internationaux — ses premiers produits, ses premiers partenaires, son poids dans sa région et dans le pays —, cette fiche offre un point de départ pour en discuter.`,
    ),
    '\n',
    tag('h3', {}, 'Méthodologie et limites'),
    '\n',
    p(`Les graphiques donnent des ordres de grandeur fiables, mais les chiffres départementaux doivent être lus avec les précautions suivantes${NBSP}:`),
    '\n',
    tag(
      'ul',
      { class: 'limits' },
      '\n',
      [
        `<strong>Lieu de dédouanement et lieu de production.</strong> Une exportation est rattachée au département d'où la marchandise part, une importation à celui auquel elle est destinée, selon les déclarations des entreprises. Ce n'est pas toujours là que le bien est fabriqué ou utilisé${NBSP}: une entreprise peut expédier depuis un entrepôt ou un établissement situé dans un autre département. Les montants reflètent donc aussi l'organisation logistique des entreprises.`,
        `<strong>Ports, aéroports et plateformes logistiques.</strong> Les grandes infrastructures de transport concentrent certains flux. Les zones industrialo-portuaires reçoivent par exemple l'essentiel des hydrocarbures importés, qui sont ensuite consommés bien au-delà du département.`,
        `<strong>Gaz naturel et électricité.</strong> Par convention, les importations de gaz naturel et d'électricité sont toutes attribuées à Paris (Île-de-France).`,
        `<strong>Pas de données sous le département.</strong> Aucune statistique n'est publiée à un niveau plus fin${NBSP}: les échanges d'un Territoire d'industrie ne peuvent pas être isolés. Pour un territoire qui s'étend sur plusieurs départements, consultez la fiche de chacun d'eux.`,
        `<strong>Données brutes.</strong> Depuis 2022 et le passage à l'enquête EMEBI, les données départementales publiées ne sont plus corrigées de la non-réponse, et les flux couverts par le secret statistique sont supprimés ou regroupés à la source. Leur somme peut donc différer légèrement des totaux nationaux publiés par ailleurs.`,
      ]
        .map((li) => tag('li', {}, li))
        .join('\n'),
      '\n',
    ),
    '\n',
    tag('h3', {}, 'Source'),
    '\n',
    demo
      ? p(
          `<strong>${DEMO_NOTICE}.</strong> Les fichiers utilisés ont été générés par <code>territrade demo</code> au format des fichiers de la DGDDI. Les montants sont fictifs${NBSP}: ils servent à montrer la publication, pas à décrire l'économie réelle.`,
        )
      : '',
    demo ? '\n' : '',
    p(
      `Les indicateurs reposent sur les statistiques régionales et départementales du commerce extérieur de la Direction générale des Douanes et Droits indirects (DGDDI), diffusées en open data sur data.gouv.fr sous la Licence Ouverte / Etalab 2.0. ` +
        `Année ${f.year}, ${f.partial_year ? `trimestres disponibles${NBSP}: ${quarterList(f.quarters)} (année incomplète)` : `quatre trimestres (${quarterList(f.quarters)})`}. ` +
        `Produits classés selon la nomenclature A129 (regroupée en A17), pays selon le code pays des douanes.`,
    ),
    '\n',
    sources.length
      ? tag('p', { class: 'sources-list' }, `Fichiers importés${COLON}`) + '\n' + tag('ul', { class: 'sources-list' }, sources.join(''))
      : '',
    '\n',
  );
}

function csvOf(c: TerritoryCharts, links: FicheLinks, key: Parameters<FicheLinks['csv']>[1]): string {
  return links.csv(c.figures.territory, key);
}

export function renderBalance(main: TerritoryCharts, links: FicheLinks, print = false): string {
  const t = main.figures.territory;
  return headedSection(
    'balance',
    'Balance commerciale territoriale',
    'major',
    p(
      `Ce premier graphique réunit les principaux pays partenaires ${ofTerritory(t)}, à l'import comme à l'export. Il donne une vue d'ensemble de ses échanges et de leurs équilibres, pays par pays.`,
    ),
    '\n',
    renderChartBlock(main.charts.partenaires, {
      id: 'graphique-partenaires',
      csvHref: csvOf(main, links, 'partenaires'),
      print,
      after: p(
        `<strong>Clé de lecture${COLON}</strong> pour chaque pays, la barre bleue à gauche de l'axe mesure les importations et la barre violette à droite les exportations, en millions d'euros. ` +
          `La dernière colonne donne la balance commerciale (exportations moins importations)${NBSP}: en vert, marquée ▲, quand elle est excédentaire${NBSP}; en rouge, marquée ▼, quand elle est déficitaire.`,
        'key',
      ),
    }),
    '\n',
    p(
      `Le graphique suivant décompose les échanges par activité. Les biens importés figurent en bleu, les biens exportés en violet. ` +
        `Chaque rectangle représente une activité (nomenclature A129), regroupée avec les autres activités de son grand secteur (A17)${NBSP}; sa surface est proportionnelle à la valeur échangée. ` +
        `Les deux blocs ont eux-mêmes une surface proportionnelle au total des importations et des exportations, ce qui fait apparaître la balance d'ensemble.`,
    ),
    '\n',
    renderChartBlock(main.charts.activites, {
      id: 'graphique-activites',
      csvHref: csvOf(main, links, 'activites'),
      print,
      after: p(
        `<strong>Clé de lecture${COLON}</strong> plus un rectangle est grand, plus l'activité pèse dans les importations (bleu) ou les exportations (violet) ${ofTerritory(t)}. Le pourcentage indiqué est sa part dans le total du flux. Survolez un rectangle pour obtenir sa valeur exacte.`,
        'key',
      ),
    }),
    '\n',
  );
}

type Direction = 'exports' | 'imports';

const FLOW = {
  exports: {
    title: 'Exportations',
    id: 'exportations',
    chart: 'flux-exportations' as const,
    total: 'Total des exportations',
    valueOf: 'de la valeur exportée',
    intro: (of: string) =>
      `Pour aller plus loin, le graphique suivant suit les exportations ${of} de produit à pays${NBSP}: quel bien part vers quelle destination. Il retient les dix premiers produits exportés et les dix premiers pays clients${NBSP}; les autres sont regroupés dans «${NBSP}Autres produits${NBSP}» et «${NBSP}Autres pays${NBSP}». Les cinq flux les plus importants d'un produit vers un pays sont tracés en rouge.`,
    key: `À gauche figurent les principaux biens exportés, à droite les pays de destination${NBSP}; l'épaisseur de chaque flux est proportionnelle à sa valeur.`,
    compare: 'exportations',
  },
  imports: {
    title: 'Importations',
    id: 'importations',
    chart: 'flux-importations' as const,
    total: 'Total des importations',
    valueOf: 'de la valeur importée',
    intro: (of: string) =>
      `De la même façon, le graphique suivant suit les importations ${of} de pays à produit${NBSP}: quel pays fournit quel bien. Il retient les dix premiers pays fournisseurs et les dix premiers produits importés${NBSP}; les autres sont regroupés dans «${NBSP}Autres pays${NBSP}» et «${NBSP}Autres produits${NBSP}». Les cinq flux les plus importants d'une origine vers un produit sont tracés en rouge.`,
    key: `À gauche figurent les principaux pays d'origine, à droite les biens importés${NBSP}; l'épaisseur de chaque flux est proportionnelle à sa valeur.`,
    compare: 'importations',
  },
};

/** 'Total des exportations : 4 192,1 millions d'euros' and the shares of the région and France. */
export function renderTotals(f: Figures, direction: Direction): string {
  const w = FLOW[direction];
  const total = f[direction];
  const lines = [tag('p', { class: 'total' }, `${w.total}${COLON} ${formatMillions(total.total_eur)} millions d'euros`)];
  if (total.share_of_region !== null && f.region) {
    lines.push(
      total.share_of_region === 1
        ? p(`soit la totalité ${w.valueOf} par la région ${escapeHtml(f.region.name)}, dont c'est le seul département`)
        : p(`soit <strong>${formatShare(total.share_of_region)}</strong> ${w.valueOf} par la région ${escapeHtml(f.region.name)}`),
    );
  }
  if (total.share_of_france !== null) lines.push(p(`soit <strong>${formatShare(total.share_of_france)}</strong> ${w.valueOf} au niveau national`));
  return tag('div', { class: 'totals' }, lines.join(''));
}

export function renderFlows(input: FicheInput, direction: Direction): string {
  const w = FLOW[direction];
  const { main, comparisons, links } = input;
  const print = input.variant === 'print';
  const t = main.figures.territory;
  const parts: string[] = [
    p(w.intro(ofTerritory(t))),
    renderChartBlock(main.charts[w.chart], {
      id: `graphique-${w.id}`,
      csvHref: links.csv(t, w.chart),
      print,
      after: renderTotals(main.figures, direction) + '\n' + p(`<strong>Clé de lecture${COLON}</strong> ${w.key}`, 'key'),
    }),
  ];
  if (comparisons.length > 0) {
    const names = comparisons.map((c) => (c.figures.territory.kind === 'france' ? 'de la France entière' : `de la région ${escapeHtml(c.figures.territory.name)}`));
    const blocks = [
      tag('h3', {}, `Comparaison avec ${comparisons.length > 1 ? 'la région et la France' : comparisons[0]!.figures.territory.kind === 'france' ? 'la France' : 'la région'}`),
      p(`La structure des ${w.compare} ${ofTerritory(t)} peut être rapprochée de celle ${names.join(' et de celle ')}${NBSP}:`),
    ];
    for (const c of comparisons) {
      const ct = c.figures.territory;
      const href = links.fiche(ct);
      blocks.push(
        renderChartBlock(c.charts[w.chart], {
          id: `graphique-${w.id}-${ct.slug}`,
          csvHref: links.csv(ct, w.chart),
          print,
          after: tag(
            'div',
            { class: 'totals' },
            tag('p', { class: 'total' }, `${w.total}${COLON} ${formatMillions(c.figures[direction].total_eur)} millions d'euros`),
            href ? tag('p', { class: 'screen-only' }, `Fiche complète${COLON} ${link(href, displayName(ct))}`) : '',
          ),
        }),
      );
    }
    parts.push(tag('div', { class: 'comparison' }, '\n', joinHtml(blocks, '\n'), '\n'));
  }
  return headedSection(w.id, w.title, 'major', joinHtml(parts, '\n'), '\n');
}

export function renderPractical(input: FicheInput): string {
  const { main, links, meta } = input;
  const f = main.figures;
  return headedSection(
    'pratique',
    'Informations pratiques',
    'major',
    p(
      `Cette fiche dresse un état des lieux du commerce extérieur de biens ${ofTerritory(f.territory)} à partir des données publiques des douanes. Elle est destinée aux acteurs locaux — collectivités, services de l'État, entreprises et leurs réseaux — dans un contexte douanier en forte évolution.`,
    ),
    '\n',
    tag('h3', {}, 'Sources et licence'),
    '\n',
    p(
      f.demo
        ? `<strong>${DEMO_NOTICE}</strong>${NBSP}: les chiffres de cette fiche sont fictifs. Une fiche réelle s'appuie sur les statistiques régionales et départementales du commerce extérieur de la DGDDI (data.gouv.fr, Licence Ouverte / Etalab 2.0).`
        : `Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur, ${f.year}${NBSP}; données diffusées sur data.gouv.fr sous la Licence Ouverte / Etalab 2.0, dont la réutilisation est libre sous réserve de citer la source.`,
    ),
    '\n',
    p(
      `Liste des Territoires d'industrie${NBSP}: ${escapeHtml(tiListSource(f.territoires_industrie_list))}.`,
    ),
    '\n',
    tag('h3', {}, 'Production'),
    '\n',
    p(
      `Fiche produite le ${formatDate(meta.generatedAt)} par territrade ${escapeHtml(meta.toolVersion)}, un outil libre qui importe les fichiers de la DGDDI, calcule les indicateurs et met en page les fiches. ` +
        `Les données de chaque graphique sont téléchargeables au format CSV (séparateur point-virgule, virgule décimale)${NBSP}; l'ensemble des indicateurs l'est au format ${link(links.json(f.territory), 'JSON')}.`,
    ),
    '\n',
    tag('h3', {}, 'Pour aller plus loin'),
    '\n',
    tag(
      'ul',
      {},
      tag('li', {}, `Programme Territoires d'industrie${COLON} ${tag('a', { href: 'https://anct.gouv.fr/actualites' }, "actualités de l'ANCT")} — contact${COLON} territoires-industrie@anct.gouv.fr`),
      tag('li', {}, `Direction générale des entreprises${COLON} ${tag('a', { href: 'https://www.entreprises.gouv.fr/la-dge/actualites' }, 'actualités de la DGE')}`),
      tag('li', { class: 'screen-only' }, link(links.index, 'Toutes les fiches (départements, régions et France)')),
    ),
    '\n',
  );
}
