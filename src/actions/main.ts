import { run } from './dispatch.js';

await run();
