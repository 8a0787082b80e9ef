import { describe, expect, it } from 'vitest';
import { helmErrorText } from '../../src/helm/error-text.js';

describe('helmErrorText', () => {
  it("drops Helm 4's debug, info and warning log lines and keeps an error-level one", () => {
    const stderr = [
      'level=DEBUG msg="number of dependencies in the chart" chart=c dependencies=0',
      'level=WARN msg="this chart is deprecated"',
      'level=ERROR msg="the error itself"',
      'Error: execution error at (c/templates/b.yaml:1:3): boom',
      '',
      'Use --debug flag to render out invalid YAML',
      '',
    ].join('\n');
    expect(helmErrorText(stderr)).toBe(
      'level=ERROR msg="the error itself" execution error at (c/templates/b.yaml:1:3): boom',
    );
  });

  it('says so when helm wrote only notes', () => {
    expect(helmErrorText('level=INFO msg="warning: skipped value for c.l: Not a table."\n')).toBe(
      'no message',
    );
  });
});
