import { run } from './promote-action.js';

await run();
