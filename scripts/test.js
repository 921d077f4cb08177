#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure: the Debian packages the tests need
 * (installed when root or password-less sudo, else the exact command is printed), type-check, lint,
 * production build (the browser tests run against it), then all jest projects.
 * Extra arguments go to jest (e.g. `npm test -- test/catalog`).
 */
const { spawnSync } = require('child_process');

const steps = [
  ['bash', [require('path').join(__dirname, 'setup-debian.sh')]],
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['npm', ['run', 'lint']],
  ['npm', ['run', 'build']],
  ['npx', ['jest', '--ci', ...process.argv.slice(2)]],
];
for (const [cmd, args] of steps) {
  process.stdout.write(`\n> ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
