/**
 * The title and body of a forward-merge conflict's pull request: a hotfix released off `stable`
 * does not merge cleanly into a downstream branch, so it goes there through a pull request whose
 * body says what happened, which files conflict and how to resolve them. Repository text (branch
 * names, paths) is hostile: inline it is a code span, in the commands a shell word in a fence that
 * no name can close.
 */
import { code, codeBlock } from './markdown-escape.js';
import { shellWord } from './shell-word.js';

export interface ConflictPullRequestText {
  /** `hotfix/x`, released as `versionTag` (null: released without one). */
  hotfix: string;
  versionTag: string | null;
  /** The branch it does not merge into cleanly (`staging`). */
  target: string;
  /** The pull request's branch, at the hotfix head (`forward-merge/hotfix-x-into-staging`). */
  branch: string;
  remote: string;
  conflicts: string[];
  /** The branches the hotfix merged into cleanly in this run. */
  mergedInto: string[];
}

/**
 * The conflicting files are listed up to this many characters of the body; the rest are counted
 * (a pull request's body is at most PULL_REQUEST_BODY_MAX_CHARS of budget.ts, and branch names take their share).
 */
export const LISTED_CONFLICTS_MAX_CHARS = 20_000;

export function conflictPullRequestTitle(t: ConflictPullRequestText): string {
  const released = t.versionTag ? ` (${t.versionTag})` : '';
  return `Forward-merge ${t.hotfix}${released} into ${t.target}: conflicts to resolve`;
}

export function renderConflictPullRequestBody(t: ConflictPullRequestText): string {
  const listed = listedConflicts(t.conflicts);
  return [
    `## Forward-merge of ${code(t.hotfix)} into ${code(t.target)}: conflicts to resolve`,
    '',
    whatHappened(t),
    '',
    `### Conflicting files (${t.conflicts.length})`,
    '',
    ...conflictLines(t.conflicts, listed),
    '',
    '### To resolve',
    '',
    codeBlock(commands(t, listed.length === t.conflicts.length ? listed : null), 'sh'),
    '',
    `Then merge this pull request with a merge commit (not a squash or a rebase), so the hotfix's ` +
      `commits stay on ${code(t.target)} and the next promotion does not revert it.`,
    '',
    `A re-run of the hotfix finds this pull request again and brings this description up to date.`,
    '',
  ].join('\n');
}

function whatHappened(t: ConflictPullRequestText): string {
  const released = t.versionTag ? `was released as ${code(t.versionTag)}` : 'was released';
  const merged =
    t.mergedInto.length > 0
      ? ` It was merged forward into ${t.mergedInto.map(code).join(', ')};`
      : ' It is merged forward into the downstream branches so that the next promotion does not revert it;';
  return (
    `The hotfix ${code(t.hotfix)} ${released}.${merged} merging it into ${code(t.target)} conflicts. ` +
    `This pull request brings it there instead: its branch ${code(t.branch)} is at the hotfix's head.`
  );
}

/** The paths listed, in order, while they fit LISTED_CONFLICTS_MAX_CHARS. */
function listedConflicts(conflicts: string[]): string[] {
  const listed: string[] = [];
  let used = 0;
  for (const path of conflicts) {
    used += code(path).length + 3;
    if (used > LISTED_CONFLICTS_MAX_CHARS) break;
    listed.push(path);
  }
  return listed;
}

function conflictLines(conflicts: string[], listed: string[]): string[] {
  if (conflicts.length === 0)
    return ['Git named no conflicting file: `git status` after the merge below shows what conflicts.'];
  const lines = listed.map((path) => `- ${code(path)}`);
  const more = conflicts.length - listed.length;
  if (more > 0)
    lines.push(
      `- … and ${more} more: \`git diff --name-only --diff-filter=U\` after the merge lists them all.`,
    );
  return lines;
}

/** The commands, one shell word per name; `files` null: too many to list, `git add -u` stages them. */
function commands(t: ConflictPullRequestText, files: string[] | null): string {
  const [remote, branch] = [shellWord(t.remote), shellWord(t.branch)];
  const add = files && files.length > 0 ? `git add -- ${files.map(shellWord).join(' ')}` : 'git add --update';
  return [
    `git fetch ${remote}`,
    `git switch ${branch}   # or: git switch -c ${branch} --track ${shellWord(`${t.remote}/${t.branch}`)}`,
    `git merge ${shellWord(`${t.remote}/${t.target}`)}`,
    '# resolve the conflicts, then',
    `${add} && git commit`,
    `git push ${remote} ${branch}`,
  ].join('\n');
}
