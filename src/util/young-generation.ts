import v8 from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';

/** Node and V8 flags that size the young generation (or the whole heap): the user's choice, kept. */
const SIZING = /^--(?:(?:max|min)-semi-space-size|semi-space-growth-factor|max-heap-size)(?:=|$)/;

/** Where the young generation stops growing: two semi-spaces of 8 MiB, half of node 20's own bound. */
export const YOUNG_GENERATION_BOUND = 16 * 1024 * 1024;

/**
 * Stops V8's young generation from growing once it holds YOUNG_GENERATION_BOUND, for the rest of the
 * process, unless the node options size it (`node --max-semi-space-size=…`, NODE_OPTIONS; V8 takes
 * `_` for `-`).
 *
 * Why: what a run keeps (every parsed render, frozen and shared by both refs) survives its first
 * scavenge, and a steady survival rate makes V8 double the semi-spaces up to their bound: 16 MiB
 * each on node 20, 64 MiB on node 24, whose young generation alone was 128 MiB of a 320 MiB peak on
 * a 200-cluster diff. Only the growth factor can change once V8 runs (the bound is fixed when the
 * heap is made), and it is changed from a 'gc' PerformanceObserver, which node calls between turns of
 * the event loop: the bound holds where work yields between scavenges (a run reads its renders a
 * batch at a time), and one long synchronous stretch may grow it past the bound before the stop.
 * Measured on that diff: 0.90x the wall time of the unbounded run, peak 220 MB instead of 324 MB.
 * Called once, first thing, by the CLI's and the actions' entry points.
 */
export function boundYoungGeneration(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  const flags = [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.replaceAll('_', '-'));
  if (flags.some((a) => SIZING.test(a))) return false;
  if (watching) return true;
  watching = true;
  const stop = () => {
    if (youngGenerationBytes() < YOUNG_GENERATION_BOUND) return false;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    return true;
  };
  if (stop()) return true;
  const watch = new PerformanceObserver(() => {
    if (stop()) watch.disconnect();
  });
  watch.observe({ entryTypes: ['gc'] });
  return true;
}

/** Once per process: a second entry point in it (a test calling two actions) adds no observer. */
let watching = false;

function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
