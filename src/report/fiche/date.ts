// Dates written in French, in UTC so that the output does not depend on the machine's zone.

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2026-11-26T…` → `26 novembre 2026` (`1er` for the first day of a month). */
export function formatDateFr(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day}\u00A0${MONTHS[date.getUTCMonth()]}\u00A0${date.getUTCFullYear()}`;
}

/** The build's date: SOURCE_DATE_EPOCH (seconds since 1970) when set, so that builds are reproducible. */
export function generationDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH invalide : « ${epoch} » (nombre de secondes attendu)`);
    return new Date(Number(epoch) * 1000);
  }
  return now();
}
