// On demand (TERRITRADE_PROFILE=1), the time each step of a build takes, printed at its end: the
// wall time summed over the step's calls, and the build thread's CPU time in them (steps that run
// beside others — the PNGs on libuv's threads, the PDFs in Chromium — are given as spans and
// as the process's CPU time outside the build's thread). Off, each measure is a plain call.
import { readFileSync, readdirSync } from 'node:fs';
import { formatNumber } from '../format/fr.js';

interface StepTotal {
  calls: number;
  wallNs: bigint;
  cpuNs: number;
}

const steps = new Map<string, StepTotal>();
let enabled = false;
let depth = 0;

/** Reads TERRITRADE_PROFILE; clears what an earlier build measured. */
export function startProfile(env: NodeJS.ProcessEnv): void {
  enabled = env.TERRITRADE_PROFILE !== undefined && env.TERRITRADE_PROFILE !== '' && env.TERRITRADE_PROFILE !== '0';
  steps.clear();
  depth = 0;
}

export const profiling = (): boolean => enabled;

/** CPU nanoseconds of the calling thread (Linux; elsewhere the process's, all threads). */
function threadCpuNs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  }
}

function add(step: string, wallNs: bigint, cpuNs: number): void {
  const s = steps.get(step) ?? { calls: 0, wallNs: 0n, cpuNs: 0 };
  s.calls++;
  s.wallNs += wallNs;
  s.cpuNs += cpuNs;
  steps.set(step, s);
}

/** Runs `f` as a call of `step`. A step measured inside another is left out of the outer one's count. */
export function measure<T>(step: string, f: () => T): T {
  if (!enabled || depth > 0) return f();
  const wall = process.hrtime.bigint();
  const cpu = threadCpuNs();
  depth++;
  try {
    return f();
  } finally {
    depth--;
    add(step, process.hrtime.bigint() - wall, threadCpuNs() - cpu);
  }
}

/** An asynchronous call of `step`: its span (calls may overlap), no CPU time (it runs elsewhere). */
export async function measureSpan<T>(step: string, f: () => Promise<T>): Promise<T> {
  if (!enabled) return f();
  const wall = process.hrtime.bigint();
  try {
    return await f();
  } finally {
    add(step, process.hrtime.bigint() - wall, 0);
  }
}

/** CPU seconds of the process's threads other than the build's, alive now (Linux; 0 elsewhere). */
function otherThreadsCpu(): number {
  let threads = 0;
  try {
    for (const tid of readdirSync('/proc/self/task'))
      if (Number(tid) !== process.pid)
        threads += Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    // Not Linux: the totals line says what it can.
  }
  return threads;
}

const seconds = (ns: number): string => formatNumber(ns / 1e9, 1).padStart(9);
const s1 = (x: number): string => formatNumber(x, 1);

/** The profile's lines (empty when off): one per step, then the totals. */
export function profileLines(totalSeconds: number, pdfSeconds: number): string[] {
  if (!enabled) return [];
  const cpu = process.cpuUsage();
  const processCpu = (cpu.user + cpu.system) / 1e6;
  const mainCpu = threadCpuNs() / 1e9;
  const lines = [
    'Profil de la construction (secondes) :',
    `${'étape'.padEnd(50)}  appels       mur  CPU (fil principal)`,
  ];
  for (const [step, s] of steps)
    lines.push(
      `${step.padEnd(50)} ${String(s.calls).padStart(7)} ${seconds(Number(s.wallNs))} ${s.cpuNs ? seconds(s.cpuNs) : '        —'}`,
    );
  lines.push(
    `Impression des PDF (Chromium, à côté du reste) : ${s1(pdfSeconds)} s de son lancement au dernier PDF.`,
    `Durée totale ${s1(totalSeconds)} s ; CPU du processus ${s1(processCpu)} s, dont fil principal ${s1(mainCpu)} s ` +
      `et autres fils encore en vie ${s1(otherThreadsCpu())} s (PNG, DuckDB, ramasse-miettes ; Chromium non compté).`,
  );
  return lines;
}
