import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { annotation } from '../../src/report/annotations.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderMarkdown } from '../../src/report/validate-report.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { fencedBlocks, mentions, outsideCode } from '../helpers/markdown-structure.js';
import { runnerReads } from '../helpers/runner-commands.js';

const AOA = 'charts/app-of-apps';

describe('reports of a real render with hostile repository text', () => {
  let s: Scenario | undefined;
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    fx?.cleanup();
  });

  it('keeps a ``` line, </details>, <script> and @mentions from the values inside code', async () => {
    s = scenario((fx) =>
      fx.replace(
        `${AOA}/values.dev-01.yaml`,
        'retention: 2d',
        'retention: 2d\n          note: "```\\n</details><script>x</script> @octocat @org/team | x |"',
      ),
    );
    const md = renderDiffMarkdown(await runDiff(s));
    const blocks = fencedBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.close, b.content).toBeGreaterThan(b.open);
    expect(blocks.some((b) => b.content.split('\n').includes('+```') || b.content.includes('```'))).toBe(
      true,
    );
    const html = outsideCode(md);
    expect(html).not.toMatch(/<script/);
    expect(html.match(/<\/details>/g)?.length).toBe(html.match(/<details[ >]/g)?.length);
    expect(mentions(md)).toEqual([]);
  });

  it('keeps a helm error carrying markdown, HTML, mentions and commands in its cell and annotation', async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/templates/boom.yaml`,
      '{{ fail "@octocat </details><script>x</script> | x | ```\\n::error::injected\\n\\n## injected" }}\n',
    );
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    const failed = result.findings.filter((f) => f.message.includes('@octocat'));
    expect(failed.length).toBeGreaterThan(0);
    const md = renderMarkdown(result);
    expect(md).toContain(
      '@&#8203;octocat &lt;/details&gt;&lt;script&gt;x&lt;/script&gt; \\| x \\| \\`\\`\\`',
    );
    expect(md).not.toMatch(/^## injected/m);
    expect(outsideCode(md)).not.toMatch(/<script/);
    expect(mentions(md)).toEqual([]);
    const log = failed.map((f) => `${annotation(f)}\n`).join('');
    expect(runnerReads(log).commands.map((c) => [c.command, c.data])).toEqual(
      failed.map((f) => ['error', f.message]),
    );
  });
});
