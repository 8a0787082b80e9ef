import { run } from './validate-action.js';

await run();
