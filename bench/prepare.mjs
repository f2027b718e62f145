// Writes the benchmark's feeds into bench/.data/ (not committed): a single-file
// feed and a split feed (made by the package's own CLI) of 100, 1,000 and
// 10,000 generated questions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { generateFeed } from './generate-feed.mjs';

const data = new URL('./.data/', import.meta.url);
mkdirSync(data, { recursive: true });
for (const size of [100, 1_000, 10_000]) {
  const file = new URL(`feed-${size}.json`, data);
  writeFileSync(file, JSON.stringify(generateFeed(size)));
  execFileSync(process.execPath, [new URL('../bin/fertility-qa.mjs', import.meta.url).pathname, 'split', file.pathname, '--out', new URL(`split-${size}`, data).pathname], {
    stdio: 'ignore',
  });
}
console.log('bench/.data: feeds of 100, 1,000 and 10,000 questions, single-file and split.');
