import { createHash } from 'node:crypto';
import type {
  ArgoApplication,
  ArgoApplicationFilter,
  ArgoCdPort,
  ArgoResourceTree,
} from '../../src/ports/argocd.js';
import type {
  CommitInfo,
  GitPort,
  PushOutcome,
  QualifiedRef,
  RefUpdate,
  RemoteTag,
} from '../../src/ports/git.js';
import type {
  Activity,
  CheckRun,
  CommitStatus,
  DeploymentStatus,
  GitHubPort,
  Issue,
  IssueComment,
  IssueStateReason,
  PullRequest,
  Release,
  ReleaseAsset,
  RepoPermission,
  RepoRef,
} from '../../src/ports/github.js';

/**
 * In-memory fakes of the ports: no process, no socket. Each keeps the state a test sets and records
 * what was asked of it; what a fake does not model throws, so a use case that starts to need it fails.
 */

const missing = (what: string) => () => {
  throw new Error(`not in the fake: ${what}`);
};

interface FakeCommit extends CommitInfo {
  parents: string[];
}

const refName = (ref: QualifiedRef) => `${ref.kind === 'branch' ? 'refs/heads' : 'refs/tags'}/${ref.name}`;

/** An annotated tag object: its name, the commit it is for, its message. */
interface FakeTagObject {
  name: string;
  commit: string;
  message: string;
}

/** A commit graph, annotated tag objects, a remote's refs, and the clone's refs. */
export class FakeGit implements GitPort {
  readonly dir = '/fake/repo';
  readonly commits = new Map<string, FakeCommit>();
  /** Annotated tag objects by id (createTag or `tag()`); a ref at one peels to its commit. */
  readonly tagObjects = new Map<string, FakeTagObject>();
  /** Full ref name → sha (or tag object), on the remote: `refs/heads/*`, `refs/tags/*`. */
  readonly remote = new Map<string, string>();
  /** `refs/remotes/origin/<b>`, `refs/tags/<t>` and the like, after fetch. */
  readonly local = new Map<string, string>();
  readonly pushes: RefUpdate[][] = [];
  /** Paths that conflict when merging, by `ours..theirs`. */
  readonly conflicts = new Map<string, string[]>();
  /** The full message of each merge commit mergeCommit made, by sha. */
  readonly mergeMessages = new Map<string, string>();
  /** A reason the remote refuses every push with (a hook, branch protection). */
  rejectPushes: string | null = null;
  /** Runs before a push is applied (another clone racing). */
  onPush: (() => void) | null = null;
  private counter = 0;

  commit(parents: string[], subject: string, date = '2026-01-01T00:00:00Z', author = 'Test Author'): string {
    const sha = createHash('sha1').update(`${++this.counter}:${subject}`).digest('hex');
    this.commits.set(sha, { sha, parents, subject, date, author });
    return sha;
  }

  /** An annotated tag object `name` → `commit` (no ref is set); returns its id. */
  tag(name: string, commit: string, message = `tag ${name}`): string {
    const id = createHash('sha1').update(`${++this.counter}:tag ${name}`).digest('hex');
    this.tagObjects.set(id, { name, commit, message });
    return id;
  }

  /** The commit a ref, sha or tag object names (a tag peeled, as `^{commit}` does), or null. */
  private resolve(ref: string): string | null {
    const named = this.commits.has(ref) || this.tagObjects.has(ref) ? ref : this.local.get(ref);
    const sha = named ?? this.local.get(`refs/heads/${ref}`) ?? null;
    return sha === null ? null : (this.tagObjects.get(sha)?.commit ?? sha);
  }

