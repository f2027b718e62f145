import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { FertilityQuestion } from '../src/fertility-question/fertility-question.js';

/**
 * The schema.org JSON-LD in document.head. Every type and property is also
 * checked against schema.org's definitions when `npm test` type-checks
 * src/seo/json-ld.ts with schema-dts (an unknown property does not compile).
 */
const jsonLd = () =>
  [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-fertility-qa-question]')].map((script) => ({
    id: script.dataset.fertilityQaQuestion,
    data: JSON.parse(script.textContent!),
  }));

describe('structured data (JSON-LD)', () => {
  it('writes one Question with its expert answers, authors, review and references, into the head', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <fertility-question src="/test/fixtures/trust-feed.json" question="cited"></fertility-question>
      <fertility-question src="/test/fixtures/trust-feed.json" question="cited"></fertility-question>
    </div>`);
    await waitUntil(() => jsonLd().length === 1, 'no JSON-LD', { timeout: 5000 });
    const { data } = jsonLd()[0] as { data: Record<string, any> };
    const page = location.href.split('#')[0];
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Question');
    expect(data['@id']).to.equal(`${page}#cited`);
    expect(data.name).to.equal('A question with references');
    expect(data.answerCount).to.equal(2);
    expect(data.dateModified).to.equal('2026-03-01');
    expect(data.mainEntityOfPage).to.deep.equal({
      '@type': 'WebPage',
      '@id': page,
      lastReviewed: '2026-03-01',
      reviewedBy: { '@type': 'Person', name: 'Dr Reviewer', affiliation: { '@type': 'Organization', name: 'Clinic One' } },
    });
    expect(data.suggestedAnswer).to.have.length(2);
    expect(data.suggestedAnswer[0]).to.deep.include({ '@type': 'Answer', '@id': `${page}#cited--dr-a` });
    expect(data.suggestedAnswer[0].author).to.deep.equal({
      '@type': 'Person',
      name: 'Dr A',
      jobTitle: 'Consultant',
      affiliation: { '@type': 'Organization', name: 'Clinic One' },
    });
    expect(data.suggestedAnswer[0].text).to.equal('A claim [1] and another [2], and a number that is not a citation [9].');
    expect(data.citation.map((c: { name: string }) => c.name)).to.deep.equal(['First source', 'Second source', 'Third source']);
    expect(data.citation[1].sameAs).to.equal('https://doi.org/10.5555/test.0002');
    expect(data).not.to.have.any.keys('acceptedAnswer', 'mainEntity');
    // Once per question: two elements, one script; it goes when the last of them goes.
    wrapper.querySelector('fertility-question')!.remove();
    expect(jsonLd()).to.have.length(1);
    wrapper.remove();
    expect(jsonLd()).to.have.length(0);
  });

  it('describes a video answer as a VideoObject with its transcript', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question src="/test/fixtures/trust-feed.json" question="video-only"></fertility-question>`);
    await waitUntil(() => jsonLd().some((entry) => entry.id === 'video-only'), 'no JSON-LD', { timeout: 5000 });
    const { data } = jsonLd().find((entry) => entry.id === 'video-only')!;
    expect(data.suggestedAnswer[0].video).to.deep.equal({
      '@type': 'VideoObject',
      name: 'Dr A: A video-only answer',
      embedUrl: 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJ0',
      url: 'https://www.youtube.com/watch?v=aBcDeFgHiJ0',
      thumbnailUrl: 'https://i.ytimg.com/vi/aBcDeFgHiJ0/hqdefault.jpg',
      transcript: 'What is said in the video.',
    });
    el.remove();
  });

  it('keeps feed text from ending the script early, and can be turned off', async () => {
    const el = await fixture<FertilityQuestion>(html`<fertility-question question="q">
      <script type="application/json">{"version":1,"experts":[{"id":"e","name":"E"}],"questions":[{"id":"q","title":"<\\/script><img src=x onerror=window.__fqaPwned=1>","category":"A","answers":[{"expert":"e","text":"x"}]}]}</script>
    </fertility-question>`);
    await waitUntil(() => jsonLd().some((entry) => entry.id === 'q'), 'no JSON-LD', { timeout: 5000 });
    const script = document.head.querySelector('script[data-fertility-qa-question="q"]')!;
    expect(script.textContent).not.to.contain('</script>');
    expect(JSON.parse(script.textContent!).name).to.equal('</script><img src=x onerror=window.__fqaPwned=1>');
    expect((window as { __fqaPwned?: unknown }).__fqaPwned).to.equal(undefined);
    el.remove();
    const off = await fixture<FertilityQuestion>(html`<fertility-question no-structured-data src="/test/fixtures/feed.json" question="what-is-amh"></fertility-question>`);
    await waitUntil(() => off.shadowRoot?.querySelector('h2'));
    expect(jsonLd().filter((entry) => entry.id === 'what-is-amh')).to.deep.equal([]);
  });

  it('is not written by the questions <qa-search> opens (no flood)', async () => {
    const search = await fixture<HTMLElement>(html`<qa-search src="/test/fixtures/search-feed.json" open="amh"></qa-search>`);
    await customElements.whenDefined('qa-search');
    await waitUntil(() => search.shadowRoot?.querySelector('fertility-question')?.shadowRoot?.querySelector('h2, [part="answers"]'), 'not opened', { timeout: 5000 });
    expect(jsonLd()).to.deep.equal([]);
  });
});
