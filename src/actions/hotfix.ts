import { run } from './hotfix-action.js';

await run();
