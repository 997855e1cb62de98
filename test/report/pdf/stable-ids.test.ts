// Chromium's node ids in a tagged PDF, renumbered so that a fiche's bytes do not depend on the
// fiches printed before it in the same browser.
import { describe, expect, it } from 'vitest';
import { withStableNodeIds } from '../../../src/report/pdf/stable-ids.js';

/** The structure elements of a two-column table as Chromium writes them, its ids counted from `first`. */
function taggedTable(first: number): Buffer {
  const id = (k: number) => `node${String(first + k).padStart(8, '0')}`;
  return Buffer.from(
    [
      '%PDF-1.4',
      `10 0 obj\n<</Type /StructElem /S /TH /ID (${id(0)})>>\nendobj`,
      `11 0 obj\n<</Type /StructElem /S /TH /ID (${id(1)})>>\nendobj`,
      `12 0 obj\n<</Type /StructElem /S /TH /ID (${id(4)})>>\nendobj`,
      `13 0 obj\n<</Type /StructElem /S /TD /A [<</O /Table /Headers [(${id(0)}) (${id(4)})]>>]>>\nendobj`,
      `14 0 obj\n<</Type /StructElem /S /TD /A [<</O /Table /Headers [(${id(1)}) (${id(4)})]>>]>>\nendobj`,
      'xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 15>>\nstartxref\n9\n%%EOF',
    ].join('\n'),
    'latin1',
  );
}

describe('identifiants des cellules balisées', () => {
  it('donnent les mêmes octets quel que soit le compteur de Chromium, à longueur égale', () => {
    const early = withStableNodeIds(taggedTable(340));
    const late = withStableNodeIds(taggedTable(4465));
    expect(early.equals(late)).toBe(true);
    expect(early.length).toBe(taggedTable(340).length);
    expect(early.toString('latin1')).toContain('/ID (node00000001)');
  });

  it('gardent chaque cellule reliée à ses en-têtes', () => {
    const text = withStableNodeIds(taggedTable(4465)).toString('latin1');
    expect(text).toContain('/Headers [(node00000001) (node00000003)]');
    expect(text).toContain('/Headers [(node00000002) (node00000003)]');
    expect(text).toContain('/ID (node00000003)');
  });

  it('garde l’ordre des identifiants, donc l’arbre des identifiants (IDTree) trié', () => {
    const idTree = Buffer.from(
      '%PDF-1.4\n9 0 obj\n<</ID (node00004469)>>\nendobj\n10 0 obj\n<</ID (node00004465)>>\nendobj\n' +
        '11 0 obj\n<</Names [(node00004465) 10 0 R (node00004469) 9 0 R]>>\nendobj\n%%EOF',
      'latin1',
    );
    const text = withStableNodeIds(idTree).toString('latin1');
    expect(text).toContain('9 0 obj\n<</ID (node00000002)>>');
    expect(text).toContain('/Names [(node00000001) 10 0 R (node00000002) 9 0 R]');
  });

  it('laisse intact un PDF sans cellules balisées', () => {
    const plain = Buffer.from('%PDF-1.4\n1 0 obj\n<</Title (node)>>\nendobj\n%%EOF', 'latin1');
    expect(withStableNodeIds(plain)).toBe(plain);
  });
});
