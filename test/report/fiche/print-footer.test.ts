import { describe, expect, it } from 'vitest';
import { cssString, printFooterCss } from '../../../src/report/fiche/print-footer.js';

describe('pied de page imprimé', () => {
  it('écrit des chaînes CSS sûres : guillemets, barres obliques, fins de ligne et « < » échappés', () => {
    expect(cssString('Côte-d’Or (21)')).toBe('"Côte-d’Or (21)"');
    expect(cssString('a"b\\c\nd</style>')).toBe('"a\\22 b\\5c c\\a d\\3c /style>"');
  });

  it('nomme la fiche, le territoire et l’année à gauche, le numéro de page à droite, la mention de démonstration au milieu', () => {
    const demo = printFooterCss('Les indicateurs clés : commerce extérieur — Loire (42) — 2024', true);
    expect(demo).toMatch(
      /^@page \{ @bottom-left \{ content: "Les indicateurs clés : commerce extérieur — Loire \(42\) — 2024"; [^}]*\} @bottom-center \{ content: "Données fictives de démonstration"; [^}]*\} @bottom-right \{ content: "Page " counter\(page\) " \/ " counter\(pages\); [^}]*\} \}$/,
    );
    const real = printFooterCss('x', false);
    expect(real).not.toContain('@bottom-center');
    expect(real).toContain('@bottom-right');
  });
});
