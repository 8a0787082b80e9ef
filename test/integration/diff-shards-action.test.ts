/**
 * The sharded PR check through the diff action's TypeScript sources, spawned with Node 24 as the
 * runner spawns the bundle (test/helpers/diff-shards-flow.ts); test/e2e/diff-shards-action.test.ts
 * runs the same suite on the committed bundle.
 */
import { shardedActionSuite } from '../helpers/diff-shards-flow.js';
import { describeWithNode24 } from '../helpers/runner.js';

describeWithNode24()('the sharded diff through the action (sources)', () => shardedActionSuite('source'));
