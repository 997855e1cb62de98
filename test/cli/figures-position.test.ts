// `territrade figures` with the position keys and `--partner`, on the demo store.
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const store = () => inject('demoStore');

describe('figures: position and exposure', () => {
  it('adds rank, concentration, specialisation, exposure and dependencies to the JSON', () => {
    const r = runCli(['figures', '42', '--json', '--store', store()]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout);
    expect(f.rank.exports).toEqual({
      in_france: expect.any(Number),
      of_france: 101,
      in_region: expect.any(Number),
      of_region: 12,
    });
    expect(Object.keys(f.concentration.imports)).toEqual([
      'partners_hhi',
      'products_hhi',
      'equivalent_partners',
      'equivalent_products',
      'previous',
    ]);
    expect(Object.keys(f.specialisation.exports[0])).toEqual([
      'code',
      'name',
      'a17',
      'share',
      'france_share',
      'index',
      'previous',
    ]);
    // One year in the store: no previous period, so every previous value is null.
    expect(f.previous_period).toBeNull();
    expect(f.rank.previous).toBeNull();
    expect(f.exposure.united_states.previous).toBeNull();
    expect(f.specialisation.exports[0].previous).toBeNull();
    expect(Object.keys(f.exposure)).toEqual(['united_states', 'CN']);
    expect(f.exposure.united_states).toMatchObject({
      partner: 'US',
      partner_name: 'États-Unis',
      exports_eur: f.exports_to_us_eur,
    });
    expect(f.exposure.united_states.products).toHaveLength(5);
    expect(Object.keys(f.dependencies.imports[0])).toEqual([
      'product',
      'name',
      'country',
      'country_name',
      'share',
      'value_eur',
      'previous',
    ]);
  });

  it('computes the same block for another partner with --partner', () => {
    const r = runCli(['figures', '42', '--partner', 'cn', '--json', '--store', store()]);
    const f = JSON.parse(r.stdout);
    expect(Object.keys(f.exposure)).toEqual(['united_states', 'CN']);
    expect(f.exposure.CN).toMatchObject({ partner: 'CN', partner_name: 'Chine' });
    const cn = f.partners.find((p: { country: string }) => p.country === 'CN');
    expect(f.exposure.CN.exports_eur).toBe(cn.exports_eur);
    const text = runCli(['figures', '42', '--partner', 'CN', '--store', store()]).stdout;
    expect(text).toMatch(/Exposition – Chine \(CN\) : [\d  ,]+ M€ exportés/);
    expect(text).toMatch(/Rang : \d+e des 101 départements à l'export/);
  });

  it('refuses an unknown partner naming the closest codes, and reads French names (issue 25 point 6)', () => {
    const uk = runCli(['figures', '42', '--partner', 'UK', '--store', store()]);
    expect(uk.code).not.toBe(0);
    expect(uk.stderr).toContain('pays inconnu « UK »');
    expect(uk.stderr).toContain('Royaume-Uni (GB)');
    const el = runCli(['figures', '42', '--partner', 'EL', '--store', store()]);
    expect(el.stderr).toContain('Grèce (GR)');
    const zz = runCli(['figures', '42', '--partner', 'ZZ', '--store', store()]);
    expect(zz.code).not.toBe(0);
    expect(zz.stderr).toContain('pays inconnu « ZZ »');
    const chine = JSON.parse(runCli(['figures', '42', '--partner', 'Chine', '--json', '--store', store()]).stdout);
    expect(Object.keys(chine.exposure)).toEqual(['united_states', 'CN']);
  });
});
