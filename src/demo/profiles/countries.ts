// Invented but plausible partner profile of French trade: main partners with their approximate
// share (per cent) of exports and imports, the codes never used as partners, and a few products
// whose partners differ from the average (hydrocarbons, electricity, aircraft).

// code: [exports %, imports %]
const MAIN_PARTNERS: Record<string, [number, number]> = {
  DE: [13.5, 14.5],
  BE: [7.0, 9.5],
  IT: [7.5, 8.0],
  ES: [7.8, 7.0],
  US: [8.0, 6.5],
  NL: [4.5, 7.5],
  GB: [5.5, 3.2],
  CH: [3.5, 3.3],
  CN: [4.0, 8.5],
  PL: [2.0, 1.9],
  PT: [1.2, 1.4],
  IE: [1.0, 1.9],
  JP: [1.2, 1.1],
  SG: [1.2, 0.5],
  AE: [1.0, 0.4],
  TR: [1.0, 1.1],
  KR: [0.9, 0.7],
  IN: [0.9, 0.8],
  SE: [1.0, 0.8],
  AT: [0.8, 0.7],
  CZ: [0.8, 1.1],
  CA: [0.7, 0.6],
  NO: [0.4, 2.2],
  DZ: [0.9, 0.9],
  MA: [1.0, 1.1],
  HK: [0.9, 0.3],
  SA: [0.5, 0.6],
  DK: [0.7, 0.6],
  RO: [0.6, 0.7],
  HU: [0.5, 0.6],
  TN: [0.5, 0.8],
  BR: [0.6, 0.5],
  MX: [0.5, 0.3],
  AU: [0.5, 0.3],
  GR: [0.5, 0.2],
  FI: [0.4, 0.3],
  SK: [0.3, 0.6],
  VN: [0.2, 1.0],
  TW: [0.4, 0.6],
  LU: [0.5, 0.4],
  IL: [0.3, 0.2],
  QA: [0.4, 0.5],
  KZ: [0.05, 0.8],
  NG: [0.1, 0.6],
  LY: [0.05, 0.6],
  IQ: [0.05, 0.3],
  TH: [0.3, 0.6],
  MY: [0.3, 0.4],
  ID: [0.2, 0.3],
  ZA: [0.3, 0.2],
  EG: [0.3, 0.2],
  SN: [0.3, 0.05],
  CI: [0.3, 0.2],
  BG: [0.2, 0.2],
  HR: [0.2, 0.05],
  SI: [0.2, 0.2],
  LT: [0.15, 0.2],
  UA: [0.3, 0.3],
  RU: [0.2, 0.5],
  BD: [0.01, 0.5],
  PK: [0.05, 0.1],
  CL: [0.15, 0.1],
  AR: [0.15, 0.1],
  CO: [0.1, 0.1],
  PE: [0.05, 0.08],
  NZ: [0.1, 0.05],
  PH: [0.1, 0.15],
  KW: [0.1, 0.05],
  OM: [0.08, 0.05],
  CM: [0.15, 0.05],
  GA: [0.1, 0.05],
  AO: [0.05, 0.1],
  AZ: [0.03, 0.4],
  NC: [0.2, 0.03],
  PF: [0.15, 0.01],
  EE: [0.05, 0.05],
  LV: [0.05, 0.05],
  CY: [0.1, 0.02],
  MT: [0.1, 0.02],
  XS: [0.2, 0.2],
  MU: [0.05, 0.03],
  MG: [0.05, 0.08],
  LB: [0.1, 0.01],
  JO: [0.05, 0.01],
  BH: [0.03, 0.01],
  ET: [0.03, 0.03],
  KE: [0.03, 0.03],
  GH: [0.05, 0.05],
  QU: [0.05, 0.05],
  QR: [0.15, 0.02],
  QS: [0.25, 0.03],
};

/**
 * Valid DGDDI codes that are not foreign partners: France itself and its DROM (inside the French
 * customs territory), the EU aggregate, the correction codes, and uninhabited territories.
 */
export const EXCLUDED_PARTNERS: ReadonlySet<string> = new Set([
  'FR',
  'GP',
  'MQ',
  'GF',
  'RE',
  'YT',
  'EU',
  'QQ',
  'QP',
  'AQ',
  'BV',
  'HM',
  'GS',
  'UM',
  'PN',
]);

/** Weight of a partner outside the main list: drawn once per seed in this range (per cent). */
export const TAIL_WEIGHT_RANGE: [number, number] = [0.0005, 0.03];

export function mainPartnerShare(code: string, flow: 'exports' | 'imports'): number | undefined {
  const row = MAIN_PARTNERS[code];
  return row ? row[flow === 'exports' ? 0 : 1] : undefined;
}

/**
 * Products whose partners differ from the national average: multipliers applied to the
 * partners' weights for this product (`flow:a129` or `flow:a129:cpf4`).
 */
const PRODUCT_PARTNER_BOOSTS: Record<string, Record<string, number>> = {
  'imports:B06Z:0610': {
    NO: 15,
    US: 8,
    KZ: 25,
    LY: 25,
    NG: 25,
    SA: 15,
    DZ: 12,
    IQ: 20,
    AZ: 20,
    AO: 10,
    DE: 0.05,
    IT: 0.1,
    ES: 0.1,
    CN: 0.01,
  },
  'imports:B06Z:0620': { NO: 25, US: 6, RU: 20, QA: 20, DZ: 10, NL: 2, BE: 2, NG: 10, CN: 0.01, DE: 0.2 },
  'imports:C19Z': { BE: 2, NL: 3, US: 2, IN: 3, SA: 5, AE: 4, KW: 10, GB: 2, CN: 0.05 },
  'imports:D35A': { DE: 3, BE: 3, CH: 6, ES: 4, IT: 2, GB: 3, CN: 0, US: 0 },
  'exports:D35A': { DE: 2, BE: 3, CH: 6, IT: 6, ES: 3, GB: 4, CN: 0, US: 0 },
  'exports:C30C': { CN: 4, US: 2, AE: 4, SG: 4, QA: 3, IN: 3, DE: 2, GB: 1.5, JP: 2 },
  'imports:C30C': { US: 4, DE: 3, GB: 2, CA: 3, ES: 1.5 },
  'exports:C11Z': { US: 3, GB: 2.5, CN: 2, SG: 2, HK: 3, JP: 2, CH: 1.5 },
};

/** Partner multipliers for one product, or undefined when it follows the national pattern. */
export function productPartnerBoost(
  flow: 'exports' | 'imports',
  a129: string,
  cpf4: string,
): Readonly<Record<string, number>> | undefined {
  return PRODUCT_PARTNER_BOOSTS[`${flow}:${a129}:${cpf4}`] ?? PRODUCT_PARTNER_BOOSTS[`${flow}:${a129}`];
}
