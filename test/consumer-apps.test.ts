import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * The consumer apps in examples/ (Vite vanilla-ts, React 19, Vue 3), as
 * `npm run test:consumers` installed them from the packed tarball and built
 * them into examples/dist/<app>/: each page renders, a property the app
 * changes reaches the element, and the app hears the elements' events.
 */
for (const app of ['vanilla', 'react', 'vue']) {
  describe(`${app} app, installed from the npm tarball`, () => {
    it('renders, follows the app’s changes, and hears the elements’ events', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${`/examples/dist/${app}/index.html`} style="width: 800px; height: 900px"></iframe>`);
      const doc = () => frame.contentDocument!;
      const question = () => doc().querySelector('fertility-question');
      const title = () => question()?.shadowRoot?.querySelector('[part="title"]')?.textContent;
      const log = () => [...doc().querySelectorAll('#log li')].map((entry) => entry.textContent ?? '').filter((entry) => !entry.startsWith('version:'));

      await waitUntil(() => title() === 'What is IVF?', `first question not shown (${title()})`, { timeout: 10_000 });
      expect((question() as unknown as { question: string }).question).to.equal('what-is-ivf');
      expect(question()!.shadowRoot!.querySelector('h3'), 'heading-level="3"').to.exist;
      expect((frame.contentWindow!.customElements.get('fertility-question') as unknown as { version: string }).version).to.match(/^\d+\.\d+\.\d+/);

      doc().querySelector<HTMLButtonElement>('#next')!.click();
      await waitUntil(() => title() === 'What is an AMH test?', `the app's change did not reach the element (${title()})`, { timeout: 5000 });

      doc().querySelector<HTMLButtonElement>('#next')!.click();
      await waitUntil(() => log().length > 0, 'qa-error did not reach the app', { timeout: 5000 });
      expect(log()).to.deep.equal(['qa-error:not-found']);

      const search = doc().querySelector('qa-search')!;
      await waitUntil(() => search.shadowRoot?.querySelector('[part="result-control"]'), 'no search results', { timeout: 10_000 });
      (search.shadowRoot!.querySelector('[part="result-control"]') as HTMLElement).click();
      await waitUntil(() => log().length > 1, 'qa-open did not reach the app', { timeout: 5000 });
      expect(log()).to.deep.equal(['qa-error:not-found', 'qa-open:what-is-ivf']);
    });
  });
}
