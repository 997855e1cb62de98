// The settings file (issue 24 point 6): the documented example is valid and read as written; a
// malformed file is refused naming the file, the line and the reason.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION, publicAddress } from '../../src/model/publication.js';
import { CONFIG_FILE_NAME, loadPublication } from '../../src/pipeline/config-file.js';
import { failure } from '../helpers/failure.js';
import { tempDir } from '../helpers/temp-dir.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n';

/** The full example of docs/configuration.md. */
function documentedExample(): string {
  const doc = fs.readFileSync('docs/configuration.md', 'utf8');
  return /## Exemple complet\n\n```json\n([\s\S]*?)```/.exec(doc)![1]!;
}

function write(dir: string, text: string, name = CONFIG_FILE_NAME): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The French refusal of loading `file`. */
function refused(file: string): Promise<string> {
  return failure(Promise.resolve().then(() => loadPublication(file)));
}

async function refusal(text: string): Promise<string> {
  const file = write(tempDir('territrade-config-'), text);
  return (await refused(file)).replace(file, 'FICHIER');
}

describe('settings file', () => {
  it('gives the defaults without a file', () => {
    expect(loadPublication(undefined, tempDir('territrade-config-'))).toBe(DEFAULT_PUBLICATION);
  });

  it('reads the documented example, from the current folder, with its logo beside it', () => {
    const dir = tempDir('territrade-config-');
    fs.writeFileSync(path.join(dir, 'logo-anct.svg'), SVG);
    write(dir, documentedExample());
    const p = loadPublication(undefined, dir);
    expect(p.publisher.name).toBe('Agence nationale de la cohésion des territoires');
    expect(p.publisher.logo).toEqual({ mediaType: 'image/svg+xml', base64: Buffer.from(SVG).toString('base64') });
    expect(p.publisher.contact).toBe('territoires-industrie@anct.gouv.fr');
    // French typography: a no-break space before the colon, typographic apostrophes.
    expect(p.edition).toEqual({ title: 'Les indicateurs clés\u00A0: commerce extérieur', date: '2025-06-15' });
    expect(p.introduction).toHaveLength(2);
    expect(p.introduction![0]).toContain('programme Territoires d’industrie');
    expect(p.introduction![0]).toContain('{territoire} {periode}');
    expect(p.links.map((l) => l.label)).toEqual([
      'Portraits socio-économiques des Territoires d’Industrie',
      'Dossier de presse de la dernière Assemblée générale',
      'actualités de la DGE',
    ]);
    expect(p.links[2]!.lead).toBe('Direction générale des entreprises\u00A0:');
    expect(p.siteUrl).toBe('https://exemple.fr/commerce-exterieur/');
    expect(publicAddress(p, 'departements/42-loire.html')).toBe(
      'https://exemple.fr/commerce-exterieur/departements/42-loire.html',
    );
  });

  it('keeps the defaults of the keys it does not set, and reads a PNG logo by its content', () => {
    const dir = tempDir('territrade-config-');
    fs.writeFileSync(path.join(dir, 'logo.img'), PNG);
    const file = write(dir, '{ "editeur": { "logo": "logo.img", "contact": null }, "liens": [] }', 'autre.json');
    const p = loadPublication(file, tempDir('territrade-config-'));
    expect(p.publisher.logo?.mediaType).toBe('image/png');
    expect(p.publisher.contact).toBeNull();
    expect(p.links).toEqual([]);
    expect(p.edition).toEqual(DEFAULT_PUBLICATION.edition);
    expect(p.introduction).toBeNull();
    expect(p.siteUrl).toBeNull();
    expect(publicAddress(p, 'index.html')).toBeNull();
  });

  it('refuses a JSON syntax error with its line', async () => {
    expect(await refusal('{\n  "editeur": {\n    "nom": "ANCT"\n    "contact": "x"\n  }\n}\n')).toBe(
      'fichier de réglages FICHIER, ligne 4 : virgule attendue entre deux éléments.',
    );
    expect(await refusal('{\n  // commentaire\n  "liens": []\n}')).toBe(
      'fichier de réglages FICHIER, ligne 2 : commentaire non permis en JSON.',
    );
    expect(await refusal('{ "liens": [], }')).toMatch(/ligne 1 : nom de clé attendu/);
    expect(await refusal('')).toMatch(/ligne 1 : valeur attendue|ligne 1 : le fichier est vide/);
  });

  it('refuses a wrong value with its line, its key and the reason', async () => {
    expect(await refusal('{\n  "edition": {\n    "titre": "Édition",\n    "date": "15/06/2025"\n  }\n}')).toBe(
      'fichier de réglages FICHIER, ligne 4 : « edition › date » : la date doit exister et s’écrire AAAA-MM-JJ (ex. 2025-06-15).',
    );
    expect(await refusal('{\n  "edition": { "date": "2025-02-30" }\n}')).toMatch(
      /ligne 2 : « edition › date » : la date doit exister/,
    );
    expect(
      await refusal(
        '{\n  "liens": [\n    { "libelle": "A", "adresse": "https://a.fr" },\n    { "libelle": "B", "adresse": "a.fr" }\n  ]\n}',
      ),
    ).toBe(
      'fichier de réglages FICHIER, ligne 4 : « liens › 2 › adresse » : l’adresse du lien doit être une adresse web complète, commençant par https:// ou http://.',
    );
    expect(await refusal('{\n  "introduction": "Un seul paragraphe"\n}')).toMatch(
      /ligne 2 : « introduction » : « introduction » doit être une liste de paragraphes/,
    );
    expect(await refusal('{ "editeur": { "nom": "" } }')).toMatch(
      /« editeur › nom » : le nom de l’éditeur ne peut pas être vide/,
    );
    expect(await refusal('[1, 2]')).toMatch(/ligne 1 : le fichier doit contenir un objet JSON/);
  });

  it('refuses an unknown key on its own line', async () => {
    expect(await refusal('{\n  "editeur": {\n    "nom": "ANCT",\n    "contacte": "a@b.fr"\n  }\n}')).toBe(
      'fichier de réglages FICHIER, ligne 4 : « editeur » : clé inconnue « contacte » (voir docs/configuration.md pour les clés possibles).',
    );
  });

  it('refuses a logo that is missing or neither PNG nor SVG', async () => {
    expect(await refusal('{\n  "editeur": {\n    "logo": "absent.png"\n  }\n}')).toMatch(
      /^fichier de réglages FICHIER, ligne 3 : « editeur › logo » : fichier .*absent\.png introuvable ou illisible\.$/,
    );
    const dir = tempDir('territrade-config-');
    fs.writeFileSync(path.join(dir, 'logo.gif'), 'GIF89a');
    const file = write(dir, '{ "editeur": { "logo": "logo.gif" } }');
    expect(await refused(file)).toMatch(/n’est ni une image PNG ni une image SVG/);
  });

  it('refuses a --config file that does not exist', async () => {
    const missing = path.join(tempDir('territrade-config-'), 'absent.json');
    expect(await refused(missing)).toBe(`fichier de réglages ${missing} : fichier introuvable.`);
  });
});
