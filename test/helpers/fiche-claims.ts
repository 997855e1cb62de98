// Reads a fiche as its reader does and lists every comparative sentence that the numbers printed
// with it contradict (issue 21): exposure « plus/moins exposé / autant », a share's change in
// points or « stable », a mover's change against its two printed amounts, ranks against their
// counts, the balance against its label and the two printed totals, the specialisation index
// against its two shares, the « Pistes d'action » gaps, densities and ECI ranks, numerals starting a sentence, « La voici » for one row, DGDDI named
// as the source of demo figures. Each finding names the territory's text it comes from.

import { pdfText } from './pdf-text.js';

/**
 * A PDF's text as one line per paragraph's worth (pdftotext, no-break spaces as spaces, words
 * hyphenated at a line end joined): the sentences' checks read across line ends.
 */
export function pdfSentences(pdf: string): string {
  return pdfText(pdf)
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/-\n(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ');
}

/** A French number as printed: '4 192,1', '−14,2', '+12,8', '0,72'. */
export function frenchNumber(text: string): number {
  const n = Number(
    text
      .replace(/[\s\u00A0\u202F]/g, '')
      .replace('−', '-')
      .replace('+', '')
      .replace(',', '.'),
  );
  if (!Number.isFinite(n)) throw new Error(`pas un nombre : « ${text} »`);
  return n;
}

/** Digits after the comma: '0,72' → 2. */
function decimalsOf(text: string): number {
  const m = /,(\d+)/.exec(text);
  return m ? m[1]!.length : 0;
}

/** a − b in units of 10^-decimals, exact. */
function unitsDiff(a: string, b: string, decimals: number): number {
  return Math.round(frenchNumber(a) * 10 ** decimals) - Math.round(frenchNumber(b) * 10 ** decimals);
}

const NUM = '[−+]?\\d[\\d\\s\\u00A0\\u202F]*(?:,\\d+)?';

/** The visible text of HTML: a line per block, cells separated by ' | ', spaces plain. */
export function visibleLines(html: string): string[] {
  const text = html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(td|th)>/g, ' | ')
    .replace(/<(p|li|tr|h\d|caption|div|desc|title|text|figcaption|section|header)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\u00A0\u202F]/g, ' ');
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** « plus exposé », « moins exposé », « exposé autant » against the two printed shares. */
export function exposureClaims(line: string): string[] {
  const m = new RegExp(
    `reçoivent (${NUM}) % des exportations .*?, contre (${NUM}) % pour l.ensemble de la France : le territoire y est (plus exposé|moins exposé|exposé autant) que`,
  ).exec(line);
  if (!m) return [];
  const d = Math.max(decimalsOf(m[1]!), decimalsOf(m[2]!));
  const gap = unitsDiff(m[1]!, m[2]!, d);
  const said = m[3]!;
  const right = gap > 0 ? 'plus exposé' : gap < 0 ? 'moins exposé' : 'exposé autant';
  return said === right ? [] : [`« ${said} » pour ${m[1]} % contre ${m[2]} % : ${line}`];
}

/** « cette part était de Y % : elle a augmenté/diminué de P point(s) / est restée stable ». */
export function shareChangeClaims(line: string): string[] {
  const now = new RegExp(`reçoivent (${NUM}) % des exportations`).exec(line);
  const m = new RegExp(
    `cette part était de (${NUM}) % : elle (?:(a augmenté|a diminué) de (${NUM}) points?|(est restée stable))`,
  ).exec(line);
  if (!now || !m) return [];
  const [cur, prev] = [now[1]!, m[1]!];
  const d = Math.max(decimalsOf(cur), decimalsOf(prev), m[3] ? decimalsOf(m[3]) : 0);
  const gap = unitsDiff(cur, prev, d);
  if (m[4]) return gap === 0 ? [] : [`« stable » de ${prev} % à ${cur} % : ${line}`];
  const said = (m[2] === 'a augmenté' ? 1 : -1) * Math.round(frenchNumber(m[3]!) * 10 ** d);
  return said === gap ? [] : [`${m[2]} de ${m[3]} point(s) de ${prev} % à ${cur} % : ${line}`];
}

