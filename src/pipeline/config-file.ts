// The settings file (issue 24 point 6): `--config FILE`, else territrade.config.json in the
// current folder, else the defaults. Strict JSON parsed with its positions (jsonc-parser), checked
// against config-schema.ts (zod); anything wrong is refused in French, naming the file, the line
// and the reason, before the build touches anything.
import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { frenchTypography } from '../format/fr.js';
import { DEFAULT_PUBLICATION, type Publication, type PublicationLogo } from '../model/publication.js';
import { configSchema, type ConfigFile } from './config-schema.js';

export const CONFIG_FILE_NAME = 'territrade.config.json';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'caractère inattendu',
  InvalidNumberFormat: 'nombre mal écrit',
  PropertyNameExpected: 'nom de clé attendu, entre guillemets droits "…"',
  ValueExpected: 'valeur attendue',
  ColonExpected: '« : » attendu après le nom de la clé',
  CommaExpected: 'virgule attendue entre deux éléments',
  CloseBraceExpected: '« } » attendu',
  CloseBracketExpected: '« ] » attendu',
  EndOfFileExpected: 'texte en trop après la fin de l’objet',
  InvalidCommentToken: 'commentaire non permis en JSON',
  UnexpectedEndOfComment: 'commentaire non fermé',
  UnexpectedEndOfString: 'texte non fermé : guillemet " manquant',
  UnexpectedEndOfNumber: 'nombre incomplet',
  InvalidUnicode: 'séquence \\u invalide',
  InvalidEscapeCharacter: 'caractère d’échappement invalide après \\',
  InvalidCharacter: 'caractère de contrôle dans un texte',
};

/** The settings file this run reads: the one named, else the current folder's, else none. */
export function configPath(explicit: string | undefined, cwd = process.cwd()): string | null {
  if (explicit !== undefined) return explicit;
  const local = path.join(cwd, CONFIG_FILE_NAME);
  return fs.existsSync(local) ? local : null;
}

/** The publication's settings: the defaults, overridden by the settings file when there is one. */
export function loadPublication(explicit: string | undefined, cwd = process.cwd()): Publication {
  const file = configPath(explicit, cwd);
  if (file === null) return DEFAULT_PUBLICATION;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : 'illisible';
    throw new UserError(`fichier de réglages ${file} : ${why}.`);
  }
  return publicationOf(parseConfig(file, text), file, text);
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function refuse(file: string, text: string, offset: number, reason: string): UserError {
  return new UserError(`fichier de réglages ${file}, ligne ${lineAt(text, offset)} : ${reason}.`);
}

/** The file's content checked against the schema. */
export function parseConfig(file: string, text: string): ConfigFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) throw refuse(file, text, first.offset, SYNTAX[printParseErrorCode(first.error)] ?? 'JSON invalide');
  if (root === undefined) throw refuse(file, text, 0, 'le fichier est vide ; il doit contenir un objet JSON { … }');
  const result = configSchema.safeParse(JSON.parse(text));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw refuse(file, text, issueOffset(root, issue), issueReason(issue));
}

function keyName(p: PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? String(k + 1) : String(k))).join(' › ');
}

function issueReason(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `« ${keyName(issue.path)} » : ` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
    return `${where}clé inconnue ${keys} (voir docs/configuration.md pour les clés possibles)`;
  }
  return `${where}${issue.message}`;
}

/** Where the issue is: the unknown key's property, else the value at its path, else the nearest parent. */
function issueOffset(root: Node, issue: z.core.$ZodIssue): number {
  const at = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = findNodeAtLocation(root, [...at, issue.keys[0]!]);
    if (key?.parent) return key.parent.offset;
  }
  for (let n = at.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, at.slice(0, n));
    if (node) return node.offset;
  }
  return 0;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The logo file, relative to the settings file; PNG or SVG by its content, not its name. */
function readLogo(logo: string, file: string, text: string, root: Node): PublicationLogo {
  const at = findNodeAtLocation(root, ['editeur', 'logo'])?.offset ?? 0;
  const target = path.resolve(path.dirname(file), logo);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(target);
  } catch {
    throw refuse(file, text, at, `« editeur › logo » : fichier ${target} introuvable ou illisible`);
  }
  if (bytes.length > MAX_LOGO_BYTES)
    throw refuse(file, text, at, `« editeur › logo » : ${target} dépasse 2 Mo ; réduisez l’image`);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return { mediaType: 'image/png', base64: bytes.toString('base64') };
  const head = bytes.subarray(0, 4096).toString('utf8');
  if (/<svg[\s>]/.test(head) && !head.includes('\uFFFD'))
    return { mediaType: 'image/svg+xml', base64: bytes.toString('base64') };
  throw refuse(file, text, at, `« editeur › logo » : ${target} n’est ni une image PNG ni une image SVG`);
}

function typeset(s: string): string {
  return frenchTypography(s);
}

function publicationOf(c: ConfigFile, file: string, text: string): Publication {
  const d = DEFAULT_PUBLICATION;
  const root = parseTree(text)!;
  const site = c.adresse_du_site;
  return {
    publisher: {
      name: c.editeur?.nom !== undefined ? typeset(c.editeur.nom) : d.publisher.name,
      logo: c.editeur?.logo !== undefined ? readLogo(c.editeur.logo, file, text, root) : d.publisher.logo,
      contact: c.editeur?.contact !== undefined ? c.editeur.contact && typeset(c.editeur.contact) : d.publisher.contact,
    },
    edition: {
      title: c.edition?.titre !== undefined ? typeset(c.edition.titre) : d.edition.title,
      date: c.edition?.date ?? d.edition.date,
    },
    introduction: c.introduction?.map(typeset) ?? d.introduction,
    links:
      c.liens?.map((l) => ({ lead: l.texte ? typeset(l.texte) : '', label: typeset(l.libelle), url: l.adresse })) ??
      d.links,
    siteUrl: site === undefined ? d.siteUrl : site.endsWith('/') ? site : `${site}/`,
  };
}
