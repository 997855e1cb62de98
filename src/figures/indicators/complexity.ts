// The registry's economic complexity indicators (the ECI and its rank): a département's only, read
// from the `complexity` block that the product space adds when asked for (needs: 'complexity').
import { formatNumber, formatOrdinal } from '../../format/fr.js';
import type { IndicatorDescriptor } from './registry.js';

export const COMPLEXITY_INDICATORS: readonly IndicatorDescriptor[] = [
  {
    key: 'complexite-economique',
    label: 'Complexité économique (ECI)',
    kinds: ['departement'],
    column: 'Complexité (ECI)',
    unit: ' (indice, moyenne 0, écart type 1)',
    legendTitle: 'Indice de complexité économique des exportations (0 = moyenne des départements)',
    definition:
      'Indice de complexité économique (Hidalgo et Hausmann, 2009) des exportations du département par activité A129 : élevé quand ses activités avantagées (qui pèsent plus dans ses exportations que dans celles de l’ensemble des départements) sont nombreuses et peu répandues ; centré et réduit sur les départements. Il ne mesure ni la richesse ni la productivité ; pas de valeur pour les régions et la France.',
    direction: 'higher',
    scale: 'index',
    core: false,
    definedIn: 'pistes',
    needs: ['complexity'],
    value: (f) => f.complexity?.eci ?? null,
    previous: () => null,
    formatValue: (v) => formatNumber(v, 2),
  },
  {
    key: 'rang-complexite',
    label: 'Rang de la complexité économique',
    among: { departement: 'les départements' },
    column: 'Rang de l’ECI',
    unit: ' (1 = le plus complexe)',
    legendTitle: 'Rang de l’indice de complexité économique (1 = le plus élevé)',
    definition:
      'Place du département parmi ceux qui ont un indice de complexité économique, du plus élevé (1) au plus faible.',
    direction: 'lower',
    scale: 'rank',
    core: false,
    definedIn: 'pistes',
    needs: ['complexity'],
    value: (f) => f.complexity?.rank_in_france ?? null,
    previous: () => null,
    formatValue: (v) => formatOrdinal(v),
  },
];
