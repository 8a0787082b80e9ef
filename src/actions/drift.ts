import { run } from './drift-action.js';

await run();
