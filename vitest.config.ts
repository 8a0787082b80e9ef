import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core, never one in all: vitest's default (cores − 1) runs the files one at a time
    // on 2 cores, while most of a file's time is spent waiting on the git and helm processes it spawns.
    maxWorkers: Math.max(2, os.availableParallelism()),
    server: { deps: { inline: ['@actions/github', '@actions/workflow-parser'] } },
  },
});
