// What `territrade territoires QUERY` prints when the query names a département, a région or a
// commune rather than one territory: the territories there, as French text or JSON-ready records.
import { formatCount, NBSP } from '../../format/fr.js';
import type { TiTerritory } from '../../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../../model/territory.js';
import { toTerritoryRef } from '../../reference/territories.js';
import type { TiSearch } from '../../reference/ti-search.js';
import { displayName } from '../fiche/wording.js';
import { tiListSource } from '../ti-wording.js';
import { territoireText, territoiresListText, territoryLines, tiRecord } from './territoires-list.js';

type Area = Extract<TiSearch, { kind: 'area' }>;
type Commune = Extract<TiSearch, { kind: 'commune' }>;

function byName(list: TiTerritory[]): TiTerritory[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

function areaName(area: Area['area']): string {
  const ref = toTerritoryRef(area);
  return ref.kind === 'region' ? `${ref.name} (région ${ref.code})` : displayName(ref);
}

function areaText(search: Area, query: string, kind: TerritoiresListKind): string {
  const name = areaName(search.area);
  const lines =
    search.territories.length === 0
      ? [`Aucun Territoire d'industrie n'a de commune dans ce territoire : ${name}.`]
      : [
          `Territoires d'industrie — ${name} : ${formatCount(search.territories.length, 'territoire')}`,
          ...byName(search.territories).flatMap((t) => territoryLines(tiRecord(t))),
        ];
  if (search.alsoNamed.length > 0) {
    const names = byName(search.alsoNamed).map((t) => `${t.name} (${t.id})`);
    lines.push('', `Ailleurs, territoires dont le nom contient «${NBSP}${query}${NBSP}» : ${names.join(', ')}.`);
  }
  lines.push('', `Source : ${tiListSource(kind)}.`);
  return lines.join('\n');
}

function communeText(search: Commune, kind: TerritoiresListKind): string {
  const communes = search.communes.map(
    (c) =>
      `${c.name} (${c.code}) — ${displayName(toTerritoryRef({ kind: 'departement', departement: c.departement }))}`,
  );
  const head = `${communes.length > 1 ? 'Communes' : 'Commune'} ${communes.join(', ')}`;
  if (search.territories.length === 0)
    return `${head} : dans aucun Territoire d'industrie.\nSource : ${tiListSource(kind)}.`;
  const names = byName(search.territories).map((t) => `${t.name} (${t.id})`);
  return [
    `${head} : ${search.territories.length > 1 ? 'Territoires' : 'Territoire'} d'industrie ${names.join(', ')}.`,
    '',
  ]
    .concat(byName(search.territories).map((t) => territoireText(t, kind)))
    .join('\n');
}

/** The answer to a query: one territory in full, or the territories of an area or a commune. */
export function territoiresSearchText(
  search: TiSearch,
  query: string,
  list: TiTerritory[],
  kind: TerritoiresListKind,
): string {
  if (search.kind === 'one') return territoireText(search.territory, kind);
  if (search.kind === 'commune') return communeText(search, kind);
  return search.area.kind === 'france' ? territoiresListText(list, kind) : areaText(search, query.trim(), kind);
}

/** The same as JSON: `territory` for one, else the area or communes with their `territories`. */
export function territoiresSearchJson(search: TiSearch, kind: TerritoiresListKind): object {
  const source = tiListSource(kind);
  if (search.kind === 'one') return { list: kind, source, territory: tiRecord(search.territory) };
  const territories = byName(search.territories).map(tiRecord);
  if (search.kind === 'commune') {
    const communes = search.communes.map((c) => ({ code: c.code, name: c.name, departement: c.departement.code }));
    return { list: kind, source, communes, territories };
  }
  const ref = toTerritoryRef(search.area);
  const area = { kind: ref.kind, code: ref.code, name: ref.name };
  return { list: kind, source, area, territories, also_named: byName(search.alsoNamed).map((t) => t.id) };
}
