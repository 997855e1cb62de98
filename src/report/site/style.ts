// The index page's stylesheet, and its font faces (Source Sans 3, latin subset: it covers French,
// '−', '€' and the no-break spaces): linked to the site's shared copy (out/police/) when given its
// folder, else embedded, so that the page looks the same offline everywhere.
import { fontFaceRules } from '../font-css.js';

/** `href`: the shared font folder relative to the page ('police/'); absent: embedded. */
export function fontFaceCss(href?: string): string {
  return fontFaceRules({ subsets: ['latin'], display: 'swap', ...(href === undefined ? {} : { href }) });
}

export const SITE_CSS = `
:root{--texte:#1f2328;--discret:#57606a;--filet:#d0d7de;--fond:#f6f8fa;--accent:#1b4778;--accent-clair:#e8f1fa;--focus:#d97706}
*{box-sizing:border-box}
html{font-family:'Source Sans 3',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--texte);background:#fff;line-height:1.45}
body{margin:0}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.lien-evitement{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.lien-evitement:focus{left:1rem}
.visuellement-cache{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.bandeau{background:var(--accent);color:#fff;padding:1.25rem 0 1.1rem}
.largeur{display:block;max-width:1180px;margin:0 auto;padding:0 1.5rem}
.bandeau p{margin:0;font-size:.95rem;opacity:.9}
.bandeau a{color:#fff}
.bandeau .lien-comparer{margin-top:.4rem;opacity:1;font-weight:600}
.bandeau h1{margin:.1rem 0 .2rem;font-size:1.75rem;font-weight:600;line-height:1.2}
.demo{margin:0;background:#fff4d6;border-bottom:2px solid #c98a00;color:#5c3d00;padding:.6rem 0;font-weight:600}
.note{background:var(--fond);border-left:4px solid var(--filet);padding:.6rem .9rem;margin:0 0 1rem;font-size:.95rem}
.note code{font-size:.9em;white-space:nowrap}
main{max-width:1180px;margin:0 auto;padding:1.25rem 1.5rem 2rem}
.grille{display:grid;grid-template-columns:minmax(0,1.5fr) minmax(300px,1fr);gap:1.5rem;align-items:start}
@media (max-width:860px){.grille{grid-template-columns:minmax(0,1fr)}}
@media (max-width:600px){table.ti-groupements thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.ti-groupements tr{display:block;padding:.4rem 0;border-bottom:1px solid var(--filet)}table.ti-groupements th,table.ti-groupements td{display:block;border:0;padding:.1rem 0;text-align:left}table.ti-groupements td::before{content:attr(data-etiquette) "\\00a0: ";color:var(--discret,#555)}}
h2{font-size:1.3rem;font-weight:600;margin:0 0 .6rem}
h3{font-size:1.05rem;font-weight:600;margin:1.1rem 0 .4rem}
section.panneau{border:1px solid var(--filet);border-radius:6px;padding:1rem 1.1rem;background:#fff}
section.panneau + section.panneau{margin-top:1rem}
.carte{width:100%;height:auto;display:block}
.carte .aire{stroke:#fff;stroke-width:.6;vector-effect:non-scaling-stroke}
.carte .cadre-zoom{fill:none;stroke:#57606a;stroke-width:.8;pointer-events:none;vector-effect:non-scaling-stroke}
.carte .zone-sans-fiche{stroke:#fff;stroke-width:.6;vector-effect:non-scaling-stroke}
.carte a:hover .aire,.carte a:focus .aire{stroke:#111;stroke-width:1.6}
.carte a:focus{outline:none}
.carte a:focus-visible .aire{stroke:var(--focus);stroke-width:2.4}
.carte .titre-tuiles{font-size:13px;font-weight:600;fill:var(--texte)}
.carte .etiquette-tuile{font-size:13px;fill:var(--texte)}
.carte a:hover .etiquette-tuile,.carte a:focus .etiquette-tuile{text-decoration:underline}
.carte-cadre{position:relative}
.infobulle{position:absolute;left:0;top:0;z-index:2;max-width:17rem;margin:0;padding:.35rem .6rem;background:#fff;border:1px solid #8c959f;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.18);font-size:.95rem;pointer-events:none}
.infobulle[hidden]{display:none}
.infobulle strong{display:block}
.aide-carte{margin:.4rem 0 0;color:var(--discret);font-size:.9rem}
fieldset{border:0;margin:0;padding:0;min-width:0}
.choix select{display:block;width:100%;max-width:100%;font:inherit;font-size:.92rem;padding:.25rem;margin:.1rem 0 .3rem}
.choix label.activite{display:block;font-size:.88rem;color:var(--discret);padding:.1rem 0 0}
.aide-tableau{font-size:.9rem;color:var(--discret);margin:0 0 .4rem}
.aide-tableau button{font:inherit;color:var(--accent);background:var(--accent-clair);border:1px solid var(--accent);border-radius:4px;padding:.2rem .6rem;cursor:pointer;margin-left:.4rem}
legend.titre{font-weight:600;font-size:1.05rem;margin-bottom:.35rem;padding:0}
.choix label{display:flex;gap:.5rem;align-items:baseline;padding:.2rem 0;cursor:pointer}
.choix input{accent-color:var(--accent)}
.legende{margin-top:.9rem}
.legende p{margin:0 0 .3rem;font-weight:600;font-size:.95rem}
.legende ul{list-style:none;margin:0;padding:0;font-size:.92rem}
.legende li{display:flex;align-items:center;gap:.5rem;padding:.08rem 0}
.legende svg{flex:none}
section.recherche{margin-bottom:1.5rem}
.recherche form{max-width:40rem}
.recherche label{display:block;font-weight:600;margin-bottom:.3rem}
.recherche input{width:100%;font:inherit;padding:.45rem .6rem;border:1px solid #8c959f;border-radius:4px}
.recherche .aide{color:var(--discret);font-size:.88rem;margin:.25rem 0 0}
#recherche-statut{font-size:.9rem;color:var(--discret);margin:.4rem 0 .2rem;min-height:1.2em}
#resultats{list-style:none;margin:0;padding:0}
#resultats li{padding:.3rem .2rem;border-bottom:1px solid #eaeef2}
#resultats a{font-weight:600}
#resultats span{display:block;color:var(--discret);font-size:.88rem}
.liens ul{margin:.2rem 0 0;padding-left:1.1rem;columns:2;column-gap:1.5rem;font-size:.95rem}
.liens li{break-inside:avoid;margin:.1rem 0}
.france{font-weight:600;font-size:1.05rem}
.tableau{margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:600;font-size:1.05rem;padding-bottom:.4rem}
th,td{padding:.3rem .55rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
thead{position:sticky;top:0;z-index:1;background:#fff}
thead th{border-bottom:2px solid var(--filet);box-shadow:inset 0 -2px 0 var(--filet);vertical-align:bottom;background:#fff}
td.nombre,th.nombre{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th button{white-space:nowrap;text-align:inherit;font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button::after{content:' \\2195';color:#8c959f}
th[aria-sort=ascending] button::after{content:' \\2191';color:var(--texte)}
th[aria-sort=descending] button::after{content:' \\2193';color:var(--texte)}
tbody tr:hover{background:var(--fond)}
td.ti{font-size:.85rem;color:var(--discret);min-width:12rem;max-width:18rem}
tbody th{font-weight:400;min-width:9rem}
.deficit{color:#b42318}
.excedent{color:#1a7f37}
/* Narrow screens: each row becomes a card (name, then label and value pairs); the sort buttons
   stay on top, sticky, as a wrapped bar. No sideways scroll. */
@media (max-width:1100px){
table.triable,table.triable tbody,table.triable tr,table.triable td,table.triable tbody th,table.triable thead{display:block}
table.triable caption{display:block}
table.triable thead{border-bottom:2px solid var(--filet);padding:.3rem 0}
table.triable thead tr{display:flex;flex-wrap:wrap;gap:.2rem .9rem}
table.triable thead th{position:static;border:0;padding:.15rem 0;font-size:.88rem}
table.triable tbody tr{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.15rem 1rem;padding:.55rem 0;border-bottom:1px solid var(--filet)}
table.triable tbody th,table.triable tbody td{border:0;padding:0;min-width:0;max-width:none}
table.triable tbody th{grid-column:1/-1;font-weight:600;font-size:1rem}
table.triable tbody td.code{display:none}
table.triable tbody th[data-code]::after{content:' (' attr(data-code) ')';font-weight:400;color:var(--discret)}
table.triable td.nombre{text-align:left;white-space:normal}
table.triable td.ti{grid-column:1/-1}
table.triable td[data-libelle]::before{content:attr(data-libelle);display:block;font-size:.8rem;color:var(--discret)}
}
footer{border-top:1px solid var(--filet);color:var(--discret);font-size:.88rem;padding:1rem 1.5rem 2rem;max-width:1180px;margin:0 auto}
footer p{margin:.3rem 0}
`;
