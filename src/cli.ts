import { enableCompileCache } from './cli/compile-cache.js';
import { runCli } from './cli/main.js';
import { processIO } from './cli/io.js';
import { boundYoungGeneration } from './util/young-generation.js';

/** Entry of the `gitops-promotion` binary: sets the exit code, never calls process.exit. */
export async function main(): Promise<void> {
  boundYoungGeneration();
  enableCompileCache();
  process.exitCode = await runCli(process.argv.slice(2), processIO());
}
