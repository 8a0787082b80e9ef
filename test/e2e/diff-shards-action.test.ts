/**
 * The sharded PR check through the committed diff bundle, spawned as the runner does
 * (test/helpers/diff-shards-flow.ts); test/integration/diff-shards-action.test.ts runs the same suite
 * on the sources. Needs fresh bundles (`npm run bundle`).
 */
import { shardedActionSuite } from '../helpers/diff-shards-flow.js';
import { describeWithNode24 } from '../helpers/runner.js';

describeWithNode24()('the sharded diff through the committed bundle', () => shardedActionSuite('bundle'));
