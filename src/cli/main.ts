import { errorMessage, isConfigurationError } from '../errors.js';
import { logSafe } from '../report/log-safe.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const HELP = `Usage: gitops-promotion <command> [options]

Commands:
  validate   check values, render every cluster, check the rendered Applications
  diff       what a change between two git refs does to every cluster
  promote    gated promotion of one branch into the next (dev → staging)
  release    cut stable from staging: an immutable version tag, the stable tag moved with a lease,
             a GitHub Release with the production diff, waves, verification, rollback
  hotfix     release a hotfix branch over stable at once, then merge it forward into staging
             and dev (a conflict opens a pull request); "hotfix start" creates the branch
  drift      what waits on each edge, hotfixes not merged forward, environments that diverge,
             and (with Argo CD) what the clusters run; --publish keeps it in one GitHub issue
  topology   clusters, environments and what runs where; --write FILE keeps a markdown document
             of it, --check FILE fails while that document is stale
  new-cluster  add a cluster like another: its bootstrap Application and values files copied,
             the name (env, server) replaced where they are its identity, then validated

Run "gitops-promotion <command> --help" for a command's options.
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each command loads only its own modules: `diff` and `validate` never pay for the GitHub client. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command.js')).validateCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  promote: async () => (await import('./promote-command.js')).promoteCommand,
  release: async () => (await import('./release-command.js')).releaseCommand,
  hotfix: async () => (await import('./hotfix-command.js')).hotfixCommand,
  drift: async () => (await import('./drift-command.js')).driftCommand,
  topology: async () => (await import('./topology-command.js')).topologyCommand,
  'new-cluster': async () => (await import('./new-cluster-command.js')).newClusterCommand,
};

/**
 * Output that can start no workflow command when the CLI runs in a workflow step: a JSON document
 * keeps its meaning with `##[` written `#\u0023[` (no line of it starts with `::`); any other text
 * that may hold a command is printed between stop-commands markers.
 */
export function commandSafe(text: string): string {
  if (isJson(text)) {
    // Inside JSON strings only: every non-ASCII character as \uXXXX (no invisible character can hide
    // a `##[`), and `##[` itself with its `#` escaped. The document means the same.
    return text
      .replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replaceAll('##[', '#\\u0023[');
  }
  return logSafe(text);
}

function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs the CLI and returns the exit code; never exits the process and never prints a stack for a user mistake. */
export async function runCli(argv: string[], given: CliIO): Promise<number> {
  const io: CliIO = {
    ...given,
    stdout: (t) => given.stdout(commandSafe(t)),
    commands: given.stdout,
    stderr: (t) => given.stderr(logSafe(t)),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`gitops-promotion: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const command = await load();
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
