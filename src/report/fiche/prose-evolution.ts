// The French prose of the « Évolution » section, apart from its markup (evolution.ts): the
// change on the previous period, the chart's introduction and key, the movers' words.
import type { TerritoryRef } from '../../figures/types.js';
import { formatChange } from '../../format/fr.js';
import { comparedWith, duringPeriod } from '../../model/period.js';
import { COLON, ofTerritory, periodWords, type PeriodBounds } from './wording.js';

const NBSP = '\u00A0';

/**
 * The evolution chart's source line: the years it shows (not the fiche's period), demo data never
 * passing for DGDDI figures.
 */
export function evolutionSource(demo: boolean, years: readonly number[]): string {
  const what = demo
    ? 'données fictives de démonstration'
    : 'DGDDI, statistiques régionales et départementales du commerce extérieur';
  const first = years[0];
  const last = years[years.length - 1];
  const span =
    first === undefined || last === undefined ? '' : first === last ? `, ${first}` : `, ${first}\u2013${last}`;
  return `Source${COLON} ${what}${span}${NBSP}; traitement territrade`;
}

/** The same quarters a year earlier. */
export function yearEarlier(p: PeriodBounds): PeriodBounds {
  const back = (q: string) => q.replace(/^(\d{4})/, (y) => String(Number(y) - 1));
  return { from: back(p.from), to: back(p.to) };
}

/** '+3,2 % par rapport à 2023'; '' when no change can be computed (no previous period, or zero then). */
export function changeText(rate: number | null, previous: PeriodBounds | null): string {
  if (rate === null || previous === null) return '';
  return `${formatChange(rate)} ${comparedWith(periodWords(previous))}`;
}

/** Appended to the partners chart's key when it shows the change ('' otherwise). */
export function partnersChangeKey(since: string | undefined): string {
  return since === undefined
    ? ''
    : ` Les colonnes «${NBSP}Évol. imp.${NBSP}» et «${NBSP}Évol. exp.${NBSP}» (sur un écran étroit, les pourcentages entre parenthèses) donnent l'évolution des importations et des exportations avec chaque pays ${comparedWith(since)}${NBSP}; un tiret signale un pays sans échange à cette période.`;
}

/** Appended to the activities chart's key when its data table gives the change ('' otherwise). */
export function activitiesChangeKey(since: string | undefined): string {
  return since === undefined
    ? ''
    : ` Le tableau de données donne aussi la valeur de chaque activité ${duringPeriod(since)} et son évolution.`;
}

export const EVOLUTION = {
  title: 'Évolution',
  intro: (t: TerritoryRef, first: number, last: number) =>
    first === last
      ? `Les données importées ne couvrent qu'une année${NBSP}: le graphique suivant donne les exportations, les importations et le solde commercial ${ofTerritory(t)} en ${first}.`
      : `Le graphique suivant retrace les exportations et les importations ${ofTerritory(t)} pour chaque année disponible, de ${first} à ${last}, et le solde commercial qui en résulte. Il situe les chiffres de cette fiche dans leur tendance.`,
  key:
    `<strong>Clé de lecture${COLON}</strong> pour chaque année, la barre violette mesure les exportations et la barre bleue les importations, en millions d'euros. ` +
    `Les triangles donnent le solde commercial (exportations moins importations)${NBSP}: vert, pointe en haut, au-dessus de zéro quand il est excédentaire${NBSP}; rouge, pointe en bas, sous zéro quand il est déficitaire. ` +
    `Une année incomplète est dessinée en clair et ne se compare pas à une année entière.`,
  /** The EU-trade survey that replaced the DEB in January 2022 (a break in the series). */
  emebi: {
    year: 2022,
    label: 'EMEBI',
    note: `Pointillés entre 2021 et 2022${NBSP}: depuis janvier 2022, les échanges avec les autres pays de l’Union européenne sont mesurés par une enquête (EMEBI) et non plus par la déclaration d’échanges de biens (DEB)${NBSP}; les données brutes diffusées ne sont pas corrigées de la non-réponse.`,
  },
  noPrevious: (period: string) =>
    `Les données de la même période un an plus tôt (${period}) ne sont pas dans la base${NBSP}: cette fiche ne donne donc pas d'évolution.`,
  moversTitle: 'Principales évolutions',
  moversLead: (t: TerritoryRef, previous: string, current: string) =>
    `Les tableaux suivants donnent les pays et les activités dont les échanges ${ofTerritory(t)} ont le plus augmenté ou diminué entre ${previous} et ${current}, en millions d'euros. ` +
    `Un pays ou une activité absent d'une des deux périodes y compte pour zéro.`,
  moversOnWeb: (previous: string, current: string) =>
    `Les pays et les activités dont les échanges ont le plus augmenté ou diminué entre ${previous} et ${current} sont détaillés dans la version web de cette fiche.`,
  moversCaption: (flow: 'exports' | 'imports', previous: string) =>
    `${flow === 'exports' ? 'Exportations' : 'Importations'}${NBSP}: principales hausses et baisses ${comparedWith(previous)}, en millions d'euros`,
  groups: {
    partners: { gains: 'Pays en hausse', losses: 'Pays en baisse' },
    activities: { gains: 'Activités en hausse', losses: 'Activités en baisse' },
  },
  noMovers: `Aucune évolution à signaler.`,
  csvCaption: (previous: string) => `Principales évolutions ${comparedWith(previous)}, en euros`,
};
