import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { EXAMPLE_REPO, FixtureRepo } from './fixture-repo.js';
import { commitAll, git, initRepo, isolatedGitEnv } from './git.js';

/**
 * Canary secrets placed in the environment of every hostile-input run: none of them may appear in
 * anything the tool prints or writes (also base64-encoded).
 */
export const CANARY_ENV: Readonly<Record<string, string>> = {
  INPUT_TOKEN: 'canary-input-token-7Qx2',
  GITHUB_TOKEN: 'canary-github-token-K9p4',
  GH_TOKEN: 'canary-gh-token-Zt81',
  ARGOCD_TOKEN: 'canary-argocd-token-Lm55',
  ARGOCD_AUTH_TOKEN: 'canary-argocd-auth-Rw03',
  AWS_SECRET_ACCESS_KEY: 'canary-aws-secret-Hy6v',
  ACTIONS_RUNTIME_TOKEN: 'canary-runtime-token-Bq3n',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'canary-oidc-token-Pe9c',
};

/** The content of a secret file outside every repository: a payload that reads it must not get it out. */
export const OUTSIDE_SECRET = 'canary-outside-file-secret-Wd4k';

/** The ways a canary may be written: as is, and base64 at each of the three alignments. */
export function encodings(secret: string): string[] {
  const b64 = [0, 1, 2].map((pad) =>
    Buffer.from('x'.repeat(pad) + secret)
      .toString('base64')
      .slice(4, -4),
  );
  return [secret, ...b64];
}

const SECRETS = [...Object.values(CANARY_ENV), OUTSIDE_SECRET];

/**
 * One hostile-input test file's sandbox: TMPDIR (every temp dir of the tool and of the fixtures),
 * a canary dir that payloads aim at (must stay empty), scripts a payload would run, a secret file
 * outside every repo, and an output dir. `install()` points TMPDIR here and puts the canary
 * tokens into this worker's environment (vitest runs each file in its own process).
 */
export class HostileSandbox {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'gp-hostile-'));
  readonly tmp = path.join(this.root, 'tmp');
  readonly canaries = path.join(this.root, 'canaries');
  readonly scripts = path.join(this.root, 'scripts');
  readonly outside = path.join(this.root, 'outside');
  readonly secretFile = path.join(this.outside, 'secret.yaml');
  private saved: NodeJS.ProcessEnv = {};

  constructor() {
    for (const d of [this.tmp, this.canaries, this.scripts, this.outside]) mkdirSync(d);
    writeFileSync(this.secretFile, `leak: ${OUTSIDE_SECRET}\n`);
    // A chart outside the repository whose every render would print the outside secret.
    mkdirSync(path.join(this.outside, 'chart/templates'), { recursive: true });
    writeFileSync(
      path.join(this.outside, 'chart/Chart.yaml'),
      'apiVersion: v2\nname: outside\nversion: 0.1.0\n',
    );
    writeFileSync(
      path.join(this.outside, 'chart/templates/cm.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\ndata:\n  leak: ${OUTSIDE_SECRET}\n`,
    );
  }

  install(): void {
    this.saved = { ...process.env };
    Object.assign(process.env, CANARY_ENV, { TMPDIR: this.tmp });
  }

  uninstall(): void {
    for (const k of Object.keys(process.env)) if (!(k in this.saved)) delete process.env[k];
    Object.assign(process.env, this.saved);
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Where case `id`'s payload would write if it worked. */
  canary(id: string): string {
    return path.join(this.canaries, `canary-${id}`);
  }

  /** An executable that touches case `id`'s canary (a post-renderer, an upload-pack, a plugin…). */
  script(id: string): string {
    const file = path.join(this.scripts, `evil-${id}.sh`);
    writeFileSync(file, `#!/bin/sh\ntouch ${this.canary(id)}\ncat\n`);
    chmodSync(file, 0o755);
    return file;
  }

  /** A fresh temp dir inside the sandbox's TMPDIR (outputs, promote roots). */
  tempDir(prefix: string): string {
    return mkdtempSync(path.join(this.tmp, prefix));
  }

  /**
   * The invariants of every hostile case: no canary was created (the canary dir is empty and
   * nothing appeared beside the sandbox's own dirs), no canary secret is in `texts` or in any file
   * under TMPDIR, and nothing crashed (no stack trace, no "internal error").
   */
  expectClean(texts: string[]): void {
    expect(readdirSync(this.canaries)).toEqual([]);
    expect(readdirSync(this.root).sort()).toEqual(['canaries', 'outside', 'scripts', 'tmp']);
    const all = [...texts, ...filesUnder(this.tmp).map((f) => readFileSync(f, 'latin1'))];
    for (const secret of SECRETS) {
      for (const form of encodings(secret)) {
        const hit = all.find((t) => t.includes(form));
        expect(hit === undefined, `canary ${secret} (as ${form}) leaked`).toBe(true);
      }
    }
    for (const t of texts) {
      expect(t).not.toMatch(/^\s+at /m);
      expect(t).not.toMatch(/internal error/i);
    }
  }
}

/** Every regular file under `root` (symlinks not followed). */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(root, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return e.isFile() && lstatSync(p).size < 4_000_000 ? [p] : [];
  });
}

/**
 * examples/gitops-repo cut down to its dev-01 cluster (every component chart kept), built once:
 * small enough that one validate takes well under a second.
 */
export function miniExample(into: string): string {
  const dir = path.join(into, 'mini-example');
  if (existsSync(dir)) return dir;
  cpSync(EXAMPLE_REPO, dir, { recursive: true });
  for (const c of ['stag-01', 'ops-01', 'prod-01']) {
    rmSync(path.join(dir, `argocd-bootstrap-apps/${c}.yaml`));
    for (const chart of readdirSync(path.join(dir, 'charts')))
      rmSync(path.join(dir, 'charts', chart, `values.${c}.yaml`), { force: true });
  }
  rmSync(path.join(dir, 'charts/kyverno/values.enforce.yaml'), { force: true });
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, with the canary tokens in its environment as well as in process.env. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd,
    env: { ...process.env, ...CANARY_ENV, ...env },
  };
  const code = await runCli(args, io);
  return { code, ...out };
}

/** A scratch copy of `from` as a git repo: `base` is it as is, `head` after `change`. */
export interface DiffRepo {
  fx: FixtureRepo;
  env: NodeJS.ProcessEnv;
  base: string;
  head: string;
}

export function diffRepo(from: string, change: (fx: FixtureRepo) => void): DiffRepo {
  const fx = new FixtureRepo(from);
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env, 'main');
  change(fx);
  const head = commitAll(fx.dir, env, 'hostile change');
  return { fx, env, base, head };
}

export function refsOf(gitDir: string, env: NodeJS.ProcessEnv): string {
  return git(gitDir, env, 'for-each-ref', '--format=%(refname) %(objectname)');
}
