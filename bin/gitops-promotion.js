#!/usr/bin/env node
// The CLI, from its committed ncc bundle (rebuilt by `npm run bundle`, checked by the test suite).
import '../cli/dist/index.js';
