import { randomBytes } from 'node:crypto';

/**
 * Characters removed before looking for a command prefix: controls and line breaks (the runner
 * splits lines on `\r` and `\n`), format characters such as U+200B and U+00AD, and combining marks.
 * The runner matches `::` and `##[` with culture-sensitive .NET comparisons, which can skip such
 * characters, so `#\u200B#[error]x` must count as a command too. Removing more than the runner
 * skips only means wrapping a harmless message.
 */
const SKIPPABLE = /[\p{C}\p{M}\p{Zl}\p{Zp}]/gu;

/**
 * Whether the runner could read a workflow command anywhere in this text: `::` (a command when a
 * line starts with it after whitespace) or the legacy `##[` (a command anywhere in a line).
 */
export function mayHoldWorkflowCommand(text: string): boolean {
  const bare = text.replace(SKIPPABLE, '');
  return bare.includes('::') || bare.includes('##[');
}

/** A stop-commands token nobody can guess: the runner resumes only on `::<token>::`. */
export function newStopToken(): string {
  return `gitops-promotion-${randomBytes(16).toString('hex')}`;
}

/**
 * Text for the runner log that can start no workflow command: text that may hold one is printed
 * between `::stop-commands::<token>` and `::<token>::`, where the runner prints every line
 * literally, whatever it holds. Other text is returned as it is. One string, so that one write
 * keeps the three parts together.
 */
export function logSafe(text: string, token: () => string = newStopToken): string {
  if (!mayHoldWorkflowCommand(text)) return text;
  const t = token();
  return `::stop-commands::${t}\n${text}\n::${t}::`;
}
