import { describe, expect, it } from 'vitest';
import {
  findChromium,
  noChromiumMessage,
  printedByLine,
  type ChromiumLookup,
} from '../../../src/report/pdf/chromium.js';

function lookup(executables: string[], env: Record<string, string> = {}, cache: string[] = []): ChromiumLookup {
  return { env, isExecutable: (f) => executables.includes(f), playwrightCacheDirs: () => cache };
}

describe('recherche de Chromium', () => {
  it('préfère CHROMIUM_PATH', () => {
    expect(findChromium(lookup(['/opt/c/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toEqual({
      path: '/opt/c/chrome',
      from: 'CHROMIUM_PATH',
    });
  });

  it('signale un CHROMIUM_PATH qui n’est pas un exécutable au lieu de chercher ailleurs', () => {
    const r = findChromium(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nulle/part' }));
    expect(r).toEqual({ path: null, invalidEnv: '/nulle/part' });
    expect(noChromiumMessage({ invalidEnv: '/nulle/part' })).toContain('CHROMIUM_PATH');
  });

  it('essaie ensuite chromium-headless-shell, chromium, chromium-browser, google-chrome, dans cet ordre', () => {
    expect(findChromium(lookup(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']))).toEqual({
      path: '/usr/bin/chromium-headless-shell',
      from: 'system',
    });
    expect(findChromium(lookup(['/usr/bin/chromium', '/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium',
      from: 'system',
    });
    expect(findChromium(lookup(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
      from: 'system',
    });
    expect(findChromium(lookup(['/usr/bin/google-chrome']))).toEqual({
      path: '/usr/bin/google-chrome',
      from: 'system',
    });
  });

  it('finit par le cache de Playwright, version la plus récente d’abord', () => {
    const cache = [
      '/h/.cache/ms-playwright/chromium-1100',
      '/h/.cache/ms-playwright/chromium-1187',
      '/h/.cache/ms-playwright/chromium_headless_shell-1187',
    ];
    const exe = [
      '/h/.cache/ms-playwright/chromium-1100/chrome-linux/chrome',
      '/h/.cache/ms-playwright/chromium-1187/chrome-linux/chrome',
    ];
    expect(findChromium(lookup(exe, {}, cache))).toEqual({ path: exe[1], from: 'playwright-cache' });
  });

  it('sans rien trouver, explique en une ligne comment obtenir les PDF', () => {
    const r = findChromium(lookup([]));
    expect(r).toEqual({ path: null, invalidEnv: null });
    const message = noChromiumMessage({ invalidEnv: null });
    expect(message).toContain('apt-get install chromium-headless-shell, ou chromium');
    expect(message).toContain('CHROMIUM_PATH=');
    expect(message).not.toContain('\n');
  });

  it('dit quel Chromium a imprimé, et propose le headless shell après le navigateur complet', () => {
    expect(printedByLine('/usr/bin/chromium-headless-shell')).toBe(
      'PDF imprimés par /usr/bin/chromium-headless-shell.',
    );
    expect(
      printedByLine('/h/.cache/ms-playwright/chromium_headless_shell-1187/chrome-linux/headless_shell'),
    ).not.toContain('plus vite');
    expect(printedByLine('/usr/bin/chromium')).toBe(
      'PDF imprimés par /usr/bin/chromium ; le paquet chromium-headless-shell les imprimerait environ un tiers plus vite (apt-get install chromium-headless-shell).',
    );
  });
});
