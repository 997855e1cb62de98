import { describe, expect, it } from 'vitest';
import { measure, measureSpan, profileLines, startProfile } from '../../src/pipeline/build-profile.js';

describe('build profile (TERRITRADE_PROFILE)', () => {
  it('prints nothing and only runs the steps when off', async () => {
    startProfile({});
    expect(measure('Graphiques', () => 41 + 1)).toBe(42);
    expect(await measureSpan('PNG', async () => 'png')).toBe('png');
    expect(profileLines(1, 0)).toEqual([]);
  });

  it('counts each step once per call, a step inside another only in the outer one', async () => {
    startProfile({ TERRITRADE_PROFILE: '1' });
    for (let i = 0; i < 3; i++) measure('Graphiques', () => measure('Écriture des fichiers', () => i));
    measure('Écriture des fichiers', () => 0);
    await measureSpan('PNG', async () => 'png');
    const lines = profileLines(12.5, 3);
    const row = (step: string) =>
      lines
        .find((l) => l.startsWith(step))
        ?.split(/\s{2,}|\s(?=\d)/)
        .filter(Boolean);
    expect(row('Graphiques')?.[1]).toBe('3');
    expect(row('Écriture des fichiers')?.[1]).toBe('1');
    expect(row('PNG')?.[1]).toBe('1');
    expect(lines.at(-1)).toMatch(/^Durée totale 12,5 s ; CPU du processus \d+,\d s/);
    startProfile({ TERRITRADE_PROFILE: '0' });
    expect(profileLines(1, 0)).toEqual([]);
  });
});
