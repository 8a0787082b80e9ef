import { gitHubError } from '../github/errors.js';
import type { GitReader } from '../ports/git.js';
import type { GitHubChecks } from '../ports/github.js';
import type { PromoteResult } from './model.js';
import { mermaidLabel } from '../report/mermaid.js';
import { shortSha } from '../util/short-sha.js';

const DEPLOYMENTS_PERMISSION = 'deployments: write';

/**
 * Records a promotion as a GitHub Deployment of the target environment with a success status
 * (what the soak gate of the next edge reads). Returns the deployment id.
 */
export async function recordDeployment(
  gh: GitHubChecks,
  result: PromoteResult,
  environment: string,
  logUrl: string | null,
): Promise<number> {
  const what = `record the deployment of ${shortSha(result.sha!)} to environment ${environment}`;
  const created = await gh
    .createDeployment({
      ref: result.sha!,
      environment,
      description:
        `gitops-promotion: ${result.from} → ${result.to}${result.approvedBy ? `, approved by ${result.approvedBy}` : ''}`.slice(
          0,
          140,
        ),
      payload: {
        from: result.from,
        to: result.to,
        commits: result.commits.length,
        ...(result.approvedBy ? { approvedBy: result.approvedBy } : {}),
      },
    })
    .catch((e: unknown) => {
      throw gitHubError(e, what, DEPLOYMENTS_PERMISSION);
    });
  if ('notCreated' in created) throw new Error(`GitHub did not create the deployment: ${created.notCreated}`);
  const id = created.id;
  await gh
    .createDeploymentStatus(id, {
      state: 'success',
      description: `${result.commits.length} commits promoted from ${result.from}`.slice(0, 140),
      ...(logUrl ? { logUrl } : {}),
    })
    .catch((e: unknown) => {
      throw gitHubError(e, `${what} (status of deployment ${id})`, DEPLOYMENTS_PERMISSION);
    });
  return id;
}

/** Commits waiting on each edge of the promotion path, for the mermaid picture. */
export async function pendingCounts(
  git: Pick<GitReader, 'tryRevParse' | 'log'>,
  remote: string,
  path: readonly string[],
): Promise<(number | null)[]> {
  const refs = await Promise.all(
    path.map((p) =>
      git.tryRevParse(`refs/remotes/${remote}/${p}`).then((sha) => sha ?? git.tryRevParse(`refs/tags/${p}`)),
    ),
  );
  const counts: (number | null)[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const [up, down] = [refs[i], refs[i + 1]];
    counts.push(up && down ? (await git.log(`${down}..${up}`)).length : null);
  }
  return counts;
}

/** `dev -->|2 pending| staging -->|5 pending| stable`, highlighting the edge just promoted. */
export function mermaidPath(
  path: readonly string[],
  pending: readonly (number | null)[],
  promoted: { from: string; to: string },
): string {
  const id = (n: string) => n.replace(/[^A-Za-z0-9]/g, '_');
  // Names come from the config at the candidate: nothing in a label can close it or the fence.
  const label = (n: string) => mermaidLabel(n);
  const lines = ['```mermaid', 'graph LR'];
  for (let i = 0; i + 1 < path.length; i++) {
    const edge = pending[i] === null ? '?' : `${pending[i]} pending`;
    const arrow = path[i] === promoted.from && path[i + 1] === promoted.to ? '==>' : '-->';
    lines.push(
      `  ${id(path[i]!)}[${label(path[i]!)}] ${arrow}|${edge}| ${id(path[i + 1]!)}[${label(path[i + 1]!)}]`,
    );
  }
  lines.push('```');
  return lines.join('\n');
}
