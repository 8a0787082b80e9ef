import { describe, expect, it } from 'vitest';
import type { PromoteResult } from '../../src/commands/promote.js';
import type { ValidateResult } from '../../src/gitops/validate-model.js';
import type { DiffReport } from '../../src/diff/model.js';
import { splitDiffComments } from '../../src/report/diff-comments.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderPromoteMarkdown } from '../../src/report/promote-report.js';
import { renderMarkdown } from '../../src/report/validate-report.js';
import { fencedBlocks, mentions, outsideCode, rowCells } from '../helpers/markdown-structure.js';

/** What a hostile pull request can put into names, values and messages. */
const EVIL =
  '</summary></details><script>x</script><img src=x onerror=alert(1)> @octocat @org/team | x | ```';
const CLUSTER = `prod${EVIL}`;
const APP = `app${EVIL}`;
const UNIFIED = [
  '--- a/app.yaml',
  '+++ b/app.yaml',
  '@@ -1,3 +1,3 @@',
  ' values: |',
  '-  note: old',
  '+```',
  '+</details>',
  '+  owner: @octocat',
].join('\n');

const report: DiffReport = {
  base: { ref: 'main', sha: 'a'.repeat(40) },
  head: { ref: 'pr', sha: 'b'.repeat(40) },
  complete: false,
  errors: [],
  notes: [`Base has no config file ${EVIL}`],
  changed: true,
  changedClusters: [CLUSTER],
  clusters: [
    {
      name: CLUSTER,
      env: `prod${EVIL}`,
      status: 'changed',
      apps: [
        {
          kind: 'Application',
          cluster: CLUSTER,
          name: APP,
          namespace: 'argocd',
          status: 'modified',
          fields: [
            { path: `spec.source.helm.parameters[name=${EVIL}]`, old: 'plain', new: EVIL },
            { path: 'metadata.labels.team', old: '@octocat', new: '| x |' },
          ],
          unified: UNIFIED,
          deep: {
            state: 'rendered',
            resources: [
              {
                kind: 'ConfigMap',
                namespace: `ns${EVIL}`,
                name: 'cm',
                status: 'modified',
                fields: [{ path: 'data.x', old: '```', new: '`a`' }],
                unified: UNIFIED,
              },
            ],
            dependencies: [
              {
                name: `dep${EVIL}`,
                from: '1.0.0',
                to: `2.0.0${EVIL}`,
                repository: `https://charts.example.com/${EVIL}`,
                repositoryFrom: 'https://old.example.com',
                file: 'Chart.yaml',
              },
            ],
          },
        },
      ],
      objects: [],
      counts: { added: 0, removed: 0, modified: 1 },
      compared: null,
      errors: [`helm template failed:\nError: ${EVIL}\n\n## injected heading`],
    },
  ],
  risks: [{ kind: 'production-changed', cluster: CLUSTER, application: APP, message: `changes ${EVIL}` }],
  validation: { errors: 0, warnings: 0, findings: [] },
  controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
  ignored: { total: 1, byRule: { [`rule${EVIL}`]: 1 } },
  stats: { clustersRendered: 1, clustersSkipped: 0, chartsRendered: 1, chartsSkipped: 0 },
};

/** The invariants every rendered document must keep, whatever the repository text. */
function expectInert(md: string, diffBlocks: number): void {
  const html = outsideCode(md);
  expect(html).not.toMatch(/<script|<img/i);
  expect(mentions(md)).toEqual([]);
  const count = (re: RegExp) => html.match(re)?.length ?? 0;
  expect(count(/<\/details>/g)).toBe(count(/<details[ >]/g));
  expect(count(/<\/summary>/g)).toBe(count(/<summary>/g));
  const blocks = fencedBlocks(md);
  expect(blocks.map((b) => b.info)).toEqual(Array(diffBlocks).fill('diff'));
  for (const b of blocks) expect(b.content).toBe(UNIFIED);
  const lines = md.split('\n');
  let columns = 0;
  for (const [i, line] of lines.entries()) {
    if (lines[i + 1]?.startsWith('| --- ')) columns = rowCells(line).length;
    else if (line.startsWith('| ') && !line.startsWith('| --- '))
      expect(rowCells(line), line).toHaveLength(columns);
  }
}

