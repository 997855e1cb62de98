// « Pistes d'action » (issue 23) for every territory of a full demo year: the time the section
// takes — France's and the départements' sums read once (SQL), the product space and complexity
// built once, then for the 120 territories their markets, suppliers, related activities and ECI
// from their loaded rows, and the section's three charts (wide and narrow) — beside
// `build --no-pdf` of the same store. Goal: the section costs ≤ 10 % of the build.
// Pass a store path as first argument to reuse one; otherwise a demo year is generated.
import path from 'node:path';
import { mod, runStep, timeBuild, withDemoStore } from './lib/demo-build.mjs';

const [step, storeArg, outArg] = process.argv.slice(2);

async function opportunitiesStep() {
  const { withStore } = await mod('store/store.js');
  const { loadQuarterTotals, loadTradeCube } = await mod('store/cube.js');
  const { loadDepartementExports, loadFranceDetail } = await mod('store/national.js');
  const { resolveYear } = await mod('store/queries.js');
  const { storedQuarters, yearPeriod } = await mod('figures/period.js');
  const { TerritoryRows } = await mod('figures/territory-rows.js');
  const { rankKey } = await mod('figures/position/base.js');
  const { tradeSums } = await mod('figures/position/sums.js');
  const { dependencies } = await mod('figures/position/dependencies.js');
  const { complexityOfTerritory, exportSpace, opportunityBase, opportunities } = await mod(
    'figures/opportunities/opportunities.js',
  );
  const { renderOpportunityCharts } = await mod('report/fiche/opportunity-charts.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const { toTerritoryRef } = await mod('reference/territories.js');
  const labels = { activity: (c) => ({ name: c, a17: '', a17_name: '' }), country: (c) => c };
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const { index, period, base, baseSeconds } = await withStore(
      storeArg,
      async (s) => {
        const totals = await loadQuarterTotals(s);
        const period = yearPeriod(await resolveYear(s), storedQuarters(totals));
        const cube = await loadTradeCube(s, [period]);
        // The cube is read by the build anyway: not timed. The section's own SQL and base are.
        const t1 = performance.now();
        const space = exportSpace(await loadDepartementExports(s, period));
        const base = opportunityBase(space, await loadFranceDetail(s, period));
        return { index: new TerritoryRows(cube), period, base, baseSeconds: (performance.now() - t1) / 1000 };
      },
      { readOnly: true },
    );
    const targets = allTerritories();
    for (const t of targets) index.rows(t, 0);
    const t2 = performance.now();
    for (const t of targets) {
      const own = tradeSums(index.rows(t, 0));
      const deps = dependencies(own.I, labels);
      const leads = opportunities(rankKey(t), own, deps, base, labels);
      complexityOfTerritory(rankKey(t), base.space);
      const subject = {
        territory: toTerritoryRef(t),
        opportunities: leads,
        dependencies: { imports: deps },
        year: period.year,
        period: { from: 'T1', to: 'T4', quarters: 4 },
        demo: true,
        partial_year: false,
        quarters: [1, 2, 3, 4],
      };
      renderOpportunityCharts(subject, 'Source : bench');
    }
    runs.push(baseSeconds + (performance.now() - t2) / 1000);
  }
  console.log(JSON.stringify({ seconds: Math.min(...runs), territories: allTerritories().length }));
}

async function htmlStep() {
  const { seconds } = await timeBuild(storeArg, outArg, false);
  console.log(JSON.stringify({ seconds }));
}

if (step === 'opportunities') await opportunitiesStep();
else if (step === 'html') await htmlStep();
else {
  await withDemoStore('territrade-bench-opportunities-', step, async (store, tmp) => {
    const run = (name, out) => runStep(import.meta.url, name, store, out);
    const section = run('opportunities');
    const html = run('html', path.join(tmp, 'out-html'));
    const ratio = section.seconds / html.seconds;
    console.log(
      `pistes d’action (${section.territories} territoires, sommes et espace des produits compris, graphiques compris) : ${section.seconds.toFixed(2)} s, soit ${(100 * ratio).toFixed(0)} % de build --no-pdf (${html.seconds.toFixed(2)} s) ; objectif ≤ 10 % : ${ratio <= 0.1 ? 'atteint' : 'NON atteint'}`,
    );
  });
}