  private ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const todo = [sha];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      todo.push(...(this.commits.get(s)?.parents ?? []));
    }
    return seen;
  }

  isRepository = async () => true;
  isShallow = async () => false;
  tryLocation = missing('tryLocation') as GitPort['tryLocation'];
  tryRemoteHead = missing('tryRemoteHead') as GitPort['tryRemoteHead'];
  tryBranchesNamed = missing('tryBranchesNamed') as GitPort['tryBranchesNamed'];
  tryRemoteUrl = missing('tryRemoteUrl') as GitPort['tryRemoteUrl'];
  requireTopLevel = async () => undefined;
  requireFullHistory = async () => undefined;
  tryRevParse = async (ref: string) => this.resolve(ref);
  async revParse(ref: string): Promise<string> {
    const sha = this.resolve(ref);
    if (!sha) throw new Error(`fake git: no ref ${ref}`);
    return sha;
  }
  isAncestor = async (a: string, d: string) => this.ancestors(d).has(a);
  tryIsAncestor = async (a: string, d: string) => this.commits.has(a) && this.ancestors(d).has(a);
  async mergeBase(a: string, b: string): Promise<string | null> {
    const ofB = this.ancestors(b);
    return [...this.commits.keys()].reverse().find((s) => ofB.has(s) && this.ancestors(a).has(s)) ?? null;
  }
  async log(range: string): Promise<CommitInfo[]> {
    const [from, to] = range.split('..') as [string, string];
    const exclude = this.ancestors(from);
    const include = this.ancestors(to);
    return [...this.commits.values()]
      .filter((c) => include.has(c.sha) && !exclude.has(c.sha))
      .map(({ sha, author, date, subject }) => ({ sha, author, date, subject }));
  }
  unmergedChanges = missing('unmergedChanges');
  treeOf = missing('treeOf');
  commitDate = async (sha: string) => this.commits.get(sha)!.date;
  async tagMessage(name: string): Promise<string | null> {
    const object = this.local.get(`refs/tags/${name}`);
    const message = object === undefined ? undefined : this.tagObjects.get(object)?.message;
    return message === undefined ? null : message.replace(/\n$/, '');
  }
  listTree = missing('listTree');
  readBlob = missing('readBlob');
  withExportedTree = missing('withExportedTree') as GitPort['withExportedTree'];
  withSparseTrees = missing('withSparseTrees') as GitPort['withSparseTrees'];
  async mergeTree(ours: string, theirs: string): Promise<{ tree: string } | { conflicts: string[] }> {
    const conflicts = this.conflicts.get(`${ours}..${theirs}`);
    return conflicts ? { conflicts } : { tree: `tree-of-${ours}-${theirs}` };
  }
  async mergeCommit(
    ours: string,
    theirs: string,
    message: string,
  ): Promise<{ sha: string } | { conflicts: string[] }> {
    const merged = await this.mergeTree(ours, theirs);
    if ('conflicts' in merged) return { conflicts: merged.conflicts };
    const sha = this.commit([ours, theirs], message.split('\n')[0]!);
    this.mergeMessages.set(sha, message);
    return { sha };
  }
  createTag = async (name: string, sha: string, message: string) => this.tag(name, sha, message);
  async fetch(remote: string, branches: readonly string[]): Promise<void> {
    for (const b of branches) {
      const sha = this.remote.get(`refs/heads/${b}`);
      if (!sha) throw new Error(`fake git: ${remote} has no branch ${b}`);
      this.local.set(`refs/remotes/${remote}/${b}`, sha);
    }
  }
  /** Branches into `refs/remotes/<remote>/<b>`, tags into `refs/tags/<t>`; a ref the remote lacks fails. */
  async fetchRefs(remote: string, refs: readonly QualifiedRef[]): Promise<void> {
    for (const ref of refs) {
      const sha = this.remote.get(refName(ref));
      if (!sha) throw new Error(`fake git: ${remote} has no ${refName(ref)}`);
      this.local.set(ref.kind === 'branch' ? `refs/remotes/${remote}/${ref.name}` : refName(ref), sha);
    }
  }
  remoteRef = async (_remote: string, ref: QualifiedRef) => this.remote.get(refName(ref)) ?? null;
  remoteBranch = async (_remote: string, b: string) => this.remote.get(`refs/heads/${b}`) ?? null;
  /** The remote's `refs/tags/*` by name (as ls-remote sorts them), each peeled to its commit. */
  async listRemoteTags(): Promise<RemoteTag[]> {
    return [...this.remote]
      .filter(([ref]) => ref.startsWith('refs/tags/'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, object]) => {
        const commit = this.tagObjects.get(object)?.commit ?? object;
        return {
          name: ref.slice('refs/tags/'.length),
          object,
          commit: this.commits.has(commit) ? commit : null,
        };
      });
  }
  async tryPushRefs(_remote: string, updates: readonly RefUpdate[]): Promise<PushOutcome> {
    this.onPush?.();
    this.pushes.push([...updates]);
    if (this.rejectPushes) return { pushed: false, leaseLost: false, reason: this.rejectPushes, lost: [] };
    const lost = updates.filter((u) => (this.remote.get(refName(u.ref)) ?? null) !== u.expected);
    if (lost.length > 0)
      return { pushed: false, leaseLost: true, reason: 'stale info', lost: lost.map((u) => refName(u.ref)) };
    for (const u of updates) this.remote.set(refName(u.ref), u.sha);
    return { pushed: true };
  }
  tryPushWithLease = (remote: string, b: string, sha: string, expected: string) =>
    this.tryPushRefs(remote, [{ ref: { kind: 'branch', name: b }, sha, expected }]);
}