/** A movers row: 'Name | 636,7 | 622,5 | −14,2 | −2,2 % |' — the change is the difference of the two amounts. */
export function moverClaims(line: string, group: 'hausse' | 'baisse'): string[] {
  const cells = line.split(' | ').map((c) => c.replace(/\|\s*$/, '').trim());
  if (cells.length < 4) return [];
  const [, prev, cur, change] = cells;
  const d = decimalsOf(change!);
  const out: string[] = [];
  if (unitsDiff(cur!, prev!, d) !== Math.round(frenchNumber(change!) * 10 ** d))
    out.push(`évolution ${change} pour ${prev} → ${cur} : ${line}`);
  const sign = Math.sign(frenchNumber(change!));
  if ((group === 'hausse' && sign < 0) || (group === 'baisse' && sign > 0))
    out.push(`« ${group} » pour une évolution de ${change} : ${line}`);
  return out;
}

/** Ranks within their counts: « le 37e rang des 101 », « Parmi les 12 … au 6e rang ». */
export function rankClaims(line: string): string[] {
  const out: string[] = [];
  const national = /occupen?t? le (\d+)(?:er|e) rang des (\d+) /.exec(line);
  if (national && Number(national[1]) > Number(national[2]))
    out.push(`rang ${national[1]} sur ${national[2]} : ${line}`);
  const regional =
    /Parmi les (\d+) .*? au (\d+)(?:er|e) rang à l.export, au (\d+)(?:er|e) à l.import et au (\d+)(?:er|e)/.exec(line);
  if (regional) {
    const size = Number(regional[1]);
    for (const r of regional.slice(2)) if (Number(r) > size) out.push(`rang ${r} parmi ${size} : ${line}`);
  }
  return out;
}

/** The key figures: the balance's label against its sign; its value against the two printed totals. */
export function keyFigureClaims(html: string): string[] {
  const figure = (cls: string) => {
    const m = new RegExp(`<li class="${cls}[^"]*">([\\s\\S]*?)</li>`).exec(html);
    if (!m) return null;
    const part = (name: string) =>
      visibleLines(new RegExp(`<span class="${name}">([\\s\\S]*?)</span>`).exec(m[1]!)?.[1] ?? '').join(' ');
    return { value: part('value').replace(/ M€$/, ''), detail: part('detail') };
  };
  const [x, m, b] = [figure('exports'), figure('imports'), figure('balance')];
  if (!x || !m || !b) return [];
  const out: string[] = [];
  const balance = frenchNumber(b.value);
  if (balance < 0 !== b.detail.startsWith('déficit')) out.push(`solde ${b.value} dit « ${b.detail} »`);
  if (unitsDiff(x.value, m.value, 1) !== Math.round(balance * 10) && !/arrondi/.test(b.detail))
    out.push(`solde ${b.value} ≠ ${x.value} − ${m.value}, sans dire que les montants sont arrondis`);
  return out;
}

/** « Premier écart : activité, X % contre Y % (indice I) »: I within what X and Y as printed allow. */
export function specialisationClaims(line: string): string[] {
  const m = new RegExp(`(${NUM}) % contre (${NUM}) % \\(indice (${NUM})\\)`).exec(line);
  if (!m) return [];
  const half = (t: string) => 0.5 * 10 ** -decimalsOf(t);
  const [x, y, i] = [m[1]!, m[2]!, m[3]!];
  const lo = (frenchNumber(x) - half(x)) / (frenchNumber(y) + half(y));
  const hi = (frenchNumber(x) + half(x)) / Math.max(1e-12, frenchNumber(y) - half(y));
  const index = frenchNumber(i);
  return index + half(i) < lo || index - half(i) > hi ? [`indice ${i} pour ${x} % contre ${y} % : ${line}`] : [];
}

/**
 * « Pistes d'action »: a market gap against its two printed amounts, a dependency of at least half
 * the imports, France's suppliers' shares within one whole and in order, a density within [0, 1],
 * an ECI rank within its count.
 */
