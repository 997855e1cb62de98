// What `territrade status` prints: the store's years, then a line for each imported trade file
// saying what it still provides, then the list of Territoires d'industrie in force. A quarter a later file replaced is named with that file, so that an annual file whose T2–T4 the
// "dernière publication" took over no longer reads as if it gave all four quarters.
import type { TerritoiresListKind } from '../../model/territory.js';
import type { SourceInfo, YearInfo } from '../../store/queries.js';
import type { SourceCoverage } from '../../store/source-coverage.js';
import { formatCount } from '../../format/fr.js';

/** '2024T2 2024T3 2024T4 remplacés par REGIONAL_CPF4PAYSE.txt' */
function replacedWords(r: SourceCoverage['replaced'][number], nameOf: (id: number) => string): string {
  return `${r.quarters.join(' ')} ${r.quarters.length > 1 ? 'remplacés' : 'remplacé'} par ${nameOf(r.by)}`;
}

export function sourceStatusLine(
  s: SourceInfo,
  coverage: SourceCoverage | undefined,
  nameOf: (id: number) => string,
): string {
  const replaced = coverage?.replaced ?? [];
  const quarters =
    replaced.length === 0
      ? s.quarters.replace(/,/g, ' ')
      : [
          coverage!.kept.length > 0 ? `${coverage!.kept.join(' ')} seulement` : 'plus aucun trimestre',
          ...replaced.map((r) => replacedWords(r, nameOf)),
        ].join(' ; ');
  const rows =
    replaced.length === 0
      ? formatCount(s.rows, 'ligne')
      : `${formatCount(coverage!.rows, 'ligne')} sur ${formatCount(s.rows, 'importée')}`;
  return `  ${s.fileName} — ${quarters} — ${rows} — ${s.demo ? 'démo' : 'officiel'} — importé le ${s.importedAt.slice(0, 19).replace('T', ' ')} UTC`;
}

/** What the store holds, as pipeline/status.ts reads it. */
export interface StoreStatus {
  storePath: string;
  years: YearInfo[];
  sources: SourceInfo[];
  /** What each source file still provides, by source id. */
  coverage: Map<number, SourceCoverage>;
  territoires: { count: number; kind: TerritoiresListKind; source: string };
}

export function storeStatusText(status: StoreStatus): string {
  const lines = [`Base : ${status.storePath}`];
  if (status.years.length === 0)
    lines.push('Aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».');
  for (const info of status.years) {
    const q = (f: 'E' | 'I') => (info.quarters[f].length ? info.quarters[f].map((n) => `T${n}`).join(' ') : 'aucun');
    lines.push(
      `${info.year}${info.partial ? ' (année partielle)' : ''} — ${formatCount(info.rows, 'ligne')} — ${info.demo ? 'DONNÉES FICTIVES DE DÉMONSTRATION' : 'données officielles DGDDI'}`,
      `  exportations : ${q('E')} ; importations : ${q('I')}`,
    );
  }
  const files = status.sources;
  if (files.length) {
    lines.push('Fichiers sources :');
    const nameOf = (id: number) => files.find((f) => f.id === id)?.fileName ?? `fichier ${id}`;
    for (const s of files) lines.push(sourceStatusLine(s, status.coverage.get(s.id), nameOf));
  }
  const ti = status.territoires;
  lines.push(
    `Territoires d'industrie : ${formatCount(ti.count, 'territoire')}, ${ti.kind === 'official' ? `liste officielle ANCT importée (${ti.source})` : `liste de l'ANCT fournie avec territrade (${ti.source})`}`,
  );
  return lines.join('\n');
}
