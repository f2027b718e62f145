import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * The React 19 and Vue 3 examples (examples/), as built by `npm run
 * build:examples`: properties set by the framework reach the elements,
 * re-renders update them, and the frameworks receive the elements' events.
 */
type Mount = (container: HTMLElement, props: { feed: string; onError: (reason: string) => void; onOpen: (id: string) => void }) => () => void;

const FEED = '/test/fixtures/feed.json';

for (const framework of ['react', 'vue']) {
  describe(`${framework} example`, () => {
    it('sets properties, re-renders them, and hears the elements’ events', async () => {
      const { mount } = (await import(`/examples/dist/${framework}.js` as string)) as { mount: Mount };
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const errors: string[] = [];
      const opened: string[] = [];
      const unmount = mount(container, { feed: FEED, onError: (reason) => errors.push(reason), onOpen: (id) => opened.push(id) });
      try {
        const question = container.querySelector('fertility-question')!;
        const title = () => question.shadowRoot?.querySelector('[part="title"]')?.textContent;
        await waitUntil(() => title() === 'What is IVF?', `first question not shown (${title()})`, { timeout: 5000 });
        expect((question as unknown as { question: string }).question).to.equal('what-is-ivf');
        expect(question.getAttribute('heading-level')).to.equal('3');
        expect(question.shadowRoot!.querySelector('h3')).to.exist;

        container.querySelector<HTMLButtonElement>('#next')!.click();
        await waitUntil(() => title() === 'What is an AMH test?', `re-render did not reach the element (${title()})`, { timeout: 5000 });

        container.querySelector<HTMLButtonElement>('#next')!.click();
        await waitUntil(() => errors.length > 0, 'qa-error did not reach the framework', { timeout: 5000 });
        expect(errors).to.deep.equal(['not-found']);

        const search = container.querySelector('qa-search')!;
        await customElements.whenDefined('qa-search');
        await waitUntil(() => search.shadowRoot?.querySelector('[part="result-control"]'), 'no search results', { timeout: 5000 });
        (search.shadowRoot!.querySelector('[part="result-control"]') as HTMLElement).click();
        expect(opened).to.deep.equal(['what-is-ivf']);
      } finally {
        unmount();
      }
      expect(container.querySelector('fertility-question')).to.equal(null);
    });
  });
}
