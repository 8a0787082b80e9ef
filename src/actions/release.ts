import { run } from './release-action.js';

await run();