export function opportunityClaims(line: string): string[] {
  const out: string[] = [];
  const gap = new RegExp(`vendrai(?:en)?t (${NUM}) M€ de plus \\((${NUM}) M€ au lieu de (${NUM}) M€\\)`).exec(line);
  if (gap && Math.round(frenchNumber(gap[1]!) * 10) !== unitsDiff(gap[2]!, gap[3]!, 1))
    out.push(`écart ${gap[1]} M€ ≠ ${gap[2]} − ${gap[3]} : ${line}`);
  const density = new RegExp(`densité (${NUM}) sur 1`).exec(line);
  if (density && !(frenchNumber(density[1]!) >= 0 && frenchNumber(density[1]!) <= 1))
    out.push(`densité hors de [0, 1] : ${line}`);
  // A dependency is half or more of the activity's imports from one country; France's own share,
  // and its other suppliers' shares (in decreasing order), are shares of one whole.
  const dependency = new RegExp(`achète(?:nt)? (${NUM}) % de ses importations de .*? à un seul pays`).exec(line);
  if (dependency && frenchNumber(dependency[1]!) < 50) out.push(`dépendance sous 50 % : ${line}`);
  const own = new RegExp(`contre (${NUM}) % pour la France entière auprès du même pays`).exec(line);
  if (own && frenchNumber(own[1]!) > 100) out.push(`part de la France au-delà de 100 % : ${line}`);
  const others = /Les autres fournisseurs de la France pour cette activité : ([^.]*)\./.exec(line);
  if (others) {
    const shares = [...others[1]!.matchAll(new RegExp(`\\((${NUM}) %\\)`, 'g'))].map((m) => frenchNumber(m[1]!));
    if (shares.some((x, i) => i > 0 && x > shares[i - 1]!)) out.push(`autres fournisseurs hors d’ordre : ${line}`);
    // France's share from the country: said beside a territory's, or France's own dependency.
    const fromCountry = own
      ? frenchNumber(own[1]!)
      : dependency && /La France achète/.test(line)
        ? frenchNumber(dependency[1]!)
        : 0;
    if (shares.reduce((a, b) => a + b, 0) + fromCountry > 100.2)
      out.push(`parts des fournisseurs de la France au-delà de 100 % : ${line}`);
  }
  const rank = /(\d+)(?:er|e) des (\d+) départements/.exec(line);
  if (rank && (Number(rank[1]) < 1 || Number(rank[1]) > Number(rank[2]))) out.push(`rang ECI impossible : ${line}`);
  return out;
}

/** Sentences of the prose (paragraphs, not tables nor key figures) starting with a numeral. */
export function numeralStarts(html: string): string[] {
  const paragraphs = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => visibleLines(m[1]!).join(' '));
  return paragraphs
    .flatMap((text) => text.split(/(?<=[.!?])\s+(?=\S)/))
    .filter((sentence) => /^[−+]?\d/.test(sentence))
    .map((sentence) => `phrase commençant par un nombre : « ${sentence.slice(0, 60)} »`);
}

/** « La voici » before a table of one row, « Les voici » before several. */
export function voiciClaims(html: string): string[] {
  const m = /\b(La voici|Les voici)\b[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html);
  if (!m) return [];
  const rows = (m[2]!.match(/<tr>/g) ?? []).length;
  return (m[1] === 'La voici') === (rows === 1) ? [] : [`« ${m[1]} » devant ${rows} ligne(s)`];
}

/** Every contradiction in a fiche's HTML; `demo` adds the checks of a demonstration fiche. */
export function ficheContradictions(html: string, demo: boolean): string[] {
  const lines = visibleLines(html);
  const out: string[] = [...keyFigureClaims(html), ...numeralStarts(html), ...voiciClaims(html)];
  let group: 'hausse' | 'baisse' | null = null;
  for (const line of lines) {
    if (/^(Pays|Activités) en hausse/.test(line)) group = 'hausse';
    else if (/^(Pays|Activités) en baisse/.test(line)) group = 'baisse';
    else if (group && line.includes(' | ')) out.push(...moverClaims(line, group));
    else if (!line.startsWith('Pays ou activité')) group = null;
    out.push(...exposureClaims(line), ...shareChangeClaims(line), ...rankClaims(line), ...specialisationClaims(line));
    out.push(...opportunityClaims(line));
    if (
      demo &&
      /Source : DGDDI|Source : Direction générale des Douanes|reposent sur les statistiques[^.]*DGDDI/.test(line)
    )
      out.push(`fiche de démonstration attribuée à la DGDDI : ${line}`);
  }
  return out;
}
