import { errorMessage, isConfigurationError } from '../errors.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { diffCommand } from './diff-command.js';
import { promoteCommand } from './promote-command.js';
import { validateCommand } from './validate-command.js';

const HELP = `Usage: gitops-promotion <command> [options]

Commands:
  validate   check values, render every cluster, check the rendered Applications
  diff       what a change between two git refs does to every cluster
  promote    gated promotion of one branch into the next (dev → staging)

Run "gitops-promotion <command> --help" for a command's options.
`;

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  validate: validateCommand,
  diff: diffCommand,
  promote: promoteCommand,
};

/** Runs the CLI and returns the exit code; never exits the process and never prints a stack for a user mistake. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`gitops-promotion: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || isConfigurationError(e) || isArgError(e)) {
      io.stderr(`gitops-promotion ${name}: ${errorMessage(e)}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `gitops-promotion ${name}: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return EXIT.usage;
  }
}

/** node:util parseArgs errors (unknown option, missing value) are usage errors. */
function isArgError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
