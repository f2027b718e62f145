import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { markupWork, parseInline } from '../../src/feed/answer-markup.js';
import { plainText } from '../../src/feed/plain-text.js';
import { answerHtml } from '../../src/snippet/fallback.js';
import { FUZZ } from './settings.js';

/**
 * The class behind issue 26's hole 1: answer markup that makes a reader go back
 * over text it has read. Properties count the reader's steps (characters looked
 * at), never time. Seed and counts: settings.js.
 */

/** The characters the markup gives meaning to, and a few others. */
const markupChar = fc.constantFrom('*', '*', '[', ']', '(', ')', 'a', '1', '2', ' ', '\t', '\u00a0', '-', '.', '\n');
const markupText = (maxLength: number) => fc.array(markupChar, { maxLength }).map((chars) => chars.join(''));

/** The regular expression the reader replaced, kept as the specification of one line (safe on short lines). */
const SPEC = /\*\*(?<strong>[^*]+?)\*\*|\*(?<em>[^*\s][^*]*?)\*|\[(?<cite>\d{1,2})\](?!\()|\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)/g;
function specPieces(line: string) {
  const pieces: unknown[] = [];
  let last = 0;
  for (const match of line.matchAll(SPEC)) {
    const { strong, em, cite, label, href } = match.groups!;
    if (match.index! > last) pieces.push({ kind: 'text', text: line.slice(last, match.index) });
    if (strong !== undefined) pieces.push({ kind: 'strong', text: strong });
    else if (em !== undefined) pieces.push({ kind: 'em', text: em });
    else if (cite !== undefined) pieces.push({ kind: 'cite', number: Number(cite), source: match[0] });
    else pieces.push({ kind: 'link', label, href });
    last = match.index! + match[0].length;
  }
  if (last < line.length) pieces.push({ kind: 'text', text: line.slice(last) });
  return pieces;
}

const options = (runs: number) => ({ seed: FUZZ.seed, numRuns: FUZZ.runs ?? runs, ...(FUZZ.path && { path: FUZZ.path }) });

describe('fuzz: answer markup', () => {
  it('reads any short line as the regular expression it replaced did', () => {
    fc.assert(
      fc.property(markupText(24), (text) => {
        const line = text.replace(/\n/g, ' ').trim();
        expect(parseInline(line)).to.deep.equal(specPieces(line));
      }),
      options(2000),
    );
  });

  it('any markup repeated to 100,000 characters costs the HTML copy and plain text linear work', () => {
    fc.assert(
      fc.property(markupText(12).filter((unit) => unit.length > 0), (unit) => {
        const text = unit.repeat(Math.ceil(100_000 / unit.length));
        for (const render of [() => answerHtml(text, 'q', 3), () => plainText(text)]) {
          const before = markupWork.steps;
          render();
          expect(markupWork.steps - before, JSON.stringify(unit)).to.be.at.most(4 * text.length + 100);
        }
      }),
      options(60),
    );
  });
});
