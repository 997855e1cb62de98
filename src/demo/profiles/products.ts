// Invented but plausible national profile of each A129 goods code: its share of French exports
// and imports (per cent, roughly the structure of recent years: aerospace, pharmacy, cars,
// cosmetics and beverages lead exports; hydrocarbons, cars, machinery and electronics lead
// imports) and a typical value per kilogram, from which the mass column is derived.

export interface ProductProfile {
  /** Share of national exports, per cent (relative weight). */
  exports: number;
  /** Share of national imports, per cent (relative weight). */
  imports: number;
  /** Typical euros per kg; 0 means goods without mass (electricity). */
  eurPerKg: number;
}

// code: [exports %, imports %, €/kg]
const TABLE: Record<string, [number, number, number]> = {
  A01Z: [2.5, 2.0, 0.4],
  A02Z: [0.2, 0.1, 0.1],
  A03Z: [0.1, 0.4, 5],
  B05Z: [0.01, 0.3, 0.15],
  B06Z: [0.3, 9.0, 0.5],
  B07Z: [0.05, 0.5, 0.1],
  B08Z: [0.3, 0.4, 0.05],
  C10A: [0.8, 1.0, 4],
  C10B: [0.3, 0.6, 6],
  C10C: [0.5, 0.8, 1.5],
  C10D: [0.4, 0.6, 1.2],
  C10E: [1.4, 0.7, 4],
  C10F: [0.6, 0.3, 0.6],
  C10G: [0.5, 0.5, 3],
  C10H: [1.7, 1.4, 4],
  C10K: [0.5, 0.4, 1],
  C11Z: [3.0, 0.6, 5],
  C12Z: [0.1, 0.5, 30],
  C13Z: [0.6, 0.8, 8],
  C14Z: [1.6, 3.0, 25],
  C15Z: [2.3, 1.8, 40],
  C16Z: [0.4, 0.6, 0.6],
  C17A: [0.7, 0.8, 0.9],
  C17B: [0.5, 0.5, 2],
  C18Z: [0.02, 0.02, 10],
  C19Z: [2.5, 4.5, 0.8],
  C20A: [5.5, 5.5, 1.5],
  C20B: [4.0, 1.3, 20],
  C20C: [2.0, 1.5, 4],
  C21Z: [6.0, 5.0, 120],
  C22A: [0.8, 0.7, 4],
  C22B: [1.3, 1.8, 4],
  C23A: [0.6, 0.5, 2],
  C23B: [0.8, 0.9, 0.3],
  C24A: [1.8, 2.0, 1],
  C24B: [2.5, 2.5, 5],
  C24C: [0.1, 0.1, 3],
  C25A: [0.4, 0.4, 3],
  C25B: [0.2, 0.2, 4],
  C25C: [0.3, 0.1, 60],
  C25E: [1.5, 1.8, 8],
  C26A: [1.5, 2.0, 150],
  C26B: [1.0, 2.3, 80],
  C26C: [0.8, 2.2, 150],
  C26D: [0.2, 0.5, 40],
  C26E: [1.8, 1.4, 100],
  C26F: [0.4, 0.4, 150],
  C26G: [0.3, 0.4, 150],
  C27A: [0.5, 1.2, 8],
  C27B: [3.0, 3.6, 15],
  C28A: [3.5, 3.6, 20],
  C28B: [0.4, 0.6, 8],
  C28C: [0.4, 0.5, 20],
  C28D: [2.0, 1.7, 25],
  C29A: [5.0, 7.0, 12],
  C29B: [3.0, 3.0, 10],
  C30A: [0.5, 0.3, 15],
  C30B: [0.3, 0.1, 15],
  C30C: [10.0, 5.0, 1500],
  C30D: [0.05, 0.01, 30],
  C30E: [0.2, 0.5, 15],
  C31Z: [0.3, 1.2, 4],
  C32A: [2.0, 1.5, 3000],
  C32B: [1.0, 1.3, 60],
  C32C: [0.4, 0.9, 10],
  D35A: [2.0, 0.6, 0],
  D35B: [0.01, 0.01, 0.5],
  E37Z: [0.001, 0.001, 0.05],
  E38Z: [0.5, 0.3, 0.3],
  J58Z: [0.3, 0.4, 15],
  J59Z: [0.02, 0.03, 30],
  M71Z: [0.001, 0.001, 100],
  M74Z: [0.001, 0.001, 50],
  R90Z: [0.5, 0.3, 500],
  R91Z: [0.2, 0.15, 200],
  S96Z: [0.002, 0.002, 50],
};

/** A code missing from the table (a future A129 code) trades a little at 10 €/kg. */
const FALLBACK: ProductProfile = { exports: 0.01, imports: 0.01, eurPerKg: 10 };

export function productProfile(a129: string): ProductProfile {
  const row = TABLE[a129];
  return row ? { exports: row[0], imports: row[1], eurPerKg: row[2] } : FALLBACK;
}
