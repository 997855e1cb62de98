// The two trade directions, described once: their key in the figures, their DGDDI code, their
// French words in every form the CLI, fiches, site and CSV use, and their colours.
import type { Flow } from './trade.js';

export type DirectionKey = 'exports' | 'imports';

export interface Direction {
  key: DirectionKey;
  /** DGDDI flow code. */
  code: Flow;
  /** 'exportation' */
  singular: string;
  /** 'exportations' */
  plural: string;
  /** 'Exportations' (titles, labels, CSV headers). */
  title: string;
  /** 'export', as in « à l'export ». */
  short: string;
  /** Past participle: 'exporté', as in « biens exportés », « valeur exportée ». */
  participle: string;
  /** Bars, treemap cells, Sankey nodes (white text on it). */
  colour: string;
  /** The colour's name in prose, masculine: « en violet ». */
  colourWord: string;
  /** Feminine form: « la barre violette ». */
  colourWordFeminine: string;
  /** Light-to-dark map ramp; the darkest keep white text readable, the lightest stay visible on white. */
  ramp: readonly string[];
}

export const EXPORTS: Direction = {
  key: 'exports',
  code: 'E',
  singular: 'exportation',
  plural: 'exportations',
  title: 'Exportations',
  short: 'export',
  participle: 'exporté',
  colour: '#7b4fa8',
  colourWord: 'violet',
  colourWordFeminine: 'violette',
  ramp: ['#f1ecf7', '#d9cbea', '#bba3d9', '#9a79c3', '#7b4fa8', '#532f7d'],
};

export const IMPORTS: Direction = {
  key: 'imports',
  code: 'I',
  singular: 'importation',
  plural: 'importations',
  title: 'Importations',
  short: 'import',
  participle: 'importé',
  colour: '#2b6cb0',
  colourWord: 'bleu',
  colourWordFeminine: 'bleue',
  ramp: ['#e8f1fa', '#c2d8ef', '#90b8e0', '#5b93cb', '#2b6cb0', '#1b4778'],
};

/** Exports first, as every page and table shows them. */
export const DIRECTIONS: readonly Direction[] = [EXPORTS, IMPORTS];

export const DIRECTION_BY_KEY: Record<DirectionKey, Direction> = { exports: EXPORTS, imports: IMPORTS };

export const DIRECTION_BY_FLOW: Record<Flow, Direction> = { E: EXPORTS, I: IMPORTS };
