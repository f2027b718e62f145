#!/usr/bin/env node
// Why a chunk is as big as it is: the bytes of each source module in a built
// dist/*.js file, read from its source map (raw bytes of minified output, and
// the gzip of that module's output on its own, which over-counts a little
// against the whole file's gzip: modules share words).
//
//   npm run size:why                 the core chunk (what every page loads)
//   npm run size:why -- qa-search    any dist/ file whose name starts with that
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const dist = new URL('../dist/', import.meta.url);
const prefix = process.argv[2] ?? 'core-';
const files = readdirSync(dist).filter((file) => file.startsWith(prefix) && file.endsWith('.js'));
if (files.length === 0) {
  console.error(`size:why: no dist/${prefix}*.js; run npm run build first.`);
  process.exit(1);
}
for (const file of files) {
  const code = readFileSync(new URL(file, dist), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(new URL(`${file}.map`, dist), 'utf8')));
  const lines = code.split('\n');
  const segments = [];
  map.eachMapping((m) => segments.push(m));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  /** Output text per source module. */
  const text = new Map();
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    const line = lines[segment.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === segment.generatedLine ? next.generatedColumn : line.length;
    const source = (segment.source ?? '(unmapped)').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
    text.set(source, (text.get(source) ?? '') + line.slice(segment.generatedColumn, end));
  });
  const gzip = (s) => gzipSync(s, { level: 9 }).length;
  console.log(`dist/${file}: ${code.length} bytes raw, ${gzip(code)} gzip\n`);
  console.log('| module | raw | gzip alone |\n| --- | ---: | ---: |');
  for (const [source, output] of [...text].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`| ${source} | ${output.length} | ${gzip(output)} |`);
  }
  console.log();
}
