// Territory names in generated sentences (issue 20 follow-up): every région, département and
// France takes the article French usage gives it, as a subject (« L’Auvergne-Rhône-Alpes
// occupe… »), within a sentence (« Si la Normandie y vendait… ») and after « de » (« des
// exportations de l’Occitanie »). Régions follow usage, not the COG's TNCC, which gives most of
// them no article (« Auvergne-Rhône-Alpes occupe… », « de Bretagne »).
import { describe, expect, it } from 'vitest';
import { ofName } from '../../../src/format/article.js';
import { departements, regions, toTerritoryRef } from '../../../src/reference/territories.js';
import { territoryTncc } from '../../../src/reference/territory-article.js';
import type { TerritoryRef } from '../../../src/model/territory.js';
import { displayName, laterSubject, nameInSentence, subjectName } from '../../../src/report/fiche/wording.js';

const region = (code: string): TerritoryRef =>
  toTerritoryRef({ kind: 'region', region: regions().find((r) => r.code === code)! });
const of = (t: TerritoryRef) => ofName({ name: t.name, tncc: territoryTncc(t) });

/** Subject, then after « de », for each of the 18 régions. */
const REGIONS: Record<string, [string, string]> = {
  '01': ['La Guadeloupe', 'de la Guadeloupe'],
  '02': ['La Martinique', 'de la Martinique'],
  '03': ['La Guyane', 'de la Guyane'],
  '04': ['La Réunion', 'de La Réunion'],
  '06': ['Mayotte', 'de Mayotte'],
  '11': ['L’Île-de-France', 'de l’Île-de-France'],
  '24': ['Le Centre-Val de Loire', 'du Centre-Val de Loire'],
  '27': ['La Bourgogne-Franche-Comté', 'de la Bourgogne-Franche-Comté'],
  '28': ['La Normandie', 'de la Normandie'],
  '32': ['Les Hauts-de-France', 'des Hauts-de-France'],
  '44': ['Le Grand Est', 'du Grand Est'],
  '52': ['Les Pays de la Loire', 'des Pays de la Loire'],
  '53': ['La Bretagne', 'de la Bretagne'],
  '75': ['La Nouvelle-Aquitaine', 'de la Nouvelle-Aquitaine'],
  '76': ['L’Occitanie', 'de l’Occitanie'],
  '84': ['L’Auvergne-Rhône-Alpes', 'de l’Auvergne-Rhône-Alpes'],
  '93': ['La Provence-Alpes-Côte d’Azur', 'de la Provence-Alpes-Côte d’Azur'],
  '94': ['La Corse', 'de la Corse'],
};

/** Usage's article (the COG's TNCC for départements): what a name may start with in a sentence. */
const ARTICLED = /^(le |la |les |l’|La Réunion|Mayotte)/;

describe('territory names in sentences', () => {
  it('gives each of the 18 régions its article, as a subject and after « de »', () => {
    expect(
      regions()
        .map((r) => r.code)
        .sort(),
    ).toEqual(Object.keys(REGIONS).sort());
    for (const [code, [subject, after]] of Object.entries(REGIONS)) {
      const t = region(code);
      expect(subjectName(t).replace(/'/g, '’'), code).toBe(subject);
      expect(of(t).replace(/'/g, '’'), code).toBe(after);
      expect(nameInSentence(t), code).toMatch(ARTICLED);
    }
  });

  it('names each of the 101 départements with the COG’s article, never « de » before a vowel nor « de le/les »', () => {
    const all = departements().map((d) => toTerritoryRef({ kind: 'departement', departement: d }));
    expect(all).toHaveLength(101);
    for (const t of all) {
      const name = nameInSentence(t);
      expect(name.endsWith(displayName(t)), t.code).toBe(true);
      expect(subjectName(t).charAt(0), t.code).toBe(name.charAt(0).toUpperCase());
      expect(of(t), t.code).not.toMatch(/^de [AEIOUYÉÈÊÎÔ]|^de les? /);
      expect(laterSubject(t), t.code).toMatch(/^(elle|il|l’|les |la principauté|[A-ZÉÈÎ])/);
    }
    const loire = all.find((t) => t.code === '42')!;
    expect([subjectName(loire), of(loire)]).toEqual(['La Loire (42)', 'de la Loire']);
    const ain = all.find((t) => t.code === '01')!;
    expect([subjectName(ain), of(ain)]).toEqual(['L’Ain (01)', 'de l’Ain']);
    const landes = all.find((t) => t.code === '40')!;
    expect([subjectName(landes), of(landes)]).toEqual(['Les Landes (40)', 'des Landes']);
  });

  it('names France « la France »', () => {
    const france = toTerritoryRef({ kind: 'france' });
    expect(subjectName(france)).toBe('La France entière');
    expect(of(france)).toBe('de la France');
    expect(laterSubject(france)).toBe('elle');
  });

  it('takes « elle », « il » or the name again later in a sentence about a région', () => {
    expect(laterSubject(region('28'))).toBe('elle');
    expect(laterSubject(region('44'))).toBe('il');
    expect(laterSubject(region('84'))).toBe('l’Auvergne-Rhône-Alpes');
    expect(laterSubject(region('32'))).toBe('les Hauts-de-France');
  });
});
