import { runCli } from './cli/main.js';
import { processIO } from './cli/io.js';

/** Entry of the `gitops-promotion` binary: sets the exit code, never calls process.exit. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIO());
}
