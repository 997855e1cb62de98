// The settings file on a real build (issue 24 point 6): territrade.config.json of the current
// folder changes the publisher, logo, contact, links, introduction and title on the web page, on
// paper (the PDF's text) and in the PDF's metadata; a malformed one is refused with its line and
// reason before anything of the output folder changes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { chromiumTool, pdftotextTool, skipWithout } from '../helpers/tools.js';
import { pdfText as pdftotext } from '../helpers/pdf-text.js';

const skipPdf = skipWithout([chromiumTool(), pdftotextTool()], 'réglages sur le PDF (Chromium, pdftotext, pdfinfo)');

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#123456"/></svg>';

const CONFIG = {
  editeur: { nom: 'Agence de test des territoires', logo: 'logo/editeur.svg', contact: 'contact@exemple.fr' },
  edition: { titre: 'Le commerce extérieur en bref', date: '2025-06-15' },
  introduction: ["Premier paragraphe propre à l'éditeur, pour {territoire} {periode}.", 'Second paragraphe.'],
  liens: [
    {
      texte: 'Une série de portraits a été publiée en octobre 2024 :',
      libelle: "Portraits socio-économiques des Territoires d'Industrie",
      adresse: 'https://exemple.fr/portraits',
    },
  ],
  adresse_du_site: 'https://exemple.fr/commerce',
};

function pdfText(file: string): string {
  return pdftotext(file, { layout: true }).replace(/\s+/g, ' ');
}

describe('the settings file', () => {
  it.skipIf(skipPdf)(
    'changes the publisher, logo, contact, links, introduction and title on the web, on paper and in the PDF metadata',
    () => {
      const dir = tempDir('territrade-config-');
      fs.mkdirSync(path.join(dir, 'logo'));
      fs.writeFileSync(path.join(dir, 'logo', 'editeur.svg'), SVG);
      fs.writeFileSync(path.join(dir, 'territrade.config.json'), JSON.stringify(CONFIG, null, 2));
      const out = path.join(dir, 'out');
      const r = runCli(['build', '--store', inject('demoStore'), '--out', out, '--only', '42'], {}, dir);
      expect(r.code, r.stderr).toBe(0);

      const html = fs.readFileSync(path.join(out, 'departements', '42-loire.html'), 'utf8');
      expect(html).toContain('<span class="publisher-name">Agence de test des territoires</span>');
      expect(html).toContain(`src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}"`);
      expect(html).toContain('<h1>Le commerce extérieur en bref</h1>');
      expect(html).toContain('Édition du 15\u00A0juin\u00A02025');
      expect(html).toContain('<p>Premier paragraphe propre à l’éditeur, pour Loire en 2024.</p>');
      expect(html).not.toContain('Cette fiche rassemble les principaux indicateurs');
      expect(html).toContain(
        '<a href="https://exemple.fr/portraits">Portraits socio-économiques des Territoires d’Industrie</a>',
      );
      expect(html).not.toContain('actualités de l’ANCT');
      expect(html).toContain('<a href="mailto:contact@exemple.fr">contact@exemple.fr</a>');
      expect(html).toMatch(/<title>Loire \(42\) — Le commerce extérieur en bref 2024<\/title>/);
      // The site's other pages are titled by the edition's title too, and so is the fiche's workbook.
      const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(index).toMatch(/<title>Le commerce extérieur en bref — 2024 \(démonstration\)<\/title>/);
      for (const page of ['comparer.html', 'classements.html'])
        expect(fs.readFileSync(path.join(out, page), 'utf8')).toMatch(
          /<title>[^<]+ — Le commerce extérieur en bref 2024 /,
        );
      expect(index + fs.readFileSync(path.join(out, 'comparer.html'), 'utf8')).not.toContain('Les indicateurs clés');

      const pdf = path.join(out, 'departements', '42-loire.pdf');
      const text = pdfText(pdf);
      expect(text).toContain('Agence de test des territoires');
      expect(text).toContain('Premier paragraphe propre à l’éditeur, pour Loire en 2024.');
      expect(text).toContain('Portraits socio-économiques des Territoires d’Industrie');
      expect(text).toContain('Contact : contact@exemple.fr');
      expect(text).not.toContain('actualités de l’ANCT');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/^Title: +Loire \(42\) — Le commerce extérieur en bref 2024$/m);
      expect(info).toMatch(/^Author: +Agence de test des territoires \(territrade\)/m);
      const xmp = spawnSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' }).stdout;
      expect(xmp).toContain('Agence de test des territoires (territrade)');
    },
    300_000,
  );

  it('refuses a malformed file with its line and reason, the output folder untouched', () => {
    const dir = tempDir('territrade-config-');
    const file = path.join(dir, 'reglages.json');
    fs.writeFileSync(file, '{\n  "edition": {\n    "date": "juin 2025"\n  }\n}\n');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'avant');
    const r = runCli(['build', '--store', inject('demoStore'), '--out', out, '--only', '42', '--config', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.replace(/\u00A0/g, ' ')).toContain(
      `fichier de réglages ${file}, ligne 3 : « edition › date » : la date doit exister et s’écrire AAAA-MM-JJ (ex. 2025-06-15).`,
    );
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('avant');
  });
});
