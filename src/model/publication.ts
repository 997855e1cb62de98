// The publisher's identity and own words (issue 24 point 6): set by the settings file
// (territrade.config.json or --config, read by pipeline/config-file.ts), plain data every layer
// may read. DEFAULT_PUBLICATION gives the texts of the publication as shipped.

/** A logo the pages embed (a fiche stands alone: no file beside it to fetch). */
export interface PublicationLogo {
  mediaType: 'image/svg+xml' | 'image/png';
  /** The file's bytes in base64. */
  base64: string;
}

/** A link of « Informations pratiques », after the sentence that introduces it. */
export interface PublicationLink {
  /** Plain text before the link ('' for none): `Portraits publiés en octobre 2024 :`. */
  lead: string;
  /** The link's text. */
  label: string;
  /** An absolute http(s) address. */
  url: string;
}

export interface Publication {
  publisher: {
    /** Who publishes the fiches (the masthead, the PDF's author); null: territrade alone. */
    name: string | null;
    logo: PublicationLogo | null;
    /** An e-mail address (linked with mailto:) or a plain text; null: no contact line. */
    contact: string | null;
  };
  edition: {
    /** The publication's title (masthead, page titles, paper footer). */
    title: string;
    /** The edition's date, `YYYY-MM-DD`, said under the masthead; null: not said. */
    date: string | null;
  };
  /**
   * The introduction's paragraphs, plain text; `{territoire}` becomes « de la Loire », `{nom}`
   * « Loire », `{periode}` « en 2024 ». Null: the built-in introduction.
   */
  introduction: string[] | null;
  /** The « Pour aller plus loin » links of « Informations pratiques », in order. */
  links: PublicationLink[];
  /** The site's public address, ending with '/' (`https://exemple.fr/commerce/`); null when unknown. */
  siteUrl: string | null;
}

export const DEFAULT_TITLE = 'Les indicateurs clés\u00A0: commerce extérieur';

export const DEFAULT_PUBLICATION: Publication = {
  publisher: { name: null, logo: null, contact: 'territoires-industrie@anct.gouv.fr' },
  edition: { title: DEFAULT_TITLE, date: null },
  introduction: null,
  links: [
    {
      lead: 'Programme Territoires d’industrie\u00A0:',
      label: 'actualités de l’ANCT',
      url: 'https://anct.gouv.fr/actualites',
    },
    {
      lead: 'Direction générale des entreprises\u00A0:',
      label: 'actualités de la DGE',
      url: 'https://www.entreprises.gouv.fr/la-dge/actualites',
    },
  ],
  siteUrl: null,
};

/**
 * The public address of a file of the site (`departements/42-loire.html`, relative to the
 * site's root), or null when the settings give no public address.
 */
export function publicAddress(p: Publication, sitePath: string): string | null {
  if (p.siteUrl === null) return null;
  return new URL(sitePath.split('/').map(encodeURIComponent).join('/'), p.siteUrl).href;
}

/** The logo as a data: URL for an <img>. */
export function logoDataUrl(logo: PublicationLogo): string {
  return `data:${logo.mediaType};base64,${logo.base64}`;
}
