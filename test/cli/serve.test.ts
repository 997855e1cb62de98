// `territrade serve` run in-process through the CLI entry (runCli), stopped by its own SIGINT
// handler: the handler is called directly rather than by signalling the test worker.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/commands/run.js';
import { plainSpaces } from '../../src/format/fr.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = tempDir('territrade-serve-cli-');
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(new Command(), ['node', 'territrade', ...args]);

describe('territrade serve', () => {
  it('prints the URL, serves the folder and stops cleanly on Ctrl-C', async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>Site</title>');
    const before = new Set(process.listeners('SIGINT'));
    const running = cli('serve', '--port', '0', '--dir', dir);
    await vi.waitFor(() => expect(out.join('')).toMatch(/Ouvrez http:\/\/127\.0\.0\.1:\d+\//), { timeout: 10_000 });
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out.join(''))![0];
    expect(await (await fetch(url)).text()).toContain('<title>Site</title>');

    const handler = process.listeners('SIGINT').find((l) => !before.has(l));
    expect(handler).toBeDefined();
    (handler as () => void)();
    await running;
    expect(out.join('')).toContain('Serveur arrêté.');
    expect(process.listeners('SIGINT')).not.toContain(handler);
    await expect(fetch(url)).rejects.toThrow();
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('tells to build first when the folder does not exist', async () => {
    await cli('serve', '--dir', path.join(dir, 'out'));
    expect(process.exitCode).toBe(1);
    expect(plainSpaces(err.join(''))).toMatch(
      /^Erreur : le dossier « .*out » n’existe pas ou n’est pas un dossier : lancez d’abord territrade build\.\n$/,
    );
  });

  it('rejects a bad port in French', async () => {
    await cli('serve', '--port', 'huit', '--dir', dir);
    expect(process.exitCode).toBe(1);
    expect(err.join('')).toContain('port doit être un entier entre 0 et 65535');
  });

  it('has a French help with an example', async () => {
    await cli('serve', '--help');
    const help = out.join('');
    expect(help).toContain('Utilisation : territrade serve [options]');
    expect(help).toContain('127.0.0.1');
    expect(help).toContain('--port <port>');
    expect(help).toContain('(défaut : 8080)');
    expect(help).toContain('(défaut : "out")');
    expect(help).toContain('Exemples :\n  territrade build && territrade serve');
  });
});
