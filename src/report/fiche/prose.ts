// The fiche's French prose, apart from its markup (sections.ts): sentences and paragraphs as
// already-escaped HTML text, with at most inline emphasis. Names are escaped by the caller.
import type { Figures, FlowTotal, TerritoryRef } from '../../figures/types.js';
import { formatDate, formatShare } from '../../format/fr.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { tiListSource } from '../ti-wording.js';
import { inlineMarker as markerIcon } from '../../charts/marker.js';
import { escapeHtml } from '../html.js';
import { COLON, ofTerritory, quarterList, windowWords, yearOrWindow } from './wording.js';

const NBSP = '\u00A0';

export const DEMO_BANNER =
  ' — les montants de cette fiche ont été générés par territrade pour la démonstration. Ils ne proviennent pas de la DGDDI et ne décrivent aucun territoire réel.';

export function partialNotice(f: Figures): { title: string; text: string } {
  const n = f.quarters.length;
  return {
    title: `${f.year !== null ? 'Année' : 'Période'} ${yearOrWindow(f)} incomplète${COLON}`,
    text:
      ` les données disponibles ne couvrent que ${n === 1 ? 'le trimestre' : 'les trimestres'} ${quarterList(f.quarters)}. ` +
      `Les montants de cette fiche portent sur ${n === 1 ? 'ce trimestre' : 'ces trimestres'} et ne sont pas comparables à ceux d’une année entière.`,
  };
}

export const KEY_FIGURES = {
  kicker: (year: number | string) => `Commerce extérieur de biens · données ${year}`,
  exports: 'Exportations',
  imports: 'Importations',
  balance: 'Solde commercial',
  deficit: 'déficit\u00A0: importations supérieures aux exportations',
  surplus: 'excédent\u00A0: exportations supérieures aux importations',
  balanced: 'équilibre\u00A0: exportations égales aux importations, au dixième de million près',
  rounded: '(montants arrondis\u00A0: le solde est calculé avant arrondi)',
};

export function shareDetail(t: FlowTotal): string {
  if (t.share_of_france === null) return 'ensemble des départements';
  return `${escapeHtml(formatShare(t.share_of_france))} du total national`;
}

/** `when`: 'en 2024', or for a window 'sur la période T3 2024 – T2 2025' (wording.ts inPeriod). */
export function introduction(t: TerritoryRef, when: string): string[] {
  return [
    `Cette fiche rassemble les principaux indicateurs du commerce extérieur de biens ${ofTerritory(t)} ${when}${NBSP}: ` +
      `les montants exportés et importés, les pays avec lesquels les échanges sont les plus importants, les activités concernées et les flux qui relient produits et pays. ` +
      `Elle s’adresse aux acteurs locaux, et en particulier à ceux des Territoires d’industrie, le programme national piloté par l’Agence nationale de la cohésion des territoires (ANCT) avec la Direction générale des entreprises (DGE).`,
    `Les échanges de biens avec l’étranger disent beaucoup d’un tissu productif${NBSP}: où ses entreprises trouvent leurs débouchés, de quels fournisseurs elles dépendent, et dans quelles activités. ` +
      `Ils sont le plus souvent commentés à l’échelle nationale. Les statistiques des douanes permettent pourtant de descendre jusqu’au département, le niveau géographique le plus fin qu’elles publient${NBSP}: c’est celui retenu ici, pour rapprocher ces chiffres des territoires.`,
  ];
}

export const CONTEXT = [
  `Le commerce mondial se recompose. Depuis le début de l’année 2025, les hausses de droits de douane annoncées ou appliquées par les États-Unis, et les réponses de leurs partenaires, ont ravivé les tensions commerciales. ` +
    `Pour les industriels, l’incertitude grandit${NBSP}: à quels marchés sont-ils exposés, de quelles chaînes d’approvisionnement étrangères dépendent-ils, à l’export comme à l’import${NBSP}? ` +
    `Beaucoup cherchent à diversifier leurs clients et leurs fournisseurs et à sécuriser leurs approvisionnements.`,
  `La traduction locale de ces évolutions reste peu documentée. En situant chaque territoire dans les échanges internationaux — ses premiers produits, ses premiers partenaires, son poids dans sa région et dans le pays —, cette fiche offre un point de départ pour en discuter.`,
];

