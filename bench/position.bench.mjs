// Position and exposure (issue 10) for every territory of a full demo year: the time the five
// indicators take (base built once — rank table and France's sums — then rank, concentration,
// specialisation, exposure and dependencies of the 120 territories from their loaded rows),
// beside `build --no-pdf` of the same store. Goal: the indicators add ≤ 20 % to the build.
// Pass a store path as first argument to reuse one; otherwise a demo year is generated.
import path from 'node:path';
import { mod, runStep, timeBuild, withDemoStore } from './lib/demo-build.mjs';

const [step, storeArg, outArg] = process.argv.slice(2);

async function positionStep() {
  const { withStore } = await mod('store/store.js');
  const { loadQuarterTotals, loadTradeCube } = await mod('store/cube.js');
  const { resolveYear } = await mod('store/queries.js');
  const { storedQuarters, yearPeriod } = await mod('figures/period.js');
  const { departementTotals } = await mod('figures/enclosing.js');
  const { TerritoryRows } = await mod('figures/territory-rows.js');
  const { positionBase, positionOf } = await mod('figures/position/base.js');
  const { tradeSums } = await mod('figures/position/sums.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const labels = { activity: (c) => ({ name: c, a17: '', a17_name: '' }), country: (c) => c };
  const { totals, cube, period } = await withStore(
    storeArg,
    async (s) => {
      const totals = await loadQuarterTotals(s);
      const period = yearPeriod(await resolveYear(s), storedQuarters(totals));
      return { totals, period, cube: await loadTradeCube(s, [period]) };
    },
    { readOnly: true },
  );
  const index = new TerritoryRows(cube);
  const targets = allTerritories();
  // Rows split and merged by territory first: the figures need them anyway, so they are not timed.
  for (const t of targets) index.rows(t, 0);
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const base = positionBase(departementTotals(totals, period), tradeSums(index.rows({ kind: 'france' }, 0)));
    for (const t of targets) positionOf(t, index.rows(t, 0), base, labels);
    runs.push((performance.now() - t0) / 1000);
  }
  console.log(JSON.stringify({ seconds: Math.min(...runs), territories: targets.length }));
}

async function htmlStep() {
  const { seconds } = await timeBuild(storeArg, outArg, false);
  console.log(JSON.stringify({ seconds }));
}

if (step === 'position') await positionStep();
else if (step === 'html') await htmlStep();
else {
  await withDemoStore('territrade-bench-position-', step, async (store, tmp) => {
    const run = (name, out) => runStep(import.meta.url, name, store, out);
    const position = run('position');
    const html = run('html', path.join(tmp, 'out-html'));
    const ratio = position.seconds / html.seconds;
    console.log(
      `position et exposition (${position.territories} territoires, base comprise) : ${position.seconds.toFixed(2)} s, soit ${(100 * ratio).toFixed(0)} % de build --no-pdf (${html.seconds.toFixed(2)} s) ; objectif ≤ 20 % : ${ratio <= 0.2 ? 'atteint' : 'NON atteint'}`,
    );
  });
}
