#!/usr/bin/env node
// The command line, built by `npm run build` (run by `npm install`) from electron/node/cli.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('cxcase: the command line is not built yet; run `npm install` (or `npm run build`) first.\n');
  process.exit(2);
}
require(built).main();
