import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers (CONTRIBUTING.md): the dependency direction is actions, cli → commands → domain and
 * adapters. Each block lists everything forbidden for its files (a later block replaces the rule for
 * the files it matches, so the exceptions repeat the rest).
 */
const USE_CASES = {
  group: ['**/commands/*', '**/commands'],
  message: 'the domain and the adapters never import a use case (src/commands)',
};
const CLI = {
  group: ['**/cli/*', '**/cli', '**/cli.js', '**/cli-entry.js'],
  message: 'only the CLI entry imports src/cli',
};
const ACTIONS = {
  group: ['**/actions/*', '**/actions'],
  message: 'only the action entries import src/actions',
};
const CORE = {
  name: '@actions/core',
  message: 'below the actions, nothing knows it runs in a workflow: take a Logger',
};
const EXEC = {
  name: '@actions/exec',
  message: 'processes run through the one process runner, src/util/process.ts',
};
const GITHUB = {
  name: '@actions/github',
  message: 'GitHub is reached through its port; only the adapter in src/github builds Octokit',
};
const restrict = (paths, patterns) => ({
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});
const BELOW_COMMANDS = [
  'src/{gitops,diff,promote,release,hotfix,drift,report,ports,git,helm,github,argocd,util}/**/*.ts',
  'src/{errors,findings,logger,rule-ids}.ts',
];
const layers = [
  { files: BELOW_COMMANDS, ...restrict([CORE, EXEC, GITHUB], [USE_CASES, CLI, ACTIONS]) },
  { files: ['src/util/process.ts'], ...restrict([CORE, GITHUB], [USE_CASES, CLI, ACTIONS]) },
  { files: ['src/github/**/*.ts'], ...restrict([CORE, EXEC], [USE_CASES, CLI, ACTIONS]) },
  { files: ['src/commands/**/*.ts'], ...restrict([CORE, EXEC, GITHUB], [CLI, ACTIONS]) },
  { files: ['src/cli/**/*.ts', 'src/cli.ts'], ...restrict([CORE, EXEC, GITHUB], [ACTIONS]) },
  { files: ['src/actions/**/*.ts'], ...restrict([EXEC, GITHUB], [CLI]) },
  {
    // An action's module never imports another action's (its logger, its helpers): shared code lives in
    // the files of src/actions that are not an action, or below.
    files: ['src/actions/*-action.ts'],
    ...restrict(
      [EXEC, GITHUB],
      [CLI, { group: ['./*-action.js'], message: "an action never imports another action's module" }],
    ),
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'actions/*/dist/',
      'dist/',
      'cli/dist/',
      'examples/',
      'test/fixtures/',
      'src/gitops/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Set process.exitCode instead of calling process.exit',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...layers,
);
