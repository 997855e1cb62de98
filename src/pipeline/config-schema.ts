// The settings file's schema (territrade.config.json; docs/configuration.md): every key optional,
// unknown keys refused (a misspelt key would otherwise be silently ignored), each rule with its
// French reason. Read and turned into a Publication by config-file.ts.
import { z } from 'zod';

const MAX_TEXT = 300;
const MAX_PARAGRAPH = 2000;

function text(what: string, max = MAX_TEXT) {
  return z
    .string({ error: `${what} doit être un texte entre guillemets` })
    .trim()
    .min(1, { error: `${what} ne peut pas être vide` })
    .max(max, { error: `${what} ne peut pas dépasser ${max} caractères` });
}

function webAddress(what: string) {
  return z
    .string({ error: `${what} doit être une adresse web entre guillemets` })
    .trim()
    .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(s) && URL.canParse(s), {
      error: `${what} doit être une adresse web complète, commençant par https:// ou http://`,
    });
}

const isoDate = z.string({ error: 'la date doit être un texte AAAA-MM-JJ entre guillemets' }).refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === s;
  },
  { error: 'la date doit exister et s’écrire AAAA-MM-JJ (ex. 2025-06-15)' },
);

const link = z.strictObject(
  {
    texte: text('le texte avant le lien', MAX_PARAGRAPH).optional(),
    libelle: text('le libellé du lien'),
    adresse: webAddress('l’adresse du lien'),
  },
  { error: 'chaque lien doit être un objet { "texte", "libelle", "adresse" }' },
);

export const configSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    editeur: z
      .strictObject(
        {
          nom: text('le nom de l’éditeur').optional(),
          logo: text('le chemin du logo').optional(),
          contact: text('le contact').nullable().optional(),
        },
        { error: '« editeur » doit être un objet { "nom", "logo", "contact" }' },
      )
      .optional(),
    edition: z
      .strictObject(
        { titre: text('le titre').optional(), date: isoDate.optional() },
        { error: '« edition » doit être un objet { "titre", "date" }' },
      )
      .optional(),
    introduction: z
      .array(text('un paragraphe de l’introduction', MAX_PARAGRAPH), {
        error: '« introduction » doit être une liste de paragraphes : [ "…", "…" ]',
      })
      .min(1, { error: '« introduction » doit avoir au moins un paragraphe' })
      .max(10, { error: '« introduction » ne peut pas avoir plus de 10 paragraphes' })
      .optional(),
    liens: z
      .array(link, { error: '« liens » doit être une liste : [ { "texte", "libelle", "adresse" } ]' })
      .max(12, { error: '« liens » ne peut pas avoir plus de 12 liens' })
      .optional(),
    adresse_du_site: webAddress('« adresse_du_site »').optional(),
  },
  { error: 'le fichier doit contenir un objet JSON : { … }' },
);

export type ConfigFile = z.infer<typeof configSchema>;
