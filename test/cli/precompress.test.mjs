// dist/*.js.br and dist/*.js.gz (scripts/precompress.mjs, part of `npm run build`):
// one of each beside every script a page loads, each decompressing to the
// script's own bytes (so a host that serves them serves the same file, and an
// `integrity` hash still matches). Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);

for (const folder of ['', 'embed/']) {
  test(`dist/${folder}*.js: a .br and a .gz beside each, with the same bytes inside`, () => {
    const names = readdirSync(new URL(folder, dist));
    const scripts = names.filter((name) => name.endsWith('.js'));
    assert.ok(scripts.length > 0);
    for (const name of scripts) {
      const bytes = readFileSync(new URL(folder + name, dist));
      assert.ok(names.includes(`${name}.br`), `${folder}${name}.br is missing`);
      assert.ok(names.includes(`${name}.gz`), `${folder}${name}.gz is missing`);
      assert.ok(brotliDecompressSync(readFileSync(new URL(`${folder}${name}.br`, dist))).equals(bytes), `${folder}${name}.br is stale`);
      assert.ok(gunzipSync(readFileSync(new URL(`${folder}${name}.gz`, dist))).equals(bytes), `${folder}${name}.gz is stale`);
    }
    // Nothing precompressed is left over from an earlier build.
    for (const name of names.filter((n) => /\.js\.(br|gz)$/.test(n))) assert.ok(scripts.includes(name.replace(/\.(br|gz)$/, '')), `${folder}${name} has no script`);
  });
}

test('dist/lib/ (for bundlers) has no precompressed files', () => {
  const lib = readdirSync(new URL('lib/', dist), { recursive: true });
  assert.deepEqual(lib.filter((name) => /\.(br|gz)$/.test(name)), []);
});
