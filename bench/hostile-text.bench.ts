import { executeServerCommand } from '@web/test-runner-commands';
import { parseAnswerMarkup } from '../src/feed/answer-markup.js';
import { plainText } from '../src/feed/plain-text.js';
import { BACKTRACKING_TEXTS } from '../test/hostile-texts.js';
import { plainTextOld, readOld } from './baselines/answer-markup-051fde0.js';

/**
 * Hostile answer text (issue 26, hole 1): the answer markup's reader and plain
 * text on each backtracking shape at about 100,000 characters, against the
 * regular expressions they replaced (bench/baselines), measured in the same
 * run. The tests count the reader's steps; this is where the time goes.
 */
const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function time(work: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const ratio = (old: number, now: number) => `${Number((old / now).toPrecision(2))}×`;

describe('hostile answer text', function () {
  this.timeout(600_000);
  it('reads each backtracking shape in linear time', async () => {
    const rows: string[] = [];
    for (const [shape, text] of Object.entries(BACKTRACKING_TEXTS)) {
      const reader = time(() => parseAnswerMarkup(text));
      const plain = time(() => plainText(text));
      // The old code takes seconds on some shapes: one run of each is enough to show it.
      const oldReader = time(() => readOld(text), 1);
      const oldPlain = time(() => plainTextOld(text), 1);
      rows.push(`| ${shape} | ${text.length.toLocaleString('en')} | ${ms(reader)} | ${ms(oldReader)} | ${ratio(oldReader, reader)} | ${ms(plain)} | ${ms(oldPlain)} | ${ratio(oldPlain, plain)} |`);
    }
    const markdown = [
      '## Hostile answer text (issue 26)',
      '',
      'One answer of each shape that made the old regular expressions backtrack, read',
      'by the answer markup reader (the widget and the HTML copy render from it) and',
      'turned into plain text (search excerpts, JSON-LD, split); against the code of',
      '051fde0 (bench/baselines/answer-markup-051fde0.ts) in the same run. Median of',
      `${RUNS} runs (the old code: one run). The tests count steps instead (test/answer-markup.test.ts).`,
      'Some shapes were quick for the old expressions (V8 gives up early); the new reader stays',
      'within a few milliseconds on every shape, where the old took half a second on the worst.',
      '',
      '| shape | characters | reader ms | old ms | old ÷ new (over 1: faster now) | plain text ms | old ms | old ÷ new |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    await executeServerCommand('write-bench-results', { section: '7-hostile-text', markdown });
  });
});
