/** What a leased push did: every ref moved, or none did (and why). */
export type PushOutcome =
  | { pushed: true }
  | {
      pushed: false;
      /** A ref was not at its expected sha any more (someone else moved it): re-read and re-run. */
      leaseLost: boolean;
      reason: string;
      /** The full names of the refs whose lease was lost. */
      lost: string[];
    };

const LEASE_LOST = /\[rejected\] \((stale info|fetch first|non-fast-forward)\)/;

/**
 * Reads `git push --porcelain` (one `<flag>\t<from>:<to>\t<summary>` line per ref): a lost lease on
 * any ref, or the remote's refusal (`[remote rejected] (reason)`, with the first lines a hook wrote).
 * Null when git failed in a way that is neither (no access, no such remote): the caller's error.
 */
export function readPushResult(
  stdout: string,
  stderr: string,
): Exclude<PushOutcome, { pushed: true }> | null {
  const lines = `${stdout}\n${stderr}`.split('\n');
  const lost = lines.flatMap((l) => {
    const m = /^!\t[^\t]*:([^\t:]+)\t(.*)$/.exec(l);
    return m && LEASE_LOST.test(m[2]!) ? [m[1]!] : [];
  });
  if (lost.length > 0 || lines.some((l) => LEASE_LOST.test(l))) {
    return { pushed: false, leaseLost: true, reason: 'stale info', lost };
  }
  const remoteRejected = lines.map((l) => /\[remote rejected\] \((.*)\)/.exec(l)).find(Boolean);
  if (!remoteRejected) return null;
  // Two pushes racing past their leases at once: the remote's own compare-and-swap on the ref
  // (its ref transaction) refuses the second one. That ref moved: a lost lease, not a refusal.
  const moved = /cannot lock ref '([^']+)': is at [0-9a-f]+ but expected [0-9a-f]+/.exec(
    `${stdout}\n${stderr}`,
  );
  if (moved) return { pushed: false, leaseLost: true, reason: 'stale info', lost: [moved[1]!] };
  const hookLines = stderr
    .split('\n')
    .filter((l) => l.startsWith('remote: '))
    .map((l) => l.slice('remote: '.length).trim())
    .filter(Boolean);
  return {
    pushed: false,
    leaseLost: false,
    reason: [remoteRejected[1], ...hookLines.slice(0, 3)].join('; '),
    lost: [],
  };
}
