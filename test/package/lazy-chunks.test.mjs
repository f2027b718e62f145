// What only some pages need lives in chunks of its own (issue 16): the core chunk
// every page downloads does not carry it. Reads the built dist/ (npm run build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const files = readdirSync(dist).filter((name) => name.endsWith('.js'));
const text = (name) => readFileSync(new URL(name, dist), 'utf8');
const core = text(files.find((name) => name.startsWith('core-')));
const dynamicImport = (chunk) => new RegExp(`import\\(\\s*["'\`]\\./${chunk.replace(/[.-]/g, '\\$&')}["'\`]\\s*\\)`);

test('the video panel (facade, player, consent notice, transcript, their styles) is a chunk the core imports only with import()', () => {
  const chunk = files.find((name) => name.startsWith('video-panel-'));
  assert.ok(chunk, 'no dist/video-panel-*.js');
  for (const marker of ['encrypted-media', '.facade{', 'DurationFormat']) {
    assert.ok(!core.includes(marker), `the core chunk still holds ${marker}`);
    assert.ok(text(chunk).includes(marker), `the video panel lacks ${marker}`);
  }
  assert.match(core, dynamicImport(chunk));
});

test('no chunk but the core is loaded by the core statically (a shared chunk would be one more request on every page)', () => {
  const statics = [...core.matchAll(/(?:^|[;}\s])import(?:[^'"`()]*?from)?\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]);
  assert.deepEqual(statics, []);
});

test('the validator messages load only at the first problem: the core has a light copy of the readers without them', () => {
  const chunk = files.find((name) => name.startsWith('full-'));
  assert.ok(chunk, 'no dist/full-*.js (the full validator)');
  for (const message of ['is not a slug', 'is not in experts; this answer is skipped', 'is not an ISO 8601 duration']) {
    assert.ok(!core.includes(message), `the core chunk still holds "${message}"`);
    assert.ok(text(chunk).includes(message), `the full validator lacks "${message}"`);
  }
  assert.match(core, dynamicImport(chunk));
  // The format errors (the feed cannot be read at all) stay in the core, with their words.
  assert.ok(core.includes('this widget reads version'));
});
