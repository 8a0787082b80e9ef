/**
 * The trimmed copy of GitHub's REST API description (third_party/github-rest-api) is what
 * scripts/gen-github-openapi.mjs writes, and carries every operation the fake GitHub server and the tests use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  operationKeys,
  operationKeysInSources,
  REQUIRED_SCHEMAS,
  serialize,
  SOURCE,
  TRIMMED_FILE,
  trimDescription,
} from '../../scripts/github-openapi-trim.mjs';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { GITHUB_OPENAPI_FILE, loadGitHubContract } from '../helpers/github-openapi.js';
import { DEFAULT_HANDLERS } from '../helpers/github-server.js';

type Doc = Parameters<typeof trimDescription>[0];
const text = readFileSync(TRIMMED_FILE, 'utf8');
const trimmed = JSON.parse(text) as Doc & { 'x-trimmed': { source: string; allOperations: string[] } };

describe('third_party/github-rest-api/api.github.com.json', () => {
  it('is the file the contract loads, from the pinned source', () => {
    expect(GITHUB_OPENAPI_FILE).toBe(TRIMMED_FILE);
    expect(trimmed['x-trimmed'].source).toBe(`${SOURCE.pkg}@${SOURCE.version} ${SOURCE.file}`);
    expect(trimmed.info).toMatchObject({ version: SOURCE.version });
  });

  it('carries every operation the fake serves by default', () => {
    const missing = Object.keys(DEFAULT_HANDLERS).filter(
      (key) => loadGitHubContract().operationStatus(key) !== 'present',
    );
    expect(missing).toEqual([]);
  });

  it('carries every operation of GitHub named by a literal key under test/ (regenerate after adding one)', () => {
    const named = operationKeysInSources().filter((key) => trimmed['x-trimmed'].allOperations.includes(key));
    expect(named.length).toBeGreaterThanOrEqual(Object.keys(DEFAULT_HANDLERS).length);
    expect(named.filter((key) => !operationKeys(trimmed).includes(key))).toEqual([]);
    // …and nothing else: an operation no test names is not carried.
    expect(operationKeys(trimmed).filter((key) => !named.includes(key))).toEqual([]);
  });

  it('is self-contained and minimal: trimming it again gives the same bytes', () => {
    const again = trimDescription(trimmed, operationKeys(trimmed));
    expect(serialize(again.doc)).toBe(text);
    for (const name of REQUIRED_SCHEMAS) expect(trimmed.components.schemas).toHaveProperty([name]);
  });

  it('tells trimmed-away operations from ones GitHub does not have, loudly', () => {
    // Not a literal: a literal key would make the generator carry the operation.
    const MILESTONES = ['GET', '/repos/{owner}/{repo}/milestones'].join(' ');
    const contract = loadGitHubContract();
    expect(contract.operationStatus('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(
      'present',
    );
    expect(contract.operationStatus(MILESTONES)).toBe('trimmed');
    expect(contract.operationStatus('GET /repos/{owner}/{repo}/comments/{id}')).toBe('absent');
    expect(() => contract.requireOperation(MILESTONES)).toThrow(
      `${MILESTONES} is an operation of GitHub's REST API that ` +
        'third_party/github-rest-api/api.github.com.json does not carry: ',
    );
    expect(contract.findOperation('GET', '/repos/o/r/milestones')?.key).toBe(MILESTONES);
  });

  const installed = sourceInstalled();
  it.skipIf(!installed)(
    `is what the generator writes from ${SOURCE.pkg}@${SOURCE.version} (runs only when that package is installed)`,
    () => {
      const run = spawnSync(process.execPath, ['scripts/gen-github-openapi.mjs', '--check'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});

function sourceInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(`${SOURCE.pkg}/package.json`);
    return true;
  } catch {
    return false;
  }
}
