// What `territrade figures` prints: one territory's figures, or a Territoire d'industrie's
// départements one after the other, since the customs data stop at the département.
import type { Figures } from '../../figures/types.js';
import type { TiTerritory } from '../../model/territoires-industrie.js';
import { figuresSummary } from './figures-summary.js';

export interface FiguresOutput {
  /** The Territoire d'industrie the query named, else null. */
  ti: Pick<TiTerritory, 'id' | 'name'> | null;
  notice: string | null;
  figures: Figures[];
}

/** French text: the notice first, then each territory's summary. */
export function figuresText(out: FiguresOutput): string {
  const blocks = out.figures.map(figuresSummary);
  return (out.notice ? [`Note : ${out.notice}`, ...blocks] : blocks).join('\n\n');
}

/**
 * A territory's figures as they are; for a Territoire d'industrie, always the same envelope
 * (whatever its number of départements), so that a script reads one shape per kind of query.
 */
export function figuresJson(out: FiguresOutput): object {
  if (!out.ti) return out.figures[0]!;
  return {
    territoire_industrie: { id: out.ti.id, name: out.ti.name },
    notice: out.notice,
    departements: out.figures,
  };
}
