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

export function exportReadme(facts: ExportFacts & { format: 'parquet' | 'csv' }): string {
  const ext = facts.format;
  const lines = [
    facts.demo
      ? `*** ${DEMO_NOTICE.toUpperCase()} ***\nCes montants ont été inventés par « territrade demo » : ce ne sont pas des chiffres de la DGDDI.\nChaque ligne porte demo = true.\n`
      : '',
    `Export de territrade ${facts.version} — années ${facts.years.join(', ')}.`,
    '',
    `echanges/year=AAAA/flow=E|I/*.${ext}`,
    '  Les lignes de la base (commerce extérieur par trimestre, département, activité A129, produit CPF4',
    '  et pays), avec leurs libellés : departement_code/name, region_code/name (Insee), a129_name,',
    '  a17, a17_name, cpf4_name, country_name ; value_eur (euros), mass_kg ; demo ; source_file.',
    '  Les colonnes year et flow sont dans les noms des dossiers (partitionnement « hive »).',
    `indicateurs.${ext}`,
    '  Chaque indicateur de chaque territoire (départements, régions, France) et de chaque année :',
    '  territory_kind, territory_code, territory_name, period (2024, ou 2024-T1T2T3 pour une année',
    '  incomplète), indicator (chemin dans « territrade figures --json » : exports.total_eur,',
    '  partners.US.exports_eur, activities.exports.C29A.share, dependencies.imports.C20B.CN.share…,',
    '  unique pour un territoire et une période), label (noms des éléments du chemin : « Allemagne »,',
    '  « Produits chimiques — Chine »), value, demo.',
    '',
    facts.demo ? `${DEMO_NOTICE} : aucune source à citer.` : `${DGDDI_SOURCE}.`,
    "Libellés : DGDDI (A129, CPF4, pays), Insee (A17, départements et régions, via le découpage administratif d'Etalab), Licence Ouverte.",
    '',
  ];
  return lines.join('\n').replace(/^\n/, '');
}
