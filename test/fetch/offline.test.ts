// `fetch` without a network (issue 24 point 7): a name that does not resolve is not retried, and
// when no source could be reached fetch says how to get the files by hand (where they are
// published, which files, `territrade import …`). The hosts are under `.invalid` (RFC 2606): they
// never resolve, so no request leaves the machine. No timing here: the speed is in bench/.
import { describe, expect, it } from 'vitest';
import { resolveFetchConfig } from '../../src/fetch/config.js';
import { runFetch } from '../../src/pipeline/fetch.js';
import { failure } from '../helpers/failure.js';
import { useFetchFixture } from '../helpers/fetch-run.js';
import { allSources } from './sources-fixtures.js';

const fx = useFetchFixture({ prefix: 'territrade-offline-', publish: () => {}, retries: 3, now: new Date() });

/** runFetch's options with every source on an unresolvable host, and three retries allowed. */
function offlineOptions() {
  const sources = allSources(fx.dir, fx.server, 'http://www.douane.territrade-test.invalid/opendata');
  const config = resolveFetchConfig({ api: 'http://www.data.territrade-test.invalid', sources }, {});
  config.network = { connectTimeoutMs: 2000, idleTimeoutMs: 2000, retries: 3, retryDelayMs: 1 };
  return fx.options(sources, { config });
}

describe('fetch without a network', () => {
  it('does not retry a name that does not resolve, and prints the manual procedure', async () => {
    const message = await failure(runFetch(offlineOptions()));
    expect(message).toMatch(/^aucune source n'a pu être consultée : /);
    expect(message).toMatch(
      /impossible de joindre www\.data\.territrade-test\.invalid : êtes-vous connecté à Internet \? \((ENOTFOUND|EAI_AGAIN)\)/,
    );
    expect(message).not.toMatch(/tentatives/);
    expect(message).toContain('AAAAMM_regional_AAAA_export.zip et AAAAMM_regional_AAAA_import.zip');
    expect(message).toContain('https://www.douane.gouv.fr/la-douane/opendata');
    expect(message).toContain('  territrade import AAAAMM_regional_AAAA_export.zip AAAAMM_regional_AAAA_import.zip');
    expect(fx.log.filter((l) => l.startsWith('Nouvel essai'))).toEqual([]);
  });

  it('gives no manual procedure when a source answered with an error (not a network failure)', async () => {
    fx.server.routes.set('/api/1/datasets/absent/', { status: 404, body: 'absent' });
    const options = fx.options('', {});
    options.config = resolveFetchConfig({ api: fx.server.url, dataset: 'absent' }, {});
    const message = await failure(runFetch({ ...options, list: true }));
    expect(message).toMatch(/introuvable/);
    expect(message).not.toContain('territrade import');
  });
});
