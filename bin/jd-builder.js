#!/usr/bin/env node
/** The `jd-builder` command: runs the bundled CLI (built by `npm run prepare`). */
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'jd-builder.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(`jd-builder is not built yet: run "npm run prepare" (it writes ${bundle}).\n`);
  process.exit(1);
}
require(bundle)
  .run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
  .then((code) => {
    process.exitCode = code;
  });