export const LIMITS_LEAD = `Les graphiques donnent des ordres de grandeur fiables, mais les chiffres départementaux doivent être lus avec les précautions suivantes${NBSP}:`;

/** The precautions of reading: a short title and its explanation. */
export const LIMITS: [title: string, text: string][] = [
  [
    'Lieu de dédouanement et lieu de production.',
    `Une exportation est rattachée au département d’où la marchandise part, une importation à celui auquel elle est destinée, selon les déclarations des entreprises. Ce n’est pas toujours là que le bien est fabriqué ou utilisé${NBSP}: une entreprise peut expédier depuis un entrepôt ou un établissement situé dans un autre département. Les montants reflètent donc aussi l’organisation logistique des entreprises.`,
  ],
  [
    'Ports, aéroports et plateformes logistiques.',
    `Les grandes infrastructures de transport concentrent certains flux. Les zones industrialo-portuaires reçoivent par exemple l’essentiel des hydrocarbures importés, qui sont ensuite consommés bien au-delà du département.`,
  ],
  [
    'Gaz naturel et électricité.',
    `Par convention, les importations de gaz naturel et d’électricité sont toutes attribuées à Paris (Île-de-France).`,
  ],
  [
    'Pas de données sous le département.',
    `Aucune statistique n’est publiée à un niveau plus fin${NBSP}: les échanges d’un Territoire d’industrie ne peuvent pas être isolés. Pour un territoire qui s’étend sur plusieurs départements, consultez la fiche de chacun d’eux.`,
  ],
  [
    'Données brutes.',
    `Depuis 2022 et le passage à l’enquête EMEBI, les données départementales publiées ne sont plus corrigées de la non-réponse, et les flux couverts par le secret statistique sont supprimés ou regroupés à la source. Leur somme peut donc différer légèrement des totaux nationaux publiés par ailleurs.`,
  ],
];

/** What the figures cover: a calendar year (complete or not), or a window of consecutive quarters. */
function coverage(f: Figures): string {
  if (f.year === null) return `Période ${windowWords(f.period)}, ${f.period.quarters} trimestres consécutifs`;
  return `Année ${f.year}, ${f.partial_year ? `trimestres disponibles${NBSP}: ${quarterList(f.quarters)} (année incomplète)` : `quatre trimestres (${quarterList(f.quarters)})`}`;
}

export function sourceText(f: Figures): string {
  if (f.demo)
    return (
      `Les indicateurs sont calculés sur des fichiers fictifs, générés par territrade au format des statistiques régionales et départementales du commerce extérieur. ` +
      `${coverage(f)}. ` +
      `Produits classés selon la nomenclature A129 (regroupée en A17), pays selon le code pays des douanes.`
    );
  return (
    `Les indicateurs reposent sur les statistiques régionales et départementales du commerce extérieur de la Direction générale des Douanes et Droits indirects (DGDDI), diffusées en open data sur data.gouv.fr sous la Licence Ouverte / Etalab 2.0. ` +
    `${coverage(f)}. ` +
    `Produits classés selon la nomenclature A129 (regroupée en A17), pays selon le code pays des douanes.`
  );
}

export const SOURCE_FILES = { lead: `Fichiers importés${COLON}`, demoFile: ' — fichier fictif de démonstration' };

