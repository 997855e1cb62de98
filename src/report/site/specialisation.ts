// The map's specialisation indicator: for an activity chosen in a list, each département's
// specialisation index of its exports (its share of the activity over France's share, issue 10).
// One index per département and activity is too much for data attributes, so the values travel
// as one JSON object and the page's script colours the map with fixed classes around 1.
import { ascending } from 'd3-array';
import { formatNumber } from '../../format/fr.js';
import { blockTag, escapeHtml as esc, tag, voidTag } from '../html.js';
import { legendSwatch } from './document.js';
import type { SiteEntry } from './types.js';

export interface SpecialisationActivity {
  code: string;
  name: string;
}

/** Class upper bounds of the index; 1 (as in France) sits in the middle class. */
export const SPECIALISATION_BREAKS = [0.5, 0.8, 1.25, 2, 4] as const;
/** Browns below 1 (less than France), greys around it, teals above (specialised). */
export const SPECIALISATION_COLOURS = ['#a6611a', '#dfc27d', '#f2f2f2', '#80cdc1', '#35978f', '#01665e'] as const;

/** 0,5 / 0,8 / 1,25 / 2,0 / 4,0: the breaks as written, no rounding. */
const fr = (v: number) => formatNumber(v, Number.isInteger(v * 10) ? 1 : 2);

export function specialisationLegendLabels(): string[] {
  const b = SPECIALISATION_BREAKS;
  return [
    `moins de ${fr(b[0])} (bien moins qu’en France)`,
    `de ${fr(b[0])} à ${fr(b[1])}`,
    `de ${fr(b[1])} à ${fr(b[2])} (comme en France)`,
    `de ${fr(b[2])} à ${fr(b[3])}`,
    `de ${fr(b[3])} à ${fr(b[4])}`,
    `${fr(b[4])} ou plus (très spécialisé)`,
  ];
}

/** Every A129 activity exported by some département, by code. */
export function specialisationActivities(depts: readonly SiteEntry[]): SpecialisationActivity[] {
  const names = new Map<string, string>();
  for (const e of depts) for (const s of e.specialisation ?? []) if (!names.has(s.code)) names.set(s.code, s.name);
  return [...names].map(([code, name]) => ({ code, name })).sort((a, b) => ascending(a.code, b.code));
}

/** { a: activity codes, v: { fiche href: index per activity (2 decimals) or null } }. */
export function specialisationData(
  depts: readonly SiteEntry[],
  activities: readonly SpecialisationActivity[],
): { a: string[]; v: Record<string, (number | null)[]> } {
  const v: Record<string, (number | null)[]> = {};
  for (const e of depts) {
    const byCode = new Map(e.specialisation.map((s) => [s.code, s.index]));
    v[e.href] = activities.map((a) => {
      const index = byCode.get(a.code);
      return index === undefined || !Number.isFinite(index) ? null : Math.round(index * 100) / 100;
    });
  }
  return { a: activities.map((a) => a.code), v };
}

export function specialisationChoice(activities: readonly SpecialisationActivity[]): string {
  const radio = voidTag('input', {
    type: 'radio',
    name: 'indicateur',
    value: 'specialisation',
    'data-libelle': 'Spécialisation des exportations',
    'data-colonne': 'Indice de spécialisation',
    'data-unite': ' (indice, 1 = comme la France)',
  });
  return [
    tag('label', {}, radio, esc(' Spécialisation des exportations dans une activité :')),
    tag('label', { class: 'activite', for: 'activite' }, 'Activité (nomenclature A129)'),
    blockTag(
      'select',
      { id: 'activite' },
      activities.map((a) => tag('option', { value: a.code }, esc(`${a.code} — ${a.name}`))),
    ),
  ].join('\n');
}

export function specialisationLegend(): string {
  const labels = specialisationLegendLabels();
  const item = (fill: string, label: string) => tag('li', {}, legendSwatch(fill), tag('span', {}, esc(label)));
  return blockTag('div', { class: 'legende', 'data-indicateur': 'specialisation', hidden: true }, [
    tag(
      'p',
      {},
      esc(
        "Indice de spécialisation des exportations : part de l'activité dans les exportations du département rapportée à sa part dans celles de la France",
      ),
    ),
    blockTag('ul', {}, [
      ...SPECIALISATION_COLOURS.map((c, i) => item(c, labels[i]!)),
      item('url(#motif-non-disponible)', "aucune exportation de l'activité"),
    ]),
  ]);
}
