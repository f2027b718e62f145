#!/usr/bin/env node
// Writes dist/<file>.br and dist/<file>.gz beside every script a page loads from
// dist/ (dist/*.js and dist/embed/*.js; not dist/lib/, which bundlers read), after
// `vite build`. A static host that serves precompressed files (nginx
// `gzip_static on` / `brotli_static on`, Caddy `precompressed br gzip`,
// Apache with MultiViews or rewrite rules, most static-site CDNs) then sends the
// smallest encoding the browser accepts without compressing on each request,
// and at the highest levels (brotli 11, gzip 9), which on-the-fly compression
// rarely uses. The decompressed bytes are the file's own, so `integrity`
// hashes still match. Checked by test/cli/precompress.test.mjs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const folders = ['', 'embed/'].filter((folder) => existsSync(new URL(folder, dist)));
let files = 0;
let raw = 0;
let br = 0;
let gz = 0;
for (const folder of folders) {
  for (const name of readdirSync(new URL(folder, dist))) {
    if (!name.endsWith('.js')) continue;
    const file = new URL(folder + name, dist);
    const bytes = readFileSync(file);
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    const gzip = gzipSync(bytes, { level: 9 });
    writeFileSync(new URL(`${folder}${name}.br`, dist), brotli);
    writeFileSync(new URL(`${folder}${name}.gz`, dist), gzip);
    files += 1;
    raw += bytes.length;
    br += brotli.length;
    gz += gzip.length;
  }
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`dist/**/*.js.br, *.js.gz: ${files} scripts, ${kb(raw)} raw -> ${kb(br)} brotli, ${kb(gz)} gzip`);
