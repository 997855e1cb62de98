// The build's date (formats live in src/format/fr.ts).

/** The build's date: SOURCE_DATE_EPOCH (seconds since 1970) when set, so that builds are reproducible. */
export function generationDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH invalide : « ${epoch} » (nombre de secondes attendu)`);
    return new Date(Number(epoch) * 1000);
  }
  return now();
}
