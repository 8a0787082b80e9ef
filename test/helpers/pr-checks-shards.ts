// The wiring of pr-checks.yml's sharded mode (input shards > 1), beyond what actionlint, GitHub's parser and
// the house rules check: plan → matrix of parts → merge, each job with the least permissions, the parts
// planned with the single diff's inputs, artifacts named by numbers only, the merge after every part (also
// failed ones) and in the diff's concurrency group. Each check returns findings; none means it holds.
import type { YamlFile } from './workflow-yaml.js';

type Obj = Record<string, unknown>;

const DIFF_ACTION = './.gitops-promotion/actions/diff';
export const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02';
export const DOWNLOAD = 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093';
/** The inputs that decide the plan: the plan and every part get the single diff job's. */
const PLANNED_WITH = ['path', 'config', 'deep', 'dependency-build', 'clusters'];

const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const steps = (job: Obj): Obj[] => (Array.isArray(job.steps) ? (job.steps as Obj[]) : []);
const withOf = (step: Obj | undefined): Obj => asObj(step?.with);
const diffStep = (job: Obj): Obj | undefined => steps(job).find((s) => s.uses === DIFF_ACTION);
const uses = (job: Obj, action: string): Obj[] =>
  steps(job).filter((s) => String(s.uses ?? '').startsWith(`${action}`));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function shardedModeFindings(file: YamlFile): string[] {
  const wf = asObj(file.doc.toJS());
  const jobs = asObj(wf.jobs);
  const job = (id: string) => asObj(jobs[id]);
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const input = asObj(asObj(asObj(asObj(wf.on).workflow_call).inputs).shards);
  check(input.type === 'number' && input.default === 1, 'input shards: a number, default 1 (one diff job)');
  for (const id of ['diff', 'diff-fork'])
    check(String(job(id).if ?? '').includes('inputs.shards <= 1'), `job ${id} runs only with shards <= 1`);
  for (const id of ['diff-plan', 'diff-shard'])
    check(String(job(id).if ?? '').includes('inputs.shards > 1'), `job ${id} runs only with shards > 1`);
  bad.push(...planFindings(job('diff-plan'), diffStep(job('diff'))));
  bad.push(...shardFindings(job('diff-shard'), diffStep(job('diff'))));
  bad.push(...mergeFindings(job('diff-aggregate'), job('diff'), false));
  bad.push(...mergeFindings(job('diff-aggregate-fork'), job('diff'), true));
  const outputs = asObj(asObj(asObj(wf.on).workflow_call).outputs);
  for (const o of ['changed', 'complete', 'changed-clusters'])
    for (const id of ['diff-aggregate', 'diff-aggregate-fork'])
      check(
        String(asObj(outputs[o]).value ?? '').includes(`jobs.${id}.outputs.${o}`),
        `output ${o} reads jobs.${id}.outputs.${o}`,
      );
  for (const id of ['diff-plan', 'diff-shard', 'diff-aggregate-fork'])
    check(!JSON.stringify(jobs[id] ?? {}).includes('secrets.'), `job ${id} reads no secret`);
  bad.push(...artifactNameFindings(jobs));
  return bad;
}

/** The plan: read-only, the single diff's inputs plus shards, its matrix as the job's output, plan.json uploaded. */
function planFindings(job: Obj, single: Obj | undefined): string[] {
  const bad: string[] = [];
  const step = diffStep(job);
  const w = withOf(step);
  if (!same(job.permissions, { contents: 'read' }))
    bad.push('job diff-plan: permissions contents: read only');
  if (w.shards !== '${{ inputs.shards }}')
    bad.push('job diff-plan: the diff step takes shards: ${{ inputs.shards }}');
  for (const k of PLANNED_WITH)
    if (!same(w[k], withOf(single)[k])) bad.push(`job diff-plan: input ${k} is the diff job's`);
  if (!step?.id || asObj(job.outputs).matrix !== `\${{ steps.${String(step.id)}.outputs.matrix }}`)
    bad.push("job diff-plan: output matrix is the diff step's");
  const up = uses(job, UPLOAD)[0];
  if (withOf(up).name !== 'gitops-diff-plan' || withOf(up).path !== w['output-dir'])
    bad.push("job diff-plan: uploads gitops-diff-plan from the diff step's output-dir");
  return bad;
}

