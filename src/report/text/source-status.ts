// The line `territrade status` prints for each imported trade file: what it still provides. A
// quarter a later file replaced is named with that file, so that an annual file whose T2–T4 the
// "dernière publication" took over no longer reads as if it gave all four quarters.
import type { SourceInfo } from '../../store/queries.js';
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
