import { describe, expect, it } from 'vitest';
import type { AppChange, DiffReport } from '../../src/diff/model.js';
import { COMMENT_MAX_CHARS } from '../../src/report/budget.js';
import { commentPart, splitDiffComments } from '../../src/report/diff-comments.js';
import { appSection } from '../../src/report/diff-markdown.js';

function app(name: string, diffChars: number): AppChange {
  return {
    kind: 'Application',
    cluster: 'dev-01',
    name,
    namespace: 'argocd',
    status: 'modified',
    fields: [{ path: 'spec.source.helm.values', old: 'a', new: 'b' }],
    unified: `--- a\n+++ b\n${'+x\n'.repeat(diffChars / 3)}`,
    deep: { state: 'not-applicable' },
  };
}

function report(apps: AppChange[]): DiffReport {
  return {
    base: { ref: 'main', sha: 'a'.repeat(40) },
    head: { ref: 'pr', sha: 'b'.repeat(40) },
    complete: true,
    errors: [],
    notes: [],
    changed: true,
    changedClusters: ['dev-01'],
    clusters: [
      {
        name: 'dev-01',
        env: 'dev',
        status: 'changed',
        apps,
        objects: [],
        counts: { added: 0, removed: 0, modified: apps.length },
        compared: null,
        errors: [],
      },
    ],
    risks: [],
    validation: { errors: 0, warnings: 0, findings: [] },
    controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
    ignored: { total: 0, byRule: {} },
    stats: { clustersRendered: 2, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 },
  };
}

describe('splitDiffComments', () => {
  it('keeps a small report in one comment with the marker', () => {
    const parts = splitDiffComments(report([app('dev-01-a', 300)]));
    expect(parts).toHaveLength(1);
    expect(commentPart(parts[0]!)).toBe(1);
  });

  it('splits clusters across marked comments, shrinks a single oversized Application, names every one', () => {
    const apps = [
      app('dev-01-a', 30_000),
      app('dev-01-b', 30_000),
      app('dev-01-huge', 200_000),
      app('dev-01-c', 30_000),
    ];
    const parts = splitDiffComments(report(apps));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    parts.forEach((p, i) => {
      expect([...p].length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
      expect(commentPart(p)).toBe(i + 1);
    });
    for (const a of apps) expect(parts.some((p) => p.includes(`<code>${a.name}</code>`))).toBe(true);
    const huge = parts.find((p) => p.includes('<code>dev-01-huge</code>'))!;
    expect(huge).toContain('left out of this comment; the job summary and the diff artifact have it');
    expect(parts[0]).toMatch(new RegExp(`Continued in ${parts.length - 1} more comments?\\.`));
    expect(commentPart('an unrelated comment')).toBeNull();
  });

  it('an Application whose field table alone is too big keeps its name and says what was left out', () => {
    const fields = Array.from({ length: 4000 }, (_, i) => ({
      path: `spec.x${i}`,
      old: 'a'.repeat(10),
      new: 'b',
    }));
    const parts = splitDiffComments(report([{ ...app('dev-01-wide', 300), fields }]));
    const part = parts.find((p) => p.includes('<code>dev-01-wide</code>'))!;
    expect(part).toContain(
      '(4000 field changes left out of this comment; the job summary and the diff artifact have them)',
    );
    expect(part).not.toContain('Application unchanged');
    parts.forEach((p) => expect([...p].length).toBeLessThanOrEqual(COMMENT_MAX_CHARS));
  });
});

describe('an Application whose own object is unchanged', () => {
  const unchangedObject = (deep: AppChange['deep']): AppChange => ({
    ...app('dev-01-monitoring', 0),
    fields: [],
    unified: '',
    deep,
  });

  it('says what changes: its resources, its chart, or what it renders from (resources unknown)', () => {
    const text = (deep: AppChange['deep']) => appSection(unchangedObject(deep));
    const dependency = {
      name: 'cert-manager',
      from: '1.15.3',
      to: '1.16.1',
      repository: 'https://charts.jetstack.io',
      repositoryFrom: null,
      file: 'Chart.yaml',
    };
    expect(text({ state: 'unknown', reason: 'multi-source', dependencies: [] })).toContain(
      '(Application unchanged; what it renders from changes)',
    );
    expect(text({ state: 'unknown', reason: 'not vendored', dependencies: [dependency] })).toContain(
      '(Application unchanged; its chart changes)',
    );
  });
});
