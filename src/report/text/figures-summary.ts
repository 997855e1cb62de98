// The short French text `territrade figures` prints.
import { formatIndicator, INDICATORS } from '../../figures/indicators/registry.js';
import type { Figures } from '../../figures/types.js';
import { formatChange, formatMEur, formatShare, formatSignedMEur, printedNumber } from '../../format/fr.js';
import { comparedWith, duringPeriod } from '../../model/period.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { displayName, windowWords, yearOrWindow } from '../fiche/wording.js';
import { positionSummary } from './position-summary.js';

function shares(f: Figures['exports']): string {
  const parts: string[] = [];
  if (f.share_of_region !== null) parts.push(`${formatShare(f.share_of_region)} de la région`);
  if (f.share_of_france !== null) parts.push(`${formatShare(f.share_of_france)} de la France`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** '2023' (the compared year, --compare-to's or the year before), or 'T3 2023 – T2 2024' for a window. */
function previousWords(previous: { from: string; to: string }, year: number | null): string {
  return year !== null ? previous.from.slice(0, 4) : windowWords(previous);
}

/** ' ; +3,2 % par rapport à 2023', or nothing when there is no change to give. */
function change(f: Figures, total: Figures['exports']): string {
  if (total.change_rate === null || f.previous_period === null) return '';
  const before = previousWords(f.previous_period, f.year);
  return ` ; ${formatChange(total.change_rate)} ${comparedWith(before)}`;
}

/** The balance's word, read from its printed value: a deficit printed 0,0 M€ is no deficit. */
function balanceWord(eur: number): string {
  const printed = printedNumber(eur / 1e6, 1);
  return printed < 0 ? 'déficit' : printed > 0 ? 'excédent' : 'équilibre';
}

/** A line for each registry indicator that has no dedicated line above: value, then its previous value. */
function registryLines(f: Figures): string[] {
  const before = f.previous_period === null ? null : previousWords(f.previous_period, f.year);
  return INDICATORS.filter((d) => d.summaryLabel !== undefined).map((d) => {
    const { value, previous } = f.indicators[d.key] ?? { value: null, previous: null };
    const then =
      previous !== null && before !== null ? ` (${formatIndicator(d, previous)} ${duringPeriod(before)})` : '';
    return `${d.summaryLabel} : ${formatIndicator(d, value)}${then}`;
  });
}

export function figuresSummary(f: Figures): string {
  const t = f.territory;
  const title = t.kind === 'france' ? 'France' : t.kind === 'region' ? `Région ${t.name} (${t.code})` : displayName(t);
  const period =
    f.partial_year && f.year !== null
      ? `${f.year}, année partielle : trimestres ${f.quarters.join(', ')}`
      : yearOrWindow(f);
  const lines = [
    `${title} — ${period}${f.region ? ` — région ${f.region.name}` : ''}`,
    ...(f.demo ? [`⚠ ${DEMO_NOTICE} : ces montants ne sont pas ceux de la DGDDI.`] : []),
    `Exportations : ${formatMEur(f.exports.total_eur)}${shares(f.exports)}${change(f, f.exports)}`,
    `Importations : ${formatMEur(f.imports.total_eur)}${shares(f.imports)}${change(f, f.imports)}`,
    `Solde commercial : ${formatSignedMEur(f.balance_eur)} (${balanceWord(f.balance_eur)})`,
    ...registryLines(f),
  ];
  const top = (list: { name: string; value_eur: number }[]) =>
    list
      .slice(0, 3)
      .map((a) => `${a.name} (${formatMEur(a.value_eur)})`)
      .join(' ; ');
  if (f.partners.length)
    lines.push(
      `Principaux partenaires : ${f.partners
        .slice(0, 5)
        .map((p) => p.name)
        .join(', ')}`,
    );
  if (f.activities.exports.length) lines.push(`Premières activités à l'export : ${top(f.activities.exports)}`);
  if (f.activities.imports.length) lines.push(`Premières activités à l'import : ${top(f.activities.imports)}`);
  lines.push(...positionSummary(f));
  if (t.kind === 'departement') {
    const list = f.territoires_industrie.length
      ? f.territoires_industrie.join(' ; ')
      : 'aucun territoire connu dans la liste utilisée';
    const imported = f.territoires_industrie_list === 'official' ? ' (liste officielle importée)' : '';
    lines.push(`Territoires d'industrie${imported} : ${list}`);
  }
  return lines.join('\n');
}
