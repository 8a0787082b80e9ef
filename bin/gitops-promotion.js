#!/usr/bin/env node
import { main } from '../build/src/cli.js';

await main();
