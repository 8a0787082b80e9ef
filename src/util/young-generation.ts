import v8 from 'node:v8';

/** A node or V8 flag that sizes the young generation: the user's choice, kept. */
const SIZING = /--(max-|min-)?semi-space|--semi-space-growth|--max-young|young-generation/;

/**
 * Keeps V8's young generation at the size it has (a semi-space of 1 to 4 MiB, as loading the modules
 * left it) for the rest of the process, unless the node options already size it (`node --max-semi-space-size=…`, NODE_OPTIONS).
 *
 * Why: what a run keeps (every parsed render, frozen and shared by both refs) survives its first
 * scavenge, and a steady survival rate makes V8 double the semi-spaces up to their bound: 16 MiB
 * each on node 20, 64 MiB on node 24, whose young generation alone was 128 MiB of a 320 MiB peak on
 * a 200-cluster diff. Bounded, that diff peaks under 200 MiB on node 24 for the same time (within
 * 3 %, bench/results.md). Only the growth factor can change once V8 runs (the bound is fixed when the
 * heap is made); called once, first thing, by the CLI's and the actions' entry points.
 */
export function boundYoungGeneration(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  if (execArgv.some((a) => SIZING.test(a)) || SIZING.test(nodeOptions)) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}
