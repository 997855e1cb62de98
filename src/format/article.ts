// A territory's name after « de » or as a subject: « de la Loire », « du Rhône », « d’Ain »…
// The article comes from INSEE's TNCC (« type de nom en clair », Code officiel géographique),
// which Etalab's découpage administratif carries as `typeLiaison`.

/**
 * INSEE's TNCC: 0 no article, consonant (« de Paris »); 1 no article, vowel (« d’Occitanie »);
 * 2 « le » (« du Rhône »); 3 « la » (« de la Loire »); 4 « les » (« des Landes »); 5 « l’ »
 * (« de l’Ain »); 6 « aux »; 7 « las »; 8 « los ».
 */
export type Tncc = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** A name with its TNCC. */
export interface NameWithArticle {
  name: string;
  tncc: Tncc;
}

const APOSTROPHE = '’';

const ARTICLE: Record<Tncc, string> = {
  0: '',
  1: '',
  2: 'le ',
  3: 'la ',
  4: 'les ',
  5: `l${APOSTROPHE}`,
  6: 'aux ',
  7: 'las ',
  8: 'los ',
};
const OF: Record<Tncc, string> = {
  0: 'de ',
  1: `d${APOSTROPHE}`,
  2: 'du ',
  3: 'de la ',
  4: 'des ',
  5: `de l${APOSTROPHE}`,
  6: 'des ',
  7: 'de las ',
  8: 'de los ',
};

/** The name with its article: 'la Loire', 'le Rhône', 'l’Ain', 'Auvergne-Rhône-Alpes', 'la France'. */
export function theName(t: NameWithArticle): string {
  return `${ARTICLE[t.tncc]}${t.name}`;
}

/** The name after « de »: 'de la Loire', 'du Rhône', 'des Bouches-du-Rhône', 'de l’Ain', 'd’Auvergne-Rhône-Alpes'. */
export function ofName(t: NameWithArticle): string {
  return `${OF[t.tncc]}${t.name}`;
}
