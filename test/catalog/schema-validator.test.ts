/**
 * The catalog validator is ajv's code generated ahead of time (the pane's CSP forbids the eval that run-time
 * compilation needs): it must be the code for today's catalog/schema.json.
 */
import * as fs from 'fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validatorSource, OUT } = require('../../scripts/generate-schema-validator') as {
  validatorSource(): string;
  OUT: string;
};

test('src/catalog/schema-validator.generated.js is up to date with catalog/schema.json', () => {
  const committed = fs.readFileSync(OUT, 'utf8');
  if (committed !== validatorSource()) {
    throw new Error('The catalog validator is out of date: run `node scripts/generate-schema-validator.js`.');
  }
});

test('the generated validator contains no run-time code compilation', () => {
  expect(fs.readFileSync(OUT, 'utf8')).not.toMatch(/new Function|\beval\(/);
});
