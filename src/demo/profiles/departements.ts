// Invented but plausible profile of each DGDDI département: its size (exports and imports, in
// billions of euros, only relative sizes matter since totals are calibrated), the few activities
// it is specialised in (A129 codes, optionally pinned to one CPF4 code as `B06Z:0620`), and the
// partners it favours more than the national average (borders, islands' neighbours).

export interface DepartementProfile {
  /** Relative size of exports (≈ G€). */
  exports: number;
  /** Relative size of imports (≈ G€). */
  imports: number;
  /** Export specialisations, strongest first. */
  exportSpecials: string[];
  /** Import specialisations, strongest first. */
  importSpecials: string[];
  /** Partner multipliers, e.g. { DE: 3 }. */
  partnerBoosts: Readonly<Record<string, number>>;
}

// dgddi: [exports, imports, export specialisations, import specialisations (default: same)]
const TABLE: Record<string, [number, number, string, string?]> = {
  '01': [6, 7, 'C22B C28D C29B C21Z C10E'],
  '02': [3.5, 3.5, 'C10H C23A C10F A01Z C20A'],
  '03': [1.8, 1.6, 'C29B C22A C10A C28A'],
  '04': [0.6, 0.5, 'C20B C21Z C10C'],
  '05': [0.3, 0.25, 'C10E C20C C25E'],
  '06': [4, 5, 'C20B C26A C30C C21Z'],
  '07': [1.3, 1, 'C22B C10E C29A C20A'],
  '08': [1.5, 1.3, 'C24C C29B C25A C24A'],
  '09': [0.5, 0.4, 'C30C C17A C24B'],
  '10': [1.5, 1.7, 'C14Z C11Z C10F C32B'],
  '11': [1, 1.2, 'C11Z A01Z C20C C23B'],
  '12': [1.2, 0.8, 'C29B C10E C10A C25E'],
  '13': [22, 38, 'C19Z C20A C24A C30C C10H', 'B06Z:0610 C19Z C20A C29A C24A'],
  '14': [3, 3, 'C10E C29A C21Z C26A'],
  '15': [0.3, 0.25, 'C10E C10A A01Z'],
  '16': [4, 1.5, 'C11Z C17A C27B C23A'],
  '17': [2.5, 3, 'C30B C30C A01Z C11Z C30A'],
  '18': [2.5, 2, 'C25C C30C C28D C21Z'],
  '19': [1, 0.8, 'C29B C10A C28A'],
  '20': [0.15, 0.6, 'C11Z C10A C30C', 'C19Z C29A C10H C14Z'],
  '21': [3, 3, 'C11Z C21Z C10H C29B'],
  '22': [2.5, 2.5, 'C10A C10K C10E C26C'],
  '23': [0.15, 0.12, 'C29B C15Z C10A'],
  '24': [1.2, 0.9, 'C21Z C10C C11Z C15Z'],
  '25': [7, 5, 'C29A C29B C26E C32A'],
  '26': [3, 3.5, 'C20A C21Z C10H C23B'],
  '27': [7, 6, 'C21Z C20B C30C C29B'],
  '28': [6, 6, 'C20B C21Z C27B C26A'],
  '29': [3, 3, 'C10A C10B C30A C10E'],
  '30': [2.5, 3, 'C20A C21Z C10C C26A'],
  '31': [35, 15, 'C30C C26E C26A C21Z', 'C30C C29B C26A C28A'],
  '32': [1, 0.5, 'C11Z A01Z C30C C10A'],
  '33': [12, 9, 'C11Z C30C C21Z C20A C25C', 'C19Z B06Z:0610 C30C C29A'],
  '34': [3.5, 5, 'C11Z C21Z C26B C10H'],
  '35': [5.5, 6, 'C29A C10A C26C C10E'],
  '36': [1.3, 1.2, 'C30C C15Z C29B C22B'],
  '37': [3.5, 4, 'C21Z C26A C29B C11Z'],
  '38': [13, 12, 'C26A C27B C20A C28D C21Z'],
  '39': [1.8, 1.3, 'C10E C22B C32B C32C'],
  '40': [2.5, 2, 'C16Z C17A C10A C30C'],
  '41': [3, 3, 'C20B C21Z C29B C30C'],
  '42': [4.2, 4.7, 'C24A C28A C29B C13Z C21Z C25E', 'C24A C29B C28A C13Z C21Z C25E'],
  '43': [1, 0.8, 'C22B C17A C13Z C10E'],
  '44': [14, 18, 'C30C C30A C19Z C10H C27B', 'B06Z:0610 B06Z:0620 C19Z C30C C10D'],
  '45': [8, 10, 'C20B C21Z C10H C29B'],
  '46': [0.6, 0.4, 'C30C C10H C28A'],
  '47': [1.3, 1.1, 'C10C A01Z C21Z C10H'],
  '48': [0.08, 0.07, 'C10E C10A A02Z'],
  '49': [4, 4, 'C11Z A01Z C29B C26A'],
  '50': [1.5, 1.2, 'C10E C30A E38Z C20A'],
  '51': [7, 4, 'C11Z C10F A01Z C20A'],
  '52': [1.4, 1, 'C24C C25E C32B C29B'],
  '53': [2, 1.8, 'C10E C10A C26A C28A'],
  '54': [4, 4.5, 'C24A C20A C22B C23A'],
  '55': [1.2, 1, 'C10E C17A C28A C24A'],
  '56': [2.5, 3, 'C10A C10B C30A C29B'],
  '57': [10, 13, 'C29A C24A C20A C29B D35A', 'C29B C24A C20A B05Z C29A'],
  '58': [0.8, 0.7, 'C29B C28A C22A'],
  '59': [32, 42, 'C29A C24A C10H C20A C21Z C30B', 'C29A C24A C10H C14Z B06Z:0620 C20A'],
  '60': [8, 11, 'C20B C21Z C28B C10H C29B'],
  '61': [1.3, 1.1, 'C29B C25E C10E C22A'],
  '62': [9, 11, 'C29B C10C C23A C10F C27A'],
  '63': [6, 4.5, 'C22A C21Z C10F C24B'],
  '64': [6, 4, 'C30C C20A B06Z C11Z'],
  '65': [1.5, 0.8, 'C30C C30B C20A'],
  '66': [2.5, 3.5, 'A01Z C10C C11Z', 'A01Z C10C C29A C14Z'],
  '67': [15, 16, 'C21Z C10H C28A C27B C26E C11Z'],
  '68': [9, 9, 'C29A C21Z C20A C28D C30C'],
  '69': [22, 28, 'C21Z C20A C29A C28A C27B C20C'],
  '70': [1.6, 1.2, 'C29B C28A C25E'],
  '71': [4, 3.5, 'C24A C28D C11Z C29B C25B'],
  '72': [3.5, 3.5, 'C29B C10A C27B C20C'],
  '73': [3.5, 3, 'C24B C24A C10E C27B'],
  '74': [6, 5.5, 'C25E C28C C32C C26E C32A'],
  '75': [25, 70, 'C32A C15Z C20B C14Z C21Z R90Z', 'B06Z:0620 D35A C14Z C32A C15Z C26C'],
  '76': [22, 35, 'C19Z C20A C21Z C10F A01Z', 'B06Z:0610 C19Z C20A C29A C10D'],
  '77': [10, 17, 'C21Z C20B C30C C10H C27B'],
  '78': [13, 17, 'C29A C29B C30C C26E C21Z'],
  '79': [2, 1.8, 'C10E C28B C22B A01Z'],
  '80': [4, 4, 'C30C C10C C20B C22A'],
  '81': [1.5, 1.3, 'C21Z C15Z C20A C13Z'],
  '82': [1.2, 1.1, 'A01Z C10C C30C C10H'],
  '83': [2.5, 3, 'C30A C26E C25C C20B'],
  '84': [3, 4, 'C10C C11Z C20B C10H A01Z'],
  '85': [3, 2.5, 'C30A C29A C10A C31Z'],
  '86': [2, 1.8, 'C29B C27B C21Z C28A'],
  '87': [1.5, 1.3, 'C27B C23B C15Z C21Z'],
  '88': [2.2, 2, 'C16Z C17A C13Z C10E'],
  '89': [1.5, 1.6, 'C11Z C28A C24A C29B'],
  '90': [2.2, 1.5, 'C28A C30B C27B'],
  '91': [12, 16, 'C21Z C26A C30C C26E C28D'],
  '92': [15, 25, 'C21Z C20B C26B C29A C30C', 'C21Z C26B C26C C29A C20B'],
  '93': [10, 15, 'C21Z C20B C14Z C26B C10H'],
  '94': [9, 16, 'C21Z C10H A01Z C32A', 'A01Z C10H C10C C14Z'],
  '95': [18, 30, 'C30C C32A C21Z C26C C20B', 'C26C C26B C32A C14Z C21Z C30C'],
  '99': [0.8, 1.5, 'C20B C32A C21Z C14Z'],
  '9A': [0.3, 3, 'C11Z A01Z C10H', 'C19Z C29A C10A C21Z'],
  '9B': [0.35, 3, 'C19Z C11Z A01Z', 'B06Z:0610 C29A C10A C21Z'],
  '9C': [0.8, 1.5, 'C30C A03Z C32A', 'C30C C19Z C29A C10A'],
  '9D': [0.4, 5.5, 'C10H A03Z C11Z', 'C19Z C29A C10A C21Z B05Z'],
  '9E': [0.02, 0.6, 'A03Z C10H E38Z', 'C10A C29A C19Z C10F'],
};

