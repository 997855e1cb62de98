// What `territrade territoires` prints: the Territoires d'industrie with their région, départements
// and groupements, as French text or as JSON-ready records. Pure.
import { formatCount } from '../../format/fr.js';
import type { TiTerritory } from '../../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../../model/territory.js';
import { inseeDepartement } from '../../reference/ti-query.js';
import { departementByDgddi, regionByCode } from '../../reference/territories.js';
import { tiListSource } from '../ti-wording.js';

export interface TiRecord {
  id: string;
  name: string;
  region: { code: string; name: string };
  departements: { code: string; name: string; dgddi: string | null }[];
  groupements: TiTerritory['groupements'];
}

const NATURES: Record<string, string> = {
  CC: 'communauté de communes',
  CA: "communauté d'agglomération",
  CU: 'communauté urbaine',
  METRO: 'métropole',
  MET69: 'métropole de Lyon',
  EPT: 'établissement public territorial',
  COM: 'commune',
};

export function tiRecord(t: TiTerritory): TiRecord {
  return {
    id: t.id,
    name: t.name,
    region: { code: t.region, name: regionByCode(t.region)?.name ?? t.region },
    departements: t.departements.map(inseeDepartement),
    groupements: t.groupements,
  };
}

function departementList(codes: string[]): string {
  return codes.map((c) => `${inseeDepartement(c).name} (${c})`).join(', ');
}

/** A territory in a list: name, id and départements, then its groupements. */
export function territoryLines(r: TiRecord): string[] {
  const lines = [`  ${r.name} (${r.id}) : ${r.departements.map((d) => `${d.name} (${d.code})`).join(', ')}`];
  if (r.groupements.length) lines.push(`    ${r.groupements.map((g) => g.name).join(' ; ')}`);
  return lines;
}

/** Every territory, by région (in French order), then by name. */
export function territoiresListText(list: TiTerritory[], kind: TerritoiresListKind): string {
  const records = list.map(tiRecord);
  const regions = [...new Set(records.map((r) => r.region.name))].sort((a, b) => a.localeCompare(b, 'fr'));
  const lines = [`Territoires d'industrie : ${formatCount(list.length, 'territoire')} — ${tiListSource(kind)}.`];
  for (const region of regions) {
    const inRegion = records.filter((r) => r.region.name === region).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    lines.push('', `${region} — ${formatCount(inRegion.length, 'territoire')}`);
    for (const r of inRegion) lines.push(...territoryLines(r));
  }
  return lines.join('\n');
}

/** One territory in full: région, départements and each groupement with its communes. */
export function territoireText(t: TiTerritory, kind: TerritoiresListKind): string {
  const r = tiRecord(t);
  const lines = [
    `${r.name} (${r.id})`,
    `Région : ${r.region.name} (${r.region.code})`,
    `${r.departements.length > 1 ? 'Départements' : 'Département'} : ${departementList(t.departements)}`,
  ];
  if (r.groupements.length === 0) {
    lines.push(
      "Groupements : non précisés par la liste importée de l'ANCT, qui décrit les territoires commune par commune.",
    );
  } else {
    lines.push(`Groupements (${r.groupements.length}) :`);
    for (const g of r.groupements) {
      const nature = NATURES[g.nature] ?? g.nature;
      lines.push(
        `  ${g.name} — ${nature}, SIREN ${g.siren} — ${departementList(g.departements)}, ${formatCount(g.communes.length, 'commune')}`,
      );
    }
  }
  const fiches = [
    ...new Set(
      r.departements.map((d) => (d.dgddi === null ? null : departementByDgddi(d.dgddi)?.code)).filter((c) => c != null),
    ),
  ];
  lines.push(
    `Chiffres : le commerce extérieur n'est pas publié à l'échelle d'un Territoire d'industrie ; voyez ${fiches.length > 1 ? 'ceux de ses départements' : 'ceux de son département'} (${fiches.map((c) => `territrade figures ${c}`).join(' ; ')}).`,
    `Source : ${tiListSource(kind)}.`,
  );
  return lines.join('\n');
}
