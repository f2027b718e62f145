// Writes dist/integrity.json after `vite build`: the package version, the
// jsDelivr URL of the one-file bundle at that version, and the file's SRI hash
// (sha384 of the bytes just built). The snippet builder reads it, so the
// snippet's default script tag is the versioned CDN file with a hash that
// matches it (test/cli/integrity.test.mjs checks it against the file).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = 'fertility-qa.single.js';
const integrity = `sha384-${createHash('sha384').update(readFileSync(new URL(`dist/${file}`, root))).digest('base64')}`;
const record = { name, version, file, integrity, cdn: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${file}` };
writeFileSync(new URL('dist/integrity.json', root), `${JSON.stringify(record, null, 2)}\n`);
console.log(`dist/integrity.json: ${record.cdn} ${integrity}`);