const CARIBBEAN = { US: 4, TT: 20, DM: 30, LC: 30, BB: 20, CN: 2 };

const BOOSTS: Record<string, Record<string, number>> = {
  '01': { CH: 3 },
  '06': { IT: 3 },
  '08': { BE: 3 },
  '09': { ES: 2, AD: 30 },
  '20': { IT: 4, ES: 1.5 },
  '25': { CH: 4 },
  '31': { ES: 1.5 },
  '54': { LU: 3, DE: 1.5, BE: 1.5 },
  '55': { BE: 2, LU: 2 },
  '57': { DE: 3, LU: 4 },
  '59': { BE: 2.5, GB: 1.5 },
  '62': { GB: 2, BE: 2 },
  '64': { ES: 4 },
  '65': { ES: 2 },
  '66': { ES: 5, AD: 10 },
  '67': { DE: 3, CH: 2 },
  '68': { DE: 3, CH: 3 },
  '73': { IT: 3 },
  '74': { CH: 5, IT: 1.5 },
  '90': { CH: 3, DE: 2 },
  '99': { IT: 3, CH: 2, AE: 3 },
  '9A': CARIBBEAN,
  '9B': CARIBBEAN,
  '9C': { BR: 20, SR: 40, TT: 20, US: 4 },
  '9D': { MU: 40, MG: 30, SC: 30, ZA: 10, SG: 5, CN: 3, IN: 3 },
  '9E': { KM: 80, MG: 40, MU: 20, ZA: 10, TZ: 10 },
};

/** A département missing from the table (a future code) is small and unspecialised. */
export function departementProfile(dgddi: string): DepartementProfile {
  const row = TABLE[dgddi];
  const [exports, imports, exportSpecials, importSpecials] = row ?? [1, 1, '', undefined];
  const split = (s: string) => s.split(' ').filter((x) => x !== '');
  return {
    exports,
    imports,
    exportSpecials: split(exportSpecials),
    importSpecials: split(importSpecials ?? exportSpecials),
    partnerBoosts: BOOSTS[dgddi] ?? {},
  };
}
