// The position lines of `territrade figures` (plain French text, no HTML).
import type { Exposure } from '../../figures/position/position.js';
import type { Figures } from '../../figures/types.js';
import { formatMEur, formatNumber, formatOrdinal, formatShare } from '../../format/fr.js';
import { customsOnly } from '../fiche/wording.js';

export function positionSummary(f: Figures): string[] {
  const lines: string[] = [];
  const r = f.rank;
  if (r) {
    const peers =
      f.territory.kind === 'region'
        ? 'régions'
        : customsOnly(f.territory) === 'monaco'
          ? 'territoires'
          : 'départements';
    let line = `Rang : ${formatOrdinal(r.exports.in_france)} des ${r.exports.of_france} ${peers} à l'export, ${formatOrdinal(r.imports.in_france)} à l'import, ${formatOrdinal(r.balance.in_france)} pour le solde`;
    if (r.exports.of_region !== null && r.exports.of_region > 1) {
      line += ` (dans la région, sur ${r.exports.of_region} : ${formatOrdinal(r.exports.in_region!)}, ${formatOrdinal(r.imports.in_region!)}, ${formatOrdinal(r.balance.in_region!)})`;
    }
    lines.push(line);
  }
  const eq = (x: number | null, unit: string) =>
    x === null ? 'sans objet' : `comme ${formatNumber(Math.max(1, Math.round(x)))} ${unit} à parts égales`;
  lines.push(
    `Concentration des partenaires : exportations ${eq(f.concentration.exports.equivalent_partners, 'pays')}, importations ${eq(f.concentration.imports.equivalent_partners, 'pays')}`,
  );
  const top = f.specialisation.exports.filter((s) => s.index > 1 && s.share >= 0.01).slice(0, 3);
  if (f.territory.kind !== 'france' && top.length) {
    lines.push(
      `Spécialisation à l'export : ${top.map((s) => `${s.name} (indice ${formatNumber(s.index, 1)})`).join(' ; ')}`,
    );
  }
  for (const e of Object.values(f.exposure)) lines.push(...exposureLines(e));
  const deps = f.dependencies.imports;
  lines.push(
    deps.length
      ? `Dépendances à l'import (≥ 50 % d'un seul pays) : ${deps.length} activité${deps.length > 1 ? 's' : ''}, dont en valeur ${[
          ...deps,
        ]
          .sort((a, b) => b.value_eur - a.value_eur)
          .slice(0, 3)
          .map((d) => `${d.name} – ${d.country_name} ${formatShare(d.share)}`)
          .join(' ; ')}`
      : `Dépendances à l'import (≥ 50 % d'un seul pays) : aucune`,
  );
  return lines;
}

/** The partner's two lines: exports to it, then imports from it and the activities depending on it. */
function exposureLines(e: Exposure): string[] {
  const share = (value: number | null, flow: string) =>
    value === null ? `aucune ${flow}` : `${formatShare(value)} des ${flow}s`;
  const france = (value: number | null) => (value === null ? '' : ` (France : ${formatShare(value)})`);
  const list = (items: { name: string; share: number }[], what: string) =>
    items.length
      ? ` ; ${what} : ${items
          .slice(0, 3)
          .map((p) => `${p.name} (${formatShare(p.share)} de l'activité)`)
          .join(' ; ')}`
      : '';
  const exported = list(
    e.products.map((p) => ({ name: p.name, share: p.share_of_product_exports })),
    'premières activités',
  );
  const dependent = list(
    e.import_products.map((p) => ({ name: p.name, share: p.share_of_product_imports })),
    'activités qui en dépendent le plus',
  );
  return [
    `Exposition – ${e.partner_name} (${e.partner}) : ${formatMEur(e.exports_eur)} exportés, ${share(e.share_of_exports, 'exportation')}${france(e.france_share_of_exports)}${exported}`,
    `Provenance – ${e.partner_name} (${e.partner}) : ${formatMEur(e.imports_eur)} importés, ${share(e.share_of_imports, 'importation')}${france(e.france_share_of_imports)}${dependent}`,
  ];
}
