// Issue 25 point 9: `fetch --list` and `fetch --territoires --list` printed a server's dataset title,
// page and file names with raw escape sequences (ESC[2J clears the terminal, ESC]0;…BEL retitles it).
import { describe, expect, it } from 'vitest';
import type { Choice } from '../../src/fetch/choose.js';
import type { Dataset, Resource } from '../../src/fetch/datagouv.js';
import { formatSourcesListing, formatTerritoiresListing, formatTradeListing } from '../../src/fetch/listing.js';

const hostile = '\u001b[2J\u001b]0;pirate\u0007Douanes\u009b';

const resource = (url: string): Resource => ({
  id: 'r',
  title: `Fichier ${hostile}`,
  url,
  format: 'zip',
  lastModified: '',
  checksum: null,
  filesize: null,
});

const dataset = (resources: Resource[]): Dataset => ({
  id: 'd',
  title: `Commerce ${hostile}`,
  page: `http://h/${hostile}`,
  resources,
});

/** No C0 or C1 control character survives. */
const controls = /[\u0000-\u001f\u007f-\u009f]/;

describe('listings escape what the network sent', () => {
  it('fetch --list of a data.gouv.fr dataset', () => {
    const lines = formatTradeListing(dataset([resource('http://h/2024-EXPORTATIONS.zip')]));
    expect(lines[0]).toBe(
      'Commerce \\x1b[2J\\x1b]0;pirate\\x07Douanes\\x9b : http://h/\\x1b[2J\\x1b]0;pirate\\x07Douanes\\x9b',
    );
    for (const line of lines) expect(line).not.toMatch(controls);
  });

  it('fetch --territoires --list', () => {
    const r = resource('http://h/liste-ti-com.csv');
    const lines = formatTerritoiresListing(dataset([r]), { resource: r, fileName: `liste-ti-com${hostile}.csv` });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(controls);
    expect(lines[1]).toContain('liste-ti-com\\x1b[2J');
  });

  it('fetch --list over sources, an unreadable source naming its error', () => {
    const source = { label: `Source ${hostile}` } as never;
    const choice: Choice = { ok: false, year: null, complete: [] };
    const lines = formatSourcesListing([{ source, where: hostile, candidates: [], error: hostile }], choice);
    for (const line of lines) expect(line).not.toMatch(controls);
    expect(lines[0]).toContain('Source \\x1b[2J');
  });

  it('cuts an endless title', () => {
    const [head] = formatTradeListing({ ...dataset([]), title: 'x'.repeat(10_000) });
    expect(head!.length).toBeLessThanOrEqual(501);
  });
});
