// What `territrade export` writes next to the data: the notice that travels with the files
// (LISEZ-MOI.txt) and the key-value metadata of every Parquet file. Demo data say so in both,
// and in the `demo` column of every row.
import { DEMO_NOTICE } from './demo-notice.js';

/** Marks a folder written by `territrade export`, which a later export may replace. */
export const EXPORT_MARKER = '.territrade-export';

const DGDDI_SOURCE =
  'Source : Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur, Licence Ouverte / Etalab 2.0';

interface ExportFacts {
  demo: boolean;
  years: number[];
  version: string;
}

/** What the settings file says in the notice: the edition's title, the publisher, the site's address. */
interface PublishedFacts {
  editionTitle: string;
  publisher: string | null;
  address: string | null;
}

function editionLine(p: PublishedFacts): string {
  return [p.editionTitle, p.publisher && `publié par ${p.publisher}`, p.address].filter(Boolean).join(' — ');
}

export function exportMetadata({ demo, years, version }: ExportFacts): Record<string, string> {
  return {
    demo: demo ? 'true' : 'false',
    notice: demo
      ? `${DEMO_NOTICE} : montants inventés par territrade demo, ce ne sont pas des chiffres de la DGDDI.`
      : DGDDI_SOURCE,
    years: years.join(','),
    producer: `territrade ${version}`,
  };
}

/** How each format's files are read (CSV: the codes as text, NA as Namibia). */
const READING: Record<string, string[]> = {
  parquet: ['Lecture : DuckDB, R (arrow ou duckdb) ou pandas avec pyarrow.'],
  csv: [
    'CSV : séparateur « , », point décimal, UTF-8 sans BOM, codes entre guillemets. Lire les codes en texte :',
    '  pandas.read_csv(fichier, dtype=str, keep_default_na=False) garde 01, 2A et NA (Namibie).',
  ],
  'csv-excel': [
    'CSV pour Excel : UTF-8 avec BOM, séparateur « ; », virgule décimale, codes entre guillemets.',
    "  pandas.read_csv(fichier, sep=';', decimal=',', dtype=str, keep_default_na=False).",
  ],
  xlsx: [
    'indicateurs.xlsx : une feuille « Présentation » (source, licence, statut, citation), puis une',
    '  feuille par bloc d’indicateurs ; codes en texte, valeurs en nombres. Les lignes des échanges,',
    '  trop nombreuses pour une feuille Excel, sont en CSV pour Excel : UTF-8 avec BOM, « ; »,',
    "  virgule décimale ; pandas.read_csv(fichier, sep=';', decimal=',', dtype=str, keep_default_na=False).",
  ],
};

export function exportReadme(
  facts: ExportFacts & PublishedFacts & { format: 'parquet' | 'csv' | 'csv-excel' | 'xlsx' },
): string {
  const ext = facts.format === 'parquet' ? 'parquet' : 'csv';
  const figuresExt = facts.format === 'xlsx' ? 'xlsx' : ext;
  const lines = [
    facts.demo
      ? `*** ${DEMO_NOTICE.toUpperCase()} ***\nCes montants ont été inventés par « territrade demo » : ce ne sont pas des chiffres de la DGDDI.\nChaque ligne porte demo = true.\n`
      : '',
    `Export de territrade ${facts.version} — années ${facts.years.join(', ')}.`,
    `${editionLine(facts)}.`,
    '',
    `echanges/year=AAAA/flow=E|I/*.${ext}`,
    '  Les lignes de la base (commerce extérieur par trimestre, département, activité A129, produit CPF4',
    '  et pays), avec leurs libellés : departement_code/name, region_code/name (Insee), a129_name,',
    '  a17, a17_name, cpf4_name, country_name ; value_eur (euros), mass_kg ; demo ; source_file.',
    facts.format === 'parquet'
      ? '  Les colonnes year et flow sont dans les noms des dossiers (partitionnement « hive ») ; period (2024-T1).'
      : '  year, flow et period (2024-T1) sont sur chaque ligne, et dans les noms des dossiers.',
    `indicateurs.${figuresExt}`,
    '  Chaque indicateur de chaque territoire (départements, régions, France) et de chaque année :',
    '  territory_kind, territory_code, territory_name, period (2024, ou 2024-T1T2T3 pour une année',
    '  incomplète), indicator (chemin dans « territrade figures --json » : exports.total_eur,',
    '  partners.US.exports_eur, activities.exports.C29A.share, dependencies.imports.C20B.CN.share…,',
    '  unique pour un territoire et une période), label (noms des éléments du chemin : « Allemagne »,',
    '  « Produits chimiques — Chine »), value, demo.',
    ...READING[facts.format]!,
    '',
    facts.demo ? `${DEMO_NOTICE} : aucune source à citer.` : `${DGDDI_SOURCE}.`,
    "Libellés : DGDDI (A129, CPF4, pays), Insee (A17, départements et régions, via le découpage administratif d'Etalab), Licence Ouverte.",
    '',
  ];
  return lines.join('\n').replace(/^\n/, '');
}