describe('the diff markdown with hostile names and values', () => {
  const md = renderDiffMarkdown(report);

  it('keeps a hostile object (kind, namespace, name, values) in its cells and its diff block', () => {
    const object = {
      kind: `Kind${EVIL}`,
      apiVersion: `v1${EVIL}`,
      namespace: `ns${EVIL}`,
      name: `name${EVIL}`,
      status: 'modified' as const,
      fields: [
        { path: `data.${EVIL}`, old: '```', new: EVIL },
        { path: 'data.y', old: '@octocat', new: '| x |' },
      ],
      unified: UNIFIED,
    };
    const withObject: DiffReport = { ...report, clusters: [{ ...report.clusters[0]!, objects: [object] }] };
    const objectsMd = renderDiffMarkdown(withObject);
    expectInert(objectsMd, 3);
    expect(objectsMd).toContain('**Other objects** (1 modified):');
    for (const comment of splitDiffComments(withObject, 2500)) {
      expect(mentions(comment)).toEqual([]);
      expect(outsideCode(comment)).not.toMatch(/<script|<img/);
    }
  });

  it('keeps every payload inside its code block, cell, summary or code span', () => {
    expectInert(md, 2);
  });

  it('escapes the cluster and Application names where they stand', () => {
    const esc =
      '&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;x&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; @&#8203;octocat @&#8203;org/team';
    expect(md).toContain(
      `<details><summary><b>prod${esc} | x | \`\`\`</b> (prod${esc} | x | \`\`\`): 1 modified</summary>`,
    );
    expect(md).toContain(
      '<details><summary>🟡 modified <code>app&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;x&lt;/script&gt;' +
        '&lt;img src=x onerror=alert(1)&gt; @octocat @org/team | x | ```</code></summary>',
    );
    const cellEsc = `${esc} \\| x \\| \\\`\\\`\\\``;
    expect(md).toContain(`| prod${cellEsc} | prod${cellEsc} | 0 | 0 | 1 | 🟠 |`);
    expect(md).toContain(`- 🟠 **prod${cellEsc}** \`\`\`\` app${EVIL} \`\`\`\`: changes ${cellEsc}`);
  });

  it('shows changed values as code spans in their cells, backticks and all', () => {
    expect(md).toContain('| `metadata.labels.team` | `@octocat` | `\\| x \\|` |');
    expect(md).toContain('| `data.x` | ```` ``` ```` | `` `a` `` |');
  });

  it('puts the diff in a fence longer than the ``` line it holds', () => {
    expect(md).toContain(`\`\`\`\`diff\n${UNIFIED}\n\`\`\`\``);
  });

  it('keeps a helm error in its quote: no heading, no HTML', () => {
    expect(md).toContain('> ❓ helm template failed:<br>Error: &lt;/summary&gt;');
    expect(md).toContain('**Not compared:**');
    expect(md).not.toMatch(/^## injected/m);
  });

  it('stays inert when split into PR comments', () => {
    for (const comment of splitDiffComments(report)) expect(mentions(comment)).toEqual([]);
    const small = splitDiffComments(report, 2500);
    expect(small.length).toBeGreaterThan(1);
    for (const comment of small) {
      const html = outsideCode(comment);
      expect(html).not.toMatch(/<script|<img/);
      expect(html.match(/<\/details>/g)?.length).toBe(html.match(/<details[ >]/g)?.length);
      expect(mentions(comment)).toEqual([]);
      for (const b of fencedBlocks(comment)) expect(b.close).toBeGreaterThan(b.open);
    }
  });
});

describe('the validate summary with hostile findings and names', () => {
  it('keeps them in their cells', () => {
    const result = {
      findings: [
        {
          severity: 'error',
          rule: 'values-schema',
          message: `bad value ${EVIL}\nsecond line`,
          file: `charts/${EVIL}.yaml`,
          line: 1,
          column: 2,
          cluster: CLUSTER,
        },
      ],
      objects: [],
      counts: { error: 1, warning: 0, notice: 0 },
      compared: null,
      clusters: [{ name: CLUSTER, env: EVIL, ref: `main${EVIL}`, rendered: true, applications: 1 }],
      matrix: { clusters: [CLUSTER], components: [APP], cells: { [APP]: { [CLUSTER]: `v1${EVIL}` } } },
    } as unknown as ValidateResult;
    const md = renderMarkdown(result);
    expectInert(md, 0);
    expect(md).toContain('| 🔴 | `values-schema` | charts/&lt;/summary&gt;');
  });
});

describe('the promote summary with hostile commits and environments', () => {
  it('keeps them in their cells and pings no author', () => {
    const r: PromoteResult = {
      outcome: 'gates-failed',
      promoted: false,
      from: `dev${EVIL}`,
      to: 'staging',
      candidate: 'c'.repeat(40),
      previous: 'a'.repeat(40),
      strategy: 'merge',
      sha: null,
      commits: [
        { sha: 'c'.repeat(40), author: '@octocat', date: '2026-01-01', subject: EVIL, pullRequest: 3 },
      ],
      gates: [{ id: 'checks', status: 'fail', why: EVIL }],
      skipGatesReason: `because ${EVIL}`,
      message: `not promoted: ${EVIL}`,
    };
    const md = renderPromoteMarkdown(r, 'https://github.com/o/r');
    expectInert(md, 0);
    expect(md).toContain(`## gitops-promotion promote \`\`\`\` dev${EVIL} \`\`\`\` → \`staging\``);
    expect(md).toContain('| @&#8203;octocat |');
  });
});
