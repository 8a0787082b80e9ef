import { requireRefs } from './arguments.js';
import type { GitRun } from './exec.js';
import { fullRef, tag } from './refs.js';

/**
 * The message of the local annotated tag `refs/tags/<name>` (without its final newline, which
 * createTag adds), or null when the tag is lightweight (it points at a commit, whose message is not
 * the tag's) or does not exist.
 */
export async function tagMessage(git: GitRun, name: string): Promise<string | null> {
  const ref = tag(name);
  requireRefs([ref]);
  // The pattern also matches refs below it (refs/tags/<name>/x), which cannot exist beside it.
  const r = await git.exec([
    'for-each-ref',
    '--count=1',
    '--format=%(refname)%00%(objecttype)%00%(contents)',
    '--',
    fullRef(ref),
  ]);
  const [refname, type, ...contents] = r.stdout.split('\0');
  if (refname !== fullRef(ref) || type !== 'tag') return null;
  // for-each-ref ends each record with a newline, after the message's own.
  return contents.join('\0').replace(/\n$/, '').replace(/\n$/, '');
}
