import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gitops/config.js';
import { ConfigurationError } from '../../src/errors.js';

describe('limits: the alias budget in the config', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const withConfig = (text: string) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gp-limits-'));
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github/gitops-promotion.yaml'), text);
    return loadConfig(dir);
  };

  it('defaults to 200,000 nodes of expansion', () => {
    expect(withConfig('limits: {}\n').limits).toEqual({ maxFileBytes: 1048576, maxExpandedNodes: 200_000 });
  });

  it('takes maxExpandedNodes as given', () => {
    expect(withConfig('limits: {maxExpandedNodes: 5000}\n').limits.maxExpandedNodes).toBe(5000);
  });

  it('maps the deprecated maxAliasCount onto the budget (N × 2,000 nodes), maxExpandedNodes winning', () => {
    expect(withConfig('limits: {maxAliasCount: 500}\n').limits.maxExpandedNodes).toBe(1_000_000);
    expect(withConfig('limits: {maxAliasCount: 0}\n').limits.maxExpandedNodes).toBe(0);
    expect(withConfig('limits: {maxAliasCount: 1000000}\n').limits.maxExpandedNodes).toBe(5_000_000);
    expect(withConfig('limits: {maxAliasCount: 5, maxExpandedNodes: 7}\n').limits.maxExpandedNodes).toBe(7);
  });

  it('refuses a budget over 5,000,000 nodes at its line (the config is repository content)', () => {
    let thrown: unknown;
    try {
      withConfig('# limits\nlimits:\n  maxExpandedNodes: 999999999\n');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).describe()).toMatch(
      /^\.github\/gitops-promotion\.yaml:3: limits\.maxExpandedNodes must be <= 5000000/,
    );
  });
});
