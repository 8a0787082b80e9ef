/**
 * pr-checks.yml's sharded mode (input shards > 1) is wired as the README says: plan → matrix of parts →
 * merge (test/helpers/pr-checks-shards.ts); each check is proven to fail on a copy broken where it looks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD, shardedModeFindings, UPLOAD } from '../helpers/pr-checks-shards.js';
import { readYaml } from '../helpers/workflow-yaml.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REL = '.github/workflows/pr-checks.yml';
const original = readYaml(repoRoot, REL).text;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-pr-checks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The findings on a copy with `from` replaced by `to` (`from` must occur `times` times). */
function broken(from: string, to: string, times = 1): string[] {
  expect(original.split(from).length - 1, from).toBe(times);
  writeFileSync(path.join(tmp, 'pr-checks.yml'), original.replaceAll(from, to));
  return shardedModeFindings(readYaml(tmp, 'pr-checks.yml'));
}

describe('pr-checks.yml sharded', () => {
  it('is wired: plan, parts, merge', () => {
    expect(shardedModeFindings(readYaml(repoRoot, REL))).toEqual([]);
  });

  it('pins download-artifact and upload-artifact by the commits of v4.3.0 and v4.6.2', () => {
    expect(original).toContain(`${DOWNLOAD} # v4.3.0`);
    expect(original).toContain(`${UPLOAD} # v4.6.2`);
    expect(original.match(/actions\/download-artifact@\S+/g)).toEqual(Array(4).fill(DOWNLOAD));
  });

  it.each([
    [
      'the single job also running when sharded',
      'full_name == github.repository && inputs.shards <= 1',
      'full_name == github.repository',
      'job diff runs only with shards <= 1',
    ],
    [
      'a shards input defaulting to sharded',
      '        type: number\n        default: 1',
      '        type: number\n        default: 4',
      'input shards: a number, default 1 (one diff job)',
    ],
    [
      'a plan with pull-requests write',
      '    name: diff plan\n    if: github.event.pull_request && inputs.shards > 1\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    permissions:\n      contents: read\n',
      '    name: diff plan\n    if: github.event.pull_request && inputs.shards > 1\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    permissions:\n      contents: read\n      pull-requests: write\n',
      'job diff-plan: permissions contents: read only',
    ],
    [
      'parts planned without the clusters input',
      '          shard: ${{ matrix.shard }}',
      '          shard: ${{ matrix.shard }}\n          clusters: dev-01',
      "job diff-shard: input clusters is the diff job's",
    ],
    [
      'a matrix not from the plan',
      '${{ fromJSON(needs.diff-plan.outputs.matrix) }}',
      '${{ fromJSON(\'{"include":[{"shard":"0/0","part":0}]}\') }}',
      "job diff-shard: its matrix is the plan's output",
    ],
    [
      'parts that stop at the first failure',
      '      fail-fast: false # every part',
      '      fail-fast: true # every part',
      'job diff-shard: fail-fast: false (every part that can be made is)',
    ],
    [
      'an artifact named by the shard (K/N)',
      'name: gitops-diff-part-${{ matrix.part }}',
      'name: gitops-diff-part-${{ matrix.shard }}',
      "job diff-shard: uploads gitops-diff-part-${{ matrix.part }} from the diff step's output-dir",
    ],
    [
      'a merge skipped when a part failed',
      "if: ${{ !cancelled() && needs.diff-plan.result == 'success' && github.event.pull_request.head.repo.full_name == github.repository }}",
      "if: ${{ needs.diff-plan.result == 'success' && github.event.pull_request.head.repo.full_name == github.repository }}",
      'job diff-aggregate: runs after every part, failed ones too, once the plan succeeded',
    ],
    [
      'parts downloaded each in its own directory',
      '          merge-multiple: true # part-K-of-N.json',
      '          merge-multiple: false # part-K-of-N.json',
      "job diff-aggregate: downloads the plan and the parts (merge-multiple) into the diff step's parts",
      2,
    ],
    [
      'a fork merge that comments',
      '          comment: false\n          token: ${{ github.token }}\n          output-dir: ${{ runner.temp }}/gitops-promotion/diff\n      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2\n        if: ${{ !cancelled() }}\n        with:\n          name: gitops-diff\n          path: ${{ runner.temp }}/gitops-promotion/diff\n          if-no-files-found: ignore\n          overwrite: true',
      '          comment: true\n          token: ${{ github.token }}\n          output-dir: ${{ runner.temp }}/gitops-promotion/diff\n      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2\n        if: ${{ !cancelled() }}\n        with:\n          name: gitops-diff\n          path: ${{ runner.temp }}/gitops-promotion/diff\n          if-no-files-found: ignore\n          overwrite: true',
      'job diff-aggregate-fork: no comment, GITHUB_TOKEN only',
    ],
    [
      'outputs that forget the merge',
      'jobs.diff-aggregate.outputs.complete || ',
      '',
      'output complete reads jobs.diff-aggregate.outputs.complete',
    ],
  ])('fails on %s', (_, from, to, finding, times = 1) => {
    expect(broken(from as string, to as string, times as number)).toContain(finding);
  });
});