/** What a fake GitHub holds; tests fill it. */
export interface FakeGitHubState {
  statuses: Map<string, CommitStatus[]>;
  checkRuns: Map<string, CheckRun[]>;
  /** `${sha} ${environment}` → deployments, each with its statuses. */
  deployments: Map<string, { id: number; statuses: DeploymentStatus[] }[]>;
  /** Full ref name → activity, newest first, in pages of `activityPageSize`. */
  activity: Map<string, Activity[]>;
  activityPageSize: number;
  /** Label → open issue and pull request numbers. */
  labelled: Map<string, number[]>;
  pulls: PullRequest[];
  /** `${head} ${base}` of each open pull request (number → key). */
  openPulls: Map<number, string>;
  /** Published releases, oldest first; `latestRelease` is the id marked latest. */
  releases: Release[];
  /** Issues (the drift dashboard), by number. */
  issues: Map<number, Issue>;
  /** Numbers of deleted issues: getIssue answers null, updateIssue throws GitHub's 410. */
  deletedIssues: Set<number>;
  /** Comments on issues (createComment, listComments), oldest first, by issue number. */
  comments: Map<number, IssueComment[]>;
  /** Login → permission; a login not here has none. */
  permissions: Map<string, RepoPermission>;
  latestRelease: number | null;
  /** The bytes of each asset, by asset id. */
  assetData: Map<number, Buffer>;
}

/** A GitHub that answers from `state`; `fail` makes one method throw (as Octokit would). */
export class FakeGitHub implements GitHubPort {
  readonly repo: RepoRef = { owner: 'example-org', repo: 'gitops-repo' };
  readonly state: FakeGitHubState = {
    statuses: new Map(),
    checkRuns: new Map(),
    deployments: new Map(),
    activity: new Map(),
    activityPageSize: 100,
    labelled: new Map(),
    pulls: [],
    openPulls: new Map(),
    releases: [],
    issues: new Map(),
    deletedIssues: new Set(),
    comments: new Map(),
    permissions: new Map(),
    latestRelease: null,
    assetData: new Map(),
  };
  readonly calls: string[] = [];
  readonly fail = new Map<string, unknown>();
  /** Runs as each call starts, with the call's name (`updateIssue 3 closed`): another run acting meanwhile. */
  onCall: ((name: string) => void | Promise<void>) | null = null;
  /** What the next merge does: a sha, or an error to throw. */
  mergeResult: string | { status: number; message: string } = 'merged0000000000000000000000000000000000';
  /** The head sha a created or updated pull request reports. */
  headSha = '';
  private assetIds = 0;
  private commentIds = 0;

