#!/usr/bin/env node
// fertility-qa command-line tool: check a feed, or split a large one.
//   fertility-qa validate feed.json
//   fertility-qa split feed.json --out dir/
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateFeed, FeedFormatError } from '../dist/lib/feed/validate.js';
import { splitFeed, questionPath } from '../dist/lib/feed/split.js';

const USAGE = `Usage:
  fertility-qa validate <feed.json>         Check a feed; lists every problem (file, question id, field).
  fertility-qa split <feed.json> --out <dir> Write <dir>/index.json and <dir>/questions/<id>.json.`;

/** Reads and validates a feed file; prints its problems; returns the result, or undefined if unreadable. */
function check(file) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not readable as JSON: ${error.message}`);
    return undefined;
  }
  try {
    const result = validateFeed(data, { baseUrl: pathToFileURL(resolve(file)).href.replace(/^file:/, 'http://local') });
    for (const problem of result.problems) {
      const where = problem.questionId ? `question "${problem.questionId}": ` : problem.expertId ? `expert "${problem.expertId}": ` : '';
      console.error(`${file}: ${where}${problem.field}: ${problem.message}`);
    }
    return result;
  } catch (error) {
    if (error instanceof FeedFormatError) {
      console.error(`${file}: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

function main(args) {
  const [command, file, ...rest] = args;
  if (!command || !file || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'validate') {
    const result = check(file);
    if (!result) return 1;
    const { feed, problems } = result;
    console.log(`${file}: ${feed.questions.length} questions${feed.kind === 'index' ? ' (index of a split feed)' : ''}, ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    return problems.length ? 1 : 0;
  }
  if (command === 'split') {
    const outIndex = rest.indexOf('--out');
    const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
    if (!out) {
      console.error('split needs --out <dir>.');
      return 2;
    }
    const result = check(file);
    if (!result) return 1;
    const { index, questions } = splitFeed(result.feed);
    mkdirSync(join(out, 'questions'), { recursive: true });
    writeFileSync(join(out, 'index.json'), JSON.stringify(index));
    for (const [id, document] of questions) writeFileSync(join(out, questionPath(id)), JSON.stringify(document));
    console.log(`${file}: wrote ${join(out, 'index.json')} and ${questions.size} question files in ${join(out, 'questions')}/${result.problems.length ? ` (${result.problems.length} problems left out, listed above)` : ''}.`);
    return 0;
  }
  console.error(`Unknown command "${command}".\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