export const BALANCE = {
  title: 'Balance commerciale territoriale',
  intro: (t: TerritoryRef) =>
    `Ce premier graphique réunit les principaux pays partenaires ${ofTerritory(t)}, à l’import comme à l’export. Il donne une vue d’ensemble de ses échanges et de leurs équilibres, pays par pays.`,
  key:
    `<strong>Clé de lecture${COLON}</strong> pour chaque pays, la barre bleue mesure les importations et la barre violette les exportations, en millions d’euros (de part et d’autre d’un axe commun, ou l’une sous l’autre sur un écran étroit). ` +
    `La colonne «${NBSP}Solde (M€)${NBSP}» donne le solde commercial (exportations moins importations)${NBSP}: en vert, marqué ${markerIcon(true)}, quand il est excédentaire${NBSP}; en rouge, marqué ${markerIcon(false)}, quand il est déficitaire.`,
  activitiesIntro:
    `Le graphique suivant décompose les échanges par activité. Les biens importés figurent en bleu, les biens exportés en violet. ` +
    `Chaque rectangle représente une activité (nomenclature A129), regroupée avec les autres activités de son grand secteur (A17)${NBSP}; sa surface est proportionnelle à la valeur échangée. ` +
    `Les deux blocs ont eux-mêmes une surface proportionnelle au total des importations et des exportations, ce qui fait apparaître le solde d’ensemble.`,
  /** On paper (`print`), no word of hovering. */
  activitiesKey: (t: TerritoryRef, print = false) =>
    `<strong>Clé de lecture${COLON}</strong> plus un rectangle est grand, plus l’activité pèse dans les importations (bleu) ou les exportations (violet) ${ofTerritory(t)}. Le pourcentage indiqué est sa part dans le total du flux.${print ? '' : ' Survolez ou touchez un rectangle, ou parcourez le graphique au clavier, pour obtenir sa valeur exacte.'}`,
};

export function practicalIntro(t: TerritoryRef): string {
  return `Cette fiche dresse un état des lieux du commerce extérieur de biens ${ofTerritory(t)} à partir des données publiques des douanes. Elle est destinée aux acteurs locaux — collectivités, services de l’État, entreprises et leurs réseaux — dans un contexte douanier en forte évolution.`;
}

export function licenceText(f: Figures): string {
  return f.demo
    ? `<strong>${DEMO_NOTICE}</strong>${NBSP}: les chiffres de cette fiche sont fictifs. Une fiche réelle s’appuie sur les statistiques régionales et départementales du commerce extérieur de la DGDDI (data.gouv.fr, Licence Ouverte / Etalab 2.0).`
    : `Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur, ${yearOrWindow(f)}${NBSP}; données diffusées sur data.gouv.fr sous la Licence Ouverte / Etalab 2.0, dont la réutilisation est libre sous réserve de citer la source.`;
}

export function territoiresListText(f: Figures): string {
  return `Liste des Territoires d’industrie${NBSP}: ${escapeHtml(tiListSource(f.territoires_industrie_list))}.`;
}

/** How the fiche was made; `jsonLink` is the HTML link to the JSON file, null on paper (no link to follow). */
export function productionText(generatedAt: Date, toolVersion: string, jsonLink: string | null): string {
  return (
    `Fiche produite le ${formatDate(generatedAt)} par territrade ${toolVersion}, un outil libre qui importe les fichiers de la DGDDI, calcule les indicateurs et met en page les fiches. ` +
    (jsonLink === null
      ? `La version web de cette fiche donne les données de chaque graphique au format CSV et l’ensemble des indicateurs au format JSON.`
      : `Les données de chaque graphique sont téléchargeables au format CSV (séparateur point-virgule, virgule décimale)${NBSP}; l’ensemble des indicateurs l’est au format ${jsonLink}.`)
  );
}

/** The source line under every chart; demo data never pass for DGDDI figures. */
export function chartSource(f: Pick<Figures, 'demo' | 'partial_year' | 'year' | 'quarters' | 'period'>): string {
  const what = f.demo
    ? 'données fictives de démonstration'
    : 'DGDDI, statistiques régionales et départementales du commerce extérieur';
  const period = f.partial_year && f.year !== null ? `${f.year} (${quarterList(f.quarters)})` : yearOrWindow(f);
  return `Source${COLON} ${what}, ${period}${NBSP}; traitement territrade`;
}

/** The DROM's trade with metropolitan France and the other DROM is not foreign trade. */
export const DROM_NOTICE = {
  title: `Outre-mer${COLON}`,
  text: ` les échanges de ce territoire avec la France métropolitaine et avec les autres départements et régions d’outre-mer (DROM) ne sont pas comptés ici. Les statistiques du commerce extérieur ne retiennent que les échanges avec l’étranger${NBSP}; ces flux internes à la France n’y figurent pas.`,
};