  private call(name: string): void {
    this.calls.push(name);
    if (this.fail.has(name)) throw this.fail.get(name);
  }

  /** `call`, after `onCall` (which may change the state, or wait for another call). */
  private async hookedCall(name: string): Promise<void> {
    await this.onCall?.(name);
    this.call(name);
  }

  async listCommitStatuses(ref: string) {
    this.call('listCommitStatuses');
    return this.state.statuses.get(ref) ?? [];
  }
  async listCheckRuns(ref: string) {
    this.call('listCheckRuns');
    return this.state.checkRuns.get(ref) ?? [];
  }
  async listDeployments(q: { sha: string; environment: string }) {
    this.call('listDeployments');
    return (this.state.deployments.get(`${q.sha} ${q.environment}`) ?? []).map((d) => ({ id: d.id }));
  }
  async listDeploymentStatuses(id: number) {
    this.call('listDeploymentStatuses');
    return [...this.state.deployments.values()].flat().find((d) => d.id === id)?.statuses ?? [];
  }
  createDeployment = missing('createDeployment');
  createDeploymentStatus = missing('createDeploymentStatus');
  async *activities(ref: string): AsyncIterable<Activity[]> {
    this.call(`activities ${ref}`);
    const all = this.state.activity.get(ref) ?? [];
    for (let i = 0; i < all.length; i += this.state.activityPageSize)
      yield all.slice(i, i + this.state.activityPageSize);
  }
  async listOpenLabelled(label: string) {
    this.call(`listOpenLabelled ${label}`);
    return (this.state.labelled.get(label) ?? []).map((number) => ({ number }));
  }
  async pullRequestsOfCommit() {
    this.call('pullRequestsOfCommit');
    return [];
  }
  async findOpenPullRequest(head: string, base: string) {
    this.call('findOpenPullRequest');
    const open = [...this.state.openPulls].find(([, key]) => key === `${head} ${base}`);
    return open ? this.state.pulls.find((p) => p.number === open[0])! : null;
  }
  async createPullRequest(a: { head: string; base: string }) {
    this.call('createPullRequest');
    const pr: PullRequest = {
      number: this.state.pulls.length + 1,
      url: `https://github.test/pull/${this.state.pulls.length + 1}`,
      headSha: this.headSha,
      merged: false,
      mergeCommitSha: null,
    };
    this.state.pulls.push(pr);
    this.state.openPulls.set(pr.number, `${a.head} ${a.base}`);
    return pr;
  }
  async updatePullRequest(n: number) {
    this.call('updatePullRequest');
    const pr = this.state.pulls.find((p) => p.number === n)!;
    pr.headSha = this.headSha;
    return pr;
  }
  async getPullRequest(n: number) {
    this.call('getPullRequest');
    return this.state.pulls.find((p) => p.number === n)!;
  }
  async mergePullRequest(n: number) {
    this.call('mergePullRequest');
    if (typeof this.mergeResult !== 'string')
      throw Object.assign(new Error(this.mergeResult.message), this.mergeResult);
    const pr = this.state.pulls.find((p) => p.number === n)!;
    Object.assign(pr, { merged: true, mergeCommitSha: this.mergeResult });
    return this.mergeResult;
  }
  async getReleaseByTag(tag: string) {
    this.call(`getReleaseByTag ${tag}`);
    const found = this.state.releases.find((r) => r.tagName === tag);
    return found ? structuredClone(found) : null;
  }
  async createRelease(a: {
    tag: string;
    name: string;
    body: string;
    prerelease: boolean;
    makeLatest: boolean;
  }) {
    this.call(`createRelease ${a.tag}`);
    if (this.state.releases.some((r) => r.tagName === a.tag))
      throw Object.assign(new Error('Validation Failed: already_exists'), { status: 422 });
    const id = this.state.releases.length + 1;
    const release: Release = {
      id,
      tagName: a.tag,
      name: a.name,
      body: a.body,
      url: `https://github.test/releases/tag/${a.tag}`,
      uploadUrl: `https://uploads.github.test/releases/${id}/assets`,
      draft: false,
      prerelease: a.prerelease,
      assets: [],
    };
    this.state.releases.push(release);
    if (a.makeLatest) this.state.latestRelease = id;
    return structuredClone(release);
  }
  async updateRelease(id: number, a: { body: string; name?: string; makeLatest?: boolean }) {
    this.call(`updateRelease ${id}`);
    const release = this.state.releases.find((r) => r.id === id);
    if (!release) throw Object.assign(new Error('Not Found'), { status: 404 });
    release.body = a.body;
    if (a.name !== undefined) release.name = a.name;
    if (a.makeLatest) this.state.latestRelease = id;
    return structuredClone(release);
  }
  async uploadReleaseAsset(of: Release, file: { name: string; contentType: string; data: Buffer }) {
    this.call(`uploadReleaseAsset ${of.id} ${file.name}`);
    const release = this.state.releases.find((r) => r.id === of.id);
    if (!release) throw Object.assign(new Error('Not Found'), { status: 404 });
    for (const old of release.assets.filter((a) => a.name === file.name)) this.state.assetData.delete(old.id);
    const id = ++this.assetIds;
    const asset: ReleaseAsset = { id, name: file.name, url: `https://github.test/download/${file.name}` };
    release.assets = [...release.assets.filter((a) => a.name !== file.name), asset];
    this.state.assetData.set(id, Buffer.from(file.data));
    return { ...asset };
  }
  async listComments(n: number) {
    await this.hookedCall(`listComments ${n}`);
    return (this.state.comments.get(n) ?? []).map((c) => ({ ...c }));
  }
  async createComment(n: number, body: string) {
    await this.hookedCall(`createComment ${n}`);
    if (!this.state.issues.has(n)) throw Object.assign(new Error('Not Found'), { status: 404 });
    const id = 900_000 + ++this.commentIds;
    const url = `https://github.com/example-org/gitops-repo/issues/${n}#issuecomment-${id}`;
    const comment: IssueComment = { id, body, url, authorType: 'Bot', authorAssociation: 'NONE' };
    this.state.comments.set(n, [...(this.state.comments.get(n) ?? []), comment]);
    return { ...comment };
  }
  updateComment = missing('updateComment');
  deleteComment = missing('deleteComment');
  /** Labels are kept where listOpenLabelled reads them (`state.labelled`). */
  async addLabels(n: number, labels: string[]) {
    this.call(`addLabels ${n} ${labels.join(',')}`);
    for (const label of labels) {
      const numbers = this.state.labelled.get(label) ?? [];
      if (!numbers.includes(n)) this.state.labelled.set(label, [...numbers, n]);
    }
  }
  /** Labels match case-insensitively, as GitHub's `labels` filter does; newest (highest number) first. */
  async listLabelledIssues(label: string, state: 'open' | 'closed' | 'all') {
    await this.hookedCall(`listLabelledIssues ${label} ${state}`);
    const has = (i: Issue) => i.labels.some((l) => l.toLowerCase() === label.toLowerCase());
    return [...this.state.issues.values()]
      .filter((i) => has(i) && (state === 'all' || i.state === state))
      .sort((a, b) => b.number - a.number)
      .map((i) => ({ ...i, labels: [...i.labels] }));
  }
  async getIssue(n: number) {
    await this.hookedCall(`getIssue ${n}`);
    const found = this.state.issues.get(n);
    return found ? { ...found, labels: [...found.labels] } : null;
  }
  /** An issue as a test seeds it: open, unlabelled, by `octocat`, the next number, unless told otherwise. */
  addIssue(seed: Partial<Issue> & { body: string }): Issue {
    const number = seed.number ?? this.nextIssueNumber();
    const issue: Issue = {
      title: 'an issue',
      state: 'open',
      stateReason: null,
      labels: [],
      author: 'github-actions[bot]',
      url: `https://github.com/example-org/gitops-repo/issues/${number}`,
      ...seed,
      number,
    };
    this.state.issues.set(number, issue);
    return issue;
  }
  private nextIssueNumber(): number {
    const taken = [...this.state.issues.keys(), ...this.state.deletedIssues];
    return Math.max(0, ...taken, ...this.state.pulls.map((p) => p.number)) + 1;
  }
  async createIssue(a: { title: string; body: string; labels: string[] }) {
    await this.hookedCall('createIssue');
    const number = this.nextIssueNumber();
    const created: Issue = {
      number,
      ...a,
      labels: [...a.labels],
      state: 'open',
      stateReason: null,
      url: `https://github.com/example-org/gitops-repo/issues/${number}`,
      author: 'github-actions[bot]',
    };
    this.state.issues.set(number, created);
    return { ...created, labels: [...created.labels] };
  }
  /** As GitHub: `stateReason` counts only when the state changes; closing defaults it, reopening sets it. */
  async updateIssue(
    n: number,
    a: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: IssueStateReason },
  ) {
    await this.hookedCall(`updateIssue ${n}${a.state ? ` ${a.state}` : ''}`);
    if (this.state.deletedIssues.has(n))
      throw Object.assign(new Error('This issue was deleted'), { status: 410 });
    const found = this.state.issues.get(n);
    if (!found) throw Object.assign(new Error('Not Found'), { status: 404 });
    const changes = a.state !== undefined && a.state !== found.state;
    const reason = a.state === 'closed' ? (a.stateReason ?? 'completed') : 'reopened';
    const next: Issue = {
      ...found,
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.body !== undefined ? { body: a.body } : {}),
      ...(changes ? { state: a.state, stateReason: reason } : {}),
    };
    this.state.issues.set(n, next);
    return { ...next, labels: [...next.labels] };
  }
  /** Deletes an issue as an admin would. */
  deleteIssue(n: number): void {
    this.state.issues.delete(n);
    this.state.comments.delete(n);
    this.state.deletedIssues.add(n);
  }
  async permissionOf(user: string) {
    this.call(`permissionOf ${user}`);
    return this.state.permissions.get(user) ?? 'none';
  }
}

