// The CLI on a feed with values nested 10,000 deep (issue 11, hole 7): field
// messages, never a stack trace. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepFeedText } from '../fixtures/deep-feed.mjs';

const cli = new URL('../../bin/fertility-qa.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'fertility-qa-deep-'));
const file = join(dir, 'deep.json');
writeFileSync(file, deepFeedText());

test('validate: 10,000-deep values give field messages, not a stack trace', () => {
  const result = spawnSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr.slice(0, 2000));
  assert.doesNotMatch(result.stderr, /RangeError|Maximum call stack|\n\s+at /);
  const lines = result.stderr.trim().split('\n');
  assert.ok(lines.includes(`${file}: featured[0]: a list is not a question in this feed; it is ignored.`), lines.join('\n'));
  assert.ok(lines.includes(`${file}: question "deep-title": questions[1].title: must be a string, not a list; this question is skipped.`), lines.join('\n'));
  assert.ok(lines.every((line) => line.length < 300), 'a message quotes a deep value');
});
