import { run } from './diff-action.js';

await run();