/** An Argo CD holding `apps`; listApplications filters by a `label=value` selector. */
export class FakeArgoCd implements ArgoCdPort {
  readonly server = 'https://argocd.test';
  readonly apps: ArgoApplication[] = [];
  readonly selectors: string[] = [];
  failure: Error | null = null;

  async listApplications(filter: ArgoApplicationFilter = {}): Promise<ArgoApplication[]> {
    if (this.failure) throw this.failure;
    this.selectors.push(filter.selector ?? '');
    const [key, value] = (filter.selector ?? '').split('=');
    return this.apps.filter((a) => !key || a.metadata.labels?.[key] === value);
  }
  getApplication = missing('getApplication') as ArgoCdPort['getApplication'];
  getResourceTree = missing('getResourceTree') as () => Promise<ArgoResourceTree>;
}

/** An Application of `cluster` (label `cluster`) from `repoURL` at `revision`. */
export function fakeApp(
  name: string,
  cluster: string,
  status: { revision: string; sync?: string; health?: string; repoURL?: string },
): ArgoApplication {
  return {
    metadata: { name, labels: { cluster } },
    spec: {
      source: { repoURL: status.repoURL ?? 'https://github.com/example-org/gitops-repo', path: 'charts/x' },
    },
    status: {
      sync: { status: status.sync ?? 'Synced', revision: status.revision },
      health: { status: status.health ?? 'Healthy' },
    },
  };
}
