import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { freshUrl, requestCount, shadowMatch } from './helpers.js';

describe('<qa-feed>', () => {
  it('shares one feed, fetched once, with every element inside it', async () => {
    const src = freshUrl('/test/fixtures/feed.json');
    const provider = await fixture<HTMLElement>(html`<qa-feed src=${src}>
      <h2>Our answers</h2>
      <fertility-question question="what-is-ivf" heading-level="3"></fertility-question>
      <section><fertility-question question="what-is-amh" heading-level="3"></fertility-question></section>
    </qa-feed>`);
    const [first, second] = [...provider.querySelectorAll('fertility-question')];
    expect((await shadowMatch(first!, 'h3')).textContent).to.equal('What is IVF?');
    expect((await shadowMatch(second!, 'h3')).textContent).to.equal('What is an AMH test?');
    expect(requestCount(src)).to.equal(1);
    await expect(provider).to.be.accessible();
  });

  it('serves elements added after the feed loaded', async () => {
    const provider = await fixture<HTMLElement>(html`<qa-feed src="/test/fixtures/feed.json">
      <fertility-question question="what-is-ivf"></fertility-question>
    </qa-feed>`);
    await shadowMatch(provider.querySelector('fertility-question')!, 'h2');
    const late = document.createElement('fertility-question');
    late.question = 'what-is-amh';
    provider.append(late);
    expect((await shadowMatch(late, 'h2')).textContent).to.equal('What is an AMH test?');
  });

  it('lets an element with its own src use that instead', async () => {
    const provider = await fixture<HTMLElement>(html`<qa-feed src="/test/fixtures/feed.json">
      <fertility-question src="/test/fixtures/broken-question.json" question="good-question"></fertility-question>
    </qa-feed>`);
    const title = await shadowMatch(provider.querySelector('fertility-question')!, 'h2');
    expect(title.textContent).to.equal('A good question');
  });

  it('takes an inline JSON feed', async () => {
    const provider = await fixture<HTMLElement>(html`<qa-feed>
      <script type="application/json">
        {"version":1,"experts":[{"id":"dr-in","name":"Dr Inline"}],"questions":[{"id":"inline-q","title":"Inline via provider","category":"General","answers":[{"expert":"dr-in","text":"Inline answer."}]}]}
      </script>
      <fertility-question question="inline-q"></fertility-question>
    </qa-feed>`);
    expect((await shadowMatch(provider.querySelector('fertility-question')!, 'h2')).textContent).to.equal('Inline via provider');
  });
});
