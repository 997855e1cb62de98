// axe-core (the accessibility rules engine, from npm) run inside a page: the violations, one line
// each with the rule, its help text and the first elements concerned.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const result = await page.evaluate<AxeResult>(`axe.run(document, { resultTypes: ['violations'] })`);
  return result.violations.map(
    (v) =>
      `${v.id} : ${v.help} (${v.nodes.length} : ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}
