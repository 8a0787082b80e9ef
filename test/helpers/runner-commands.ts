/**
 * What the GitHub Actions runner would do with text a step prints: a model of
 * actions/runner's ActionCommand.TryParseV2 / TryParse and ActionCommandManager's stop-commands
 * handling. Each line is read twice, as it is and with format characters (U+200B, U+00AD, …)
 * removed, because the runner's culture-sensitive matching may skip those; a line that is a
 * command either way counts as one.
 */

const REGISTERED = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
];

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export interface RunnerOutcome {
  /** Commands the runner acted on (stop-commands and its resume token included). */
  commands: RunnerCommand[];
  /** Lines printed as text. */
  printed: string[];
}

/** .NET's char.IsWhiteSpace, which String.TrimStart() trims. */
const DOTNET_WHITESPACE = /^[\s\u0085]+/u;

function unescape(s: string, property: boolean): string {
  let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | null {
  const message = line.replace(DOTNET_WHITESPACE, '');
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return null;
  const properties: Record<string, string> = {};
  if (space > 0)
    for (const p of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = p.indexOf('=');
      if (eq > 0 && eq < p.length - 1) properties[p.slice(0, eq)] = unescape(p.slice(eq + 1), true);
    }
  return { command, properties, data: unescape(message.slice(end + 2), false) };
}

function parseV1(line: string, registered: Set<string>): RunnerCommand | null {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return null;
  const rb = line.indexOf(']', prefix);
  if (rb < 0) return null;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return null;
  return { command, properties: {}, data: line.slice(rb + 1) };
}

function parse(line: string, registered: Set<string>): RunnerCommand | null {
  const forms = [line, line.replace(/\p{Cf}/gu, '')];
  for (const form of forms) {
    const c = parseV2(form, registered) ?? parseV1(form, registered);
    if (c) return c;
  }
  return null;
}

/** Feeds `output` (everything a step wrote) to the model runner, line by line. */
export function runnerReads(output: string): RunnerOutcome {
  const registered = new Set(REGISTERED);
  const outcome: RunnerOutcome = { commands: [], printed: [] };
  let stopToken: string | null = null;
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const c = parse(line, registered);
    if (!c) {
      outcome.printed.push(line);
    } else if (stopToken !== null) {
      if (c.command.toLowerCase() === stopToken.toLowerCase()) {
        outcome.commands.push(c);
        registered.delete(stopToken.toLowerCase());
        stopToken = null;
      } else outcome.printed.push(line);
    } else {
      outcome.commands.push(c);
      if (c.command.toLowerCase() === 'stop-commands') {
        stopToken = c.data;
        registered.add(stopToken.toLowerCase());
      }
    }
  }
  return outcome;
}

/**
 * The commands acted on, less each stop-commands whose token later resumed processing (and that
 * token): what is left is what printed text made the runner do. An unresumed stop-commands stays.
 */
export function actedOn(outcome: RunnerOutcome): RunnerCommand[] {
  const left = [...outcome.commands];
  for (let i = 0; i < left.length; i++) {
    if (left[i]!.command !== 'stop-commands') continue;
    const token = left[i]!.data.toLowerCase();
    const resume = left.findIndex((c, j) => j > i && c.command.toLowerCase() === token);
    if (resume < 0) continue;
    left.splice(resume, 1);
    left.splice(i--, 1);
  }
  return left;
}
