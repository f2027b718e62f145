import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { markupWork, parseAnswerMarkup, parseInline } from '../src/feed/answer-markup.js';
import { plainText } from '../src/feed/plain-text.js';
import { answerHtml } from '../src/snippet/fallback.js';
import { shadowMatch } from './helpers.js';
import { BACKTRACKING_TEXTS } from './hostile-texts.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';

/**
 * The answer markup under hostile text (issue 26, hole 1): every renderer reads
 * the text through one linear reader. Work is counted in the reader's steps
 * (characters looked at), never timed: a regular expression that backtracked
 * over `[a](x` repeated 20,000 times looked at ~10^9 characters.
 */

/** The most steps the reader may take for a text: a few per character. */
const linear = (text: string) => 4 * text.length + 100;

const stepsOf = (work: () => unknown) => {
  const before = markupWork.steps;
  work();
  return markupWork.steps - before;
};

describe('answer markup: one linear reader for every renderer', () => {
  for (const [shape, text] of Object.entries(BACKTRACKING_TEXTS)) {
    it(`reads ${shape} (${text.length.toLocaleString('en')} characters) in linear work, in the widget, the HTML copy and plain text`, async () => {
      expect(stepsOf(() => parseAnswerMarkup(text)), 'reader').to.be.at.most(linear(text));
      expect(stepsOf(() => answerHtml(text, 'q', 3)), 'HTML copy').to.be.at.most(linear(text));
      expect(stepsOf(() => plainText(text)), 'plain text').to.be.at.most(linear(text));
    });
  }

  it('a question whose answer is 100,000 characters of unclosed links renders it, with JSON-LD, in linear work', async () => {
    const text = BACKTRACKING_TEXTS['unclosed links']!;
    const json = JSON.stringify({
      version: 1,
      experts: [{ id: 'a', name: 'Dr A' }],
      questions: [{ id: 'q', title: 'A question', category: 'c', answers: [{ expert: 'a', text }, { expert: 'a', text }] }],
    });
    const before = markupWork.steps;
    const el = await fixture<FertilityQuestion>(html`<fertility-question question="q"><script type="application/json">${json}</script></fertility-question>`);
    await shadowMatch(el, 'h2');
    const answer = el.shadowRoot!.querySelector('expert-answer')!;
    await (answer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await el.updateComplete; // the JSON-LD comes with the after-paint chunk
    expect(document.querySelector('script[type="application/ld+json"]') ?? el.querySelector('script[type="application/ld+json"]'), 'JSON-LD written').to.exist;
    expect(answer.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain('[a](x[a](x');
    // Two answers, each read by the widget and by JSON-LD at most a few times.
    expect(markupWork.steps - before).to.be.at.most(6 * linear(text));
  });

  it('reads the markup as before: bold, emphasis, citations, links, lists and their edges', () => {
    const kinds = (line: string) => parseInline(line).map((piece) => [piece.kind, 'text' in piece ? piece.text : 'label' in piece ? `${piece.label}|${piece.href}` : piece.source]);
    expect(kinds('**b** and *e* [2] [l](https://x.test/a)')).to.deep.equal([
      ['strong', 'b'],
      ['text', ' and '],
      ['em', 'e'],
      ['text', ' '],
      ['cite', '[2]'],
      ['text', ' '],
      ['link', 'l|https://x.test/a'],
    ]);
    expect(kinds('* not emphasis* **')).to.deep.equal([['text', '* not emphasis* **']]);
    expect(kinds('[12](x) [123] [1](a b)')).to.deep.equal([['link', '12|x'], ['text', ' [123] [1](a b)']]);
    expect(kinds('[a [b](c)')).to.deep.equal([['link', 'a [b|c']]);
    expect(parseAnswerMarkup('- a\n- b\n\n1. x\n2) y\n\nline\nnext').map((block) => block.kind)).to.deep.equal(['bullets', 'numbered', 'paragraph']);
    expect(plainText('- **a** [b](https://x.test)\n- c [1]')).to.equal('a b\nc [1]');
  });
});
