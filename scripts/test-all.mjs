#!/usr/bin/env node
// `npm test`: every stage of the suite, in order, each run even when an earlier
// one failed (a failed build still lets the type check's and the node tests'
// findings show, and a flaky browser test never hides the WordPress check).
// Prints each stage's own output as it runs, then one summary table (stage,
// passed / failed / skipped where the stage counts tests, seconds), and a last
// line "N passed, N failed" over every counted test. Exits 1 if any stage failed.
//   node scripts/test-all.mjs               every stage
//   node scripts/test-all.mjs build browser only these stages (by name)
import { spawn } from 'node:child_process';

/** The stages, in the order they run. `counts`: how to read the tests it ran from its output. */
const STAGES = [
  { name: 'types', command: 'npm run --silent typecheck' },
  { name: 'build', command: 'npm run --silent build' },
  { name: 'manifest', command: 'npm run --silent check:manifest' },
  { name: 'package', command: 'npm run --silent check:package' },
  { name: 'size', command: 'npm run --silent size' },
  { name: 'node tests', command: 'node --test test/cli/ test/search/ test/package/', counts: 'node' },
  { name: 'consumer apps', command: 'npm run --silent test:consumers' },
  { name: 'browser tests', command: 'npx wtr', counts: 'wtr' },
  { name: 'wordpress', command: 'npm run --silent test:wordpress', counts: 'node' },
];

/** Strips terminal colours and cursor moves (wtr's progress bar) for reading the counts. */
const plain = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** The tests a stage ran, from its output: node's test runner ("# pass 12" or "ℹ pass 12"), or wtr's last progress line. */
function countsOf(kind, output) {
  const text = plain(output);
  if (kind === 'node') {
    // "# pass 12" (TAP) or "ℹ pass 12" (spec), at the end of each run
    const read = (label) => [...text.matchAll(new RegExp(`^(?:#|ℹ) ${label} (\\d+)$`, 'gm'))].reduce((sum, match) => sum + Number(match[1]), 0);
    return { passed: read('pass'), failed: read('fail'), skipped: read('skipped') + read('todo') };
  }
  const last = [...text.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3] ?? 0) } : undefined;
}

function run(stage) {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    const child = spawn(stage.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
        if (stage.counts) output += chunk;
      });
    }
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const counts = stage.counts ? countsOf(stage.counts, output) : undefined;
      // A stage that says it ran tests but counted none, or counted failures, failed too.
      const ok = code === 0 && !(counts && (counts.failed > 0 || counts.passed === 0));
      resolve({ name: stage.name, ok, code: code ?? signal, seconds, counts });
    });
  });
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name || stage.name.split(' ')[0] === name));
if (unknown.length) {
  console.error(`Unknown stage ${unknown.map((name) => `"${name}"`).join(', ')}; the stages: ${STAGES.map((stage) => stage.name).join(', ')}.`);
  process.exit(2);
}
const stages = wanted.length ? STAGES.filter((stage) => wanted.includes(stage.name) || wanted.includes(stage.name.split(' ')[0])) : STAGES;

const results = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.command}`);
  results.push(await run(stage));
}

const cell = (value) => (value === undefined ? '' : String(value));
const rows = results.map(({ name, ok, code, seconds, counts }) => [name, ok ? 'ok' : `FAILED (${code})`, cell(counts?.passed), cell(counts?.failed), cell(counts?.skipped), seconds.toFixed(0)]);
const header = ['stage', 'result', 'passed', 'failed', 'skipped', 'seconds'];
const total = results.reduce((sum, result) => sum + result.seconds, 0);
rows.push(['all', results.every((result) => result.ok) ? 'ok' : 'FAILED', '', '', '', total.toFixed(0)]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (row) => row.map((value, column) => (column === 0 || column === 1 ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${rows.map(line).join('\n')}`);
const sum = (key) => results.reduce((total, result) => total + (result.counts?.[key] ?? 0), 0);
const failedStages = results.filter((result) => !result.ok).length;
// A failed stage whose own tests show no failure (types, build, a check, a crash) counts as one failure.
const uncounted = results.filter((result) => !result.ok && !(result.counts?.failed > 0)).length;
// The closing line CI reads: every counted test, and each such stage.
console.log(`\n${sum('passed')} passed, ${sum('failed') + uncounted} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
process.exit(failedStages ? 1 : 0);
