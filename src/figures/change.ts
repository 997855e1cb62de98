// Change on the previous period.

/** (current − previous) / previous; null when there is no previous period or it is zero. */
export function changeRate(current: number, previous: number | null): number | null {
  if (previous === null || !(previous > 0)) return null;
  return (current - previous) / previous;
}
