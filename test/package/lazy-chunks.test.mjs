// What loads later lives in chunks of its own (issue 16): the core chunk every
// page downloads does not carry it. Reads the built dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
const core = readFileSync(new URL(files.find((name) => name.startsWith('core-')), dist), 'utf8');

test('schema.org JSON-LD: its writer is a chunk of its own, imported by the core only with import()', () => {
  const chunk = files.find((name) => name.startsWith('json-ld-'));
  assert.ok(chunk, 'no dist/json-ld-*.js');
  assert.ok(!core.includes('https://schema.org'), 'the core chunk still holds the JSON-LD writer');
  assert.match(core, new RegExp(`import\\(\\s*["'\`]\\./${chunk.replace(/[.-]/g, '\\$&')}["'\`]\\s*\\)`));
  assert.ok(readFileSync(new URL(chunk, dist), 'utf8').includes('https://schema.org'));
});
