import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { gitVersionProblem, MIN_GIT_VERSION } from '../../src/git/version.js';

describe('minimum git version', () => {
  it('is 2.38 (merge-tree --write-tree)', () => {
    expect(MIN_GIT_VERSION).toEqual([2, 38]);
  });

  it('refuses an older git, naming the version found and the one needed', () => {
    const problem = gitVersionProblem('git version 2.37.9\n');
    expect(problem).toBeInstanceOf(ConfigurationError);
    expect(problem?.message).toBe(
      'git version 2.37.9 is too old: gitops-promotion needs git 2.38 or newer (merge-tree --write-tree)',
    );
    expect(gitVersionProblem('git version 1.99.0')?.message).toContain('git version 1.99.0 is too old');
  });

  it('accepts 2.38 and newer, and output it cannot read', () => {
    for (const v of [
      'git version 2.38.0',
      'git version 2.39.5',
      'git version 3.0.0',
      'git version 2.50.1.windows.1',
    ])
      expect(gitVersionProblem(v)).toBeNull();
    expect(gitVersionProblem('something else')).toBeNull();
  });
});
