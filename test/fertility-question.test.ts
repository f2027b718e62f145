import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';
import type { ExpertAnswer } from '../src/expert-answer/expert-answer.js';
import { captureWarnings, freshUrl, requestCount, shadowMatch } from './helpers.js';

const FEED = '/test/fixtures/feed.json';

async function renderQuestion(src: string, id: string) {
  const el = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question=${id}></fertility-question>`);
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const answersOf = (el: FertilityQuestion) => [...el.shadowRoot!.querySelectorAll<ExpertAnswer>('expert-answer')];

describe('<fertility-question>', () => {
  describe('a question from a feed URL', () => {
    it('renders the title as an h2, the category, the count of experts and every answer', async () => {
      const el = await renderQuestion(FEED, 'what-is-ivf');
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('What is IVF?');
      expect(root.querySelector('[part="category"]')!.textContent).to.equal('Treatments');
      expect(root.querySelector('[part="meta"]')!.textContent).to.contain('3 experts answered');
      expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2026-09-15');
      const answers = answersOf(el);
      expect(answers.map((a) => a.answer!.expert.name)).to.deep.equal(['Dr Test One', 'Test Two', 'Test Three']);
      expect(answers.map((a) => a.id)).to.deep.equal([
        'what-is-ivf--dr-test-one',
        'what-is-ivf--nurse-test-two',
        'what-is-ivf--test-three',
      ]);
      await Promise.all(answers.map((a) => a.updateComplete));
      expect(answers[0]!.shadowRoot!.querySelector('h3')!.textContent).to.contain('Dr Test One');
    });

    it('says "1 expert answered" for a single answer', async () => {
      const el = await renderQuestion(FEED, 'what-is-amh');
      expect(el.shadowRoot!.querySelector('[part="meta"]')!.textContent).to.contain('1 expert answered');
    });

    it('sets the heading level from heading-level, with answers one level below', async () => {
      const el = await fixture<FertilityQuestion>(
        html`<fertility-question src=${FEED} question="what-is-amh" heading-level="4"></fertility-question>`,
      );
      await shadowMatch(el, 'h4');
      const answer = answersOf(el)[0]!;
      await answer.updateComplete;
      expect(answer.shadowRoot!.querySelector('h5')).to.exist;
    });

    it('passes axe once rendered', async () => {
      const el = await renderQuestion(FEED, 'what-is-ivf');
      await Promise.all(answersOf(el).map((a) => a.updateComplete));
      await expect(el).to.be.accessible();
    });

    it('shows feed markup as text and runs none of it', async () => {
      const el = await renderQuestion(FEED, 'markup-stays-text');
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(title.textContent).to.contain('<img src=x');
      expect(title.querySelector('img')).to.equal(null);
      const answer = answersOf(el)[0]!;
      await answer.updateComplete;
      const text = answer.shadowRoot!.querySelector('[part="text"]')!;
      expect(text.querySelector('script, b, a')).to.equal(null);
      expect(text.textContent).to.contain('<b>not bold</b>');
      expect((window as { __fqaPwned?: boolean }).__fqaPwned).to.equal(undefined);
    });
  });

  describe('loading', () => {
    it('is aria-busy with a placeholder while the feed is on its way, then renders', async () => {
      const el = await fixture<FertilityQuestion>(
        html`<fertility-question src=${freshUrl('/test-server/slow/test/fixtures/feed.json')} question="what-is-amh"></fertility-question>`,
      );
      const busy = el.shadowRoot!.querySelector('[aria-busy="true"]');
      expect(busy, 'busy placeholder').to.exist;
      expect(busy!.textContent).to.contain('Loading expert answers');
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      await shadowMatch(el, 'h2');
      expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    });
  });

  describe('errors', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => {
      warnings = captureWarnings();
    });
    afterEach(() => warnings.restore());

    const cases = [
      { name: 'a missing feed (404)', src: '/test/fixtures/no-such-feed.json', reason: 'http', shows: 'could not be found', logs: 'HTTP 404' },
      { name: 'a feed that is not JSON', src: '/test/fixtures/not-json.json', reason: 'not-json', shows: 'could not be read', logs: 'not valid JSON' },
      { name: 'a feed of another format version', src: '/test/fixtures/wrong-version.json', reason: 'format', shows: 'could not be read', logs: 'format version 2' },
    ];
    for (const { name, src, reason, shows, logs } of cases) {
      it(`shows a polite message, a retry button, one warning and a qa-error event for ${name}`, async () => {
        const url = freshUrl(src);
        const el = document.createElement('fertility-question');
        el.src = url;
        el.question = 'what-is-ivf';
        const errorEvent = oneEvent(el, 'qa-error');
        await fixture(el);
        const event = await errorEvent;
        expect(event.detail.reason).to.equal(reason);
        expect(event.detail.source).to.equal(url);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.contain(shows);
        expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
        expect(warnings.ours).to.have.length(1);
        expect(warnings.ours[0]).to.contain(url).and.to.contain(logs);
        await expect(el).to.be.accessible();
      });
    }

    it('names the missing id when the question is not in the feed', async () => {
      const el = await renderQuestion(FEED, 'no-such-question');
      expect(el.shadowRoot!.textContent).to.contain('“no-such-question” is not in this feed');
      expect(warnings.ours).to.deep.equal([`fertility-qa: ${FEED}: question "no-such-question" is not in the feed.`]);
      await expect(el).to.be.accessible();
    });

    it('renders the valid questions of a feed with a broken one, warning once about the broken one', async () => {
      const src = freshUrl('/test/fixtures/broken-question.json');
      const good = await renderQuestion(src, 'good-question');
      expect(good.shadowRoot!.querySelector('h2')!.textContent).to.equal('A good question');
      expect(warnings.ours).to.deep.equal([
        `fertility-qa: ${src}: question "no-title": questions[1].title: is missing; this question is skipped.`,
      ]);
      const broken = await renderQuestion(src, 'no-title');
      expect(broken.shadowRoot!.textContent).to.contain('“no-title” is not in this feed');
    });

    it('keeps other widgets on the page working when one feed fails', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <fertility-question src=${freshUrl('/test/fixtures/not-json.json')} question="what-is-ivf"></fertility-question>
        <fertility-question src=${FEED} question="what-is-amh"></fertility-question>
      </div>`);
      const [broken, working] = [...wrapper.querySelectorAll('fertility-question')];
      await shadowMatch(broken!, '[part="retry"]');
      await shadowMatch(working!, 'h2');
      expect(working!.shadowRoot!.querySelector('h2')!.textContent).to.equal('What is an AMH test?');
    });

    it('tries again when Retry is pressed', async () => {
      const src = freshUrl('/test/fixtures/no-such-feed.json');
      const el = await fixture<FertilityQuestion>(html`<fertility-question src=${src} question="x"></fertility-question>`);
      const retry = (await shadowMatch(el, '[part="retry"]')) as HTMLButtonElement;
      retry.click();
      await waitUntil(() => requestCount(src) === 2, 'no second request', { timeout: 5000 });
      await shadowMatch(el, '[part="retry"]');
    });
  });

  describe('feed sources', () => {
    it('fetches a feed once for several elements with the same src', async () => {
      const src = freshUrl(FEED);
      const wrapper = await fixture<HTMLElement>(html`<div>
        <fertility-question src=${src} question="what-is-ivf"></fertility-question>
        <fertility-question src=${src} question="what-is-amh"></fertility-question>
        <fertility-question src=${src} question="what-is-ivf"></fertility-question>
      </div>`);
      for (const el of wrapper.querySelectorAll('fertility-question')) await shadowMatch(el, 'h2');
      expect(requestCount(src)).to.equal(1);
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const el = await fixture<FertilityQuestion>(html`<fertility-question question="inline-q">
        <script type="application/json">
          {"version":1,"experts":[{"id":"dr-in","name":"Dr Inline"}],"questions":[{"id":"inline-q","title":"Inline question","category":"General","answers":[{"expert":"dr-in","text":"Inline answer."}]}]}
        </script>
      </fertility-question>`);
      const title = await shadowMatch(el, 'h2');
      expect(title.textContent).to.equal('Inline question');
    });

    it('resolves a relative src against the page', async () => {
      const base = document.createElement('base');
      base.href = '/test/fixtures/';
      document.head.append(base);
      try {
        const el = await fixture<FertilityQuestion>(html`<fertility-question src="feed.json?relative" question="what-is-amh"></fertility-question>`);
        await shadowMatch(el, 'h2');
        expect(requestCount('/test/fixtures/feed.json?relative')).to.equal(1);
      } finally {
        base.remove();
      }
    });

    it('loads a new question when the question attribute changes', async () => {
      const el = await renderQuestion(FEED, 'what-is-ivf');
      el.question = 'what-is-amh';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('What is an AMH test?');
    });
  });
});

describe('<fertility-question> without a question attribute', () => {
  it('says no question was chosen and warns that the attribute is missing', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<FertilityQuestion>(html`<fertility-question src=${FEED}></fertility-question>`);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('No question was chosen'), 'no message', { timeout: 5000 });
      await el.updateComplete; // the warning comes with the after-paint chunk
      expect(warnings.ours).to.deep.equal([`fertility-qa: ${FEED}: the "question" attribute is missing.`]);
    } finally {
      warnings.restore();
    }
  });
});