/** The parts: one job per matrix entry of the plan, read-only, all run (no fail-fast, no shared concurrency group). */
function shardFindings(job: Obj, single: Obj | undefined): string[] {
  const bad: string[] = [];
  const strategy = asObj(job.strategy);
  const w = withOf(diffStep(job));
  if (job.needs !== 'diff-plan') bad.push('job diff-shard: needs diff-plan');
  if (!same(job.permissions, { contents: 'read' }))
    bad.push('job diff-shard: permissions contents: read only');
  if (strategy.matrix !== '${{ fromJSON(needs.diff-plan.outputs.matrix) }}')
    bad.push("job diff-shard: its matrix is the plan's output");
  if (strategy['fail-fast'] !== false)
    bad.push('job diff-shard: fail-fast: false (every part that can be made is)');
  if (job.concurrency !== undefined)
    bad.push('job diff-shard: no concurrency group (it would hold the parts back)');
  if (w.shard !== '${{ matrix.shard }}')
    bad.push('job diff-shard: the diff step takes shard: ${{ matrix.shard }}');
  for (const k of PLANNED_WITH)
    if (!same(w[k], withOf(single)[k])) bad.push(`job diff-shard: input ${k} is the diff job's`);
  if (w.comment !== false && w.comment !== 'false') bad.push('job diff-shard: comment: false');
  const up = uses(job, UPLOAD)[0];
  if (withOf(up).name !== 'gitops-diff-part-${{ matrix.part }}' || withOf(up).path !== w['output-dir'])
    bad.push("job diff-shard: uploads gitops-diff-part-${{ matrix.part }} from the diff step's output-dir");
  if (!String(up?.if ?? '').includes('!cancelled()'))
    bad.push('job diff-shard: uploads its part unless cancelled');
  return bad;
}

/** The merge: after every part, its downloads where the diff step reads them, posting as the diff job does. */
function mergeFindings(job: Obj, single: Obj, fork: boolean): string[] {
  const id = fork ? 'diff-aggregate-fork' : 'diff-aggregate';
  const bad: string[] = [];
  const cond = String(job.if ?? '');
  const w = withOf(diffStep(job));
  if (!same(job.needs, ['diff-plan', 'diff-shard'])) bad.push(`job ${id}: needs diff-plan and diff-shard`);
  if (!cond.includes('!cancelled()') || !cond.includes("needs.diff-plan.result == 'success'"))
    bad.push(`job ${id}: runs after every part, failed ones too, once the plan succeeded`);
  const forkTest = fork
    ? 'github.event.pull_request.head.repo.full_name != github.repository'
    : 'github.event.pull_request.head.repo.full_name == github.repository';
  if (!cond.includes(forkTest)) bad.push(`job ${id}: ${forkTest}`);
  const perms = fork ? { contents: 'read' } : { contents: 'read', 'pull-requests': 'write' };
  if (!same(job.permissions, perms)) bad.push(`job ${id}: permissions ${JSON.stringify(perms)}`);
  if (!same(job.concurrency, single.concurrency)) bad.push(`job ${id}: the diff job's concurrency group`);
  if (!same(job.outputs, single.outputs)) bad.push(`job ${id}: the diff job's outputs`);
  const downloads = uses(job, DOWNLOAD).map(withOf);
  const plan = downloads.find((d) => d.name === 'gitops-diff-plan');
  const parts = downloads.find((d) => d.pattern === 'gitops-diff-part-*');
  if (!plan || !parts || parts['merge-multiple'] !== true || plan.path !== w.parts || parts.path !== w.parts)
    bad.push(`job ${id}: downloads the plan and the parts (merge-multiple) into the diff step's parts`);
  if (fork && (w.comment !== false || w.token !== '${{ github.token }}'))
    bad.push(`job ${id}: no comment, GITHUB_TOKEN only`);
  if (!fork && (w.comment !== '${{ inputs.comment }}' || w.token !== withOf(diffStep(single)).token))
    bad.push(`job ${id}: comments with the diff job's token`);
  const up = uses(job, UPLOAD)[0];
  if (withOf(up).name !== 'gitops-diff' || withOf(up).path !== w['output-dir'])
    bad.push(`job ${id}: uploads gitops-diff, as the diff job does`);
  return bad;
}

/** Artifact names and the parts' job name hold no expression but the matrix's numbers. */
function artifactNameFindings(jobs: Obj): string[] {
  const bad: string[] = [];
  for (const [id, j] of Object.entries(jobs)) {
    for (const s of steps(asObj(j))) {
      if (
        !String(s.uses ?? '').startsWith('actions/upload-artifact@') &&
        !String(s.uses ?? '').startsWith('actions/download-artifact@')
      )
        continue;
      const names = [withOf(s).name, withOf(s).pattern].filter((n) => n !== undefined).map(String);
      for (const n of names)
        if (n.replaceAll('${{ matrix.part }}', '').includes('${{'))
          bad.push(`job ${id}: artifact name ${n} holds an expression other than matrix.part`);
    }
  }
  if (asObj(jobs['diff-shard']).name !== 'diff ${{ matrix.shard }}')
    bad.push('job diff-shard: named diff ${{ matrix.shard }}');
  return bad;
}
