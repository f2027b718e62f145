import { expect, waitUntil } from '@open-wc/testing';

/** demo/api.html: the API page generated from custom-elements.json by api-viewer-element. */
describe('API page', () => {
  it('lists every element with its attributes, events, parts and custom properties, and a live example', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/api.html';
    frame.style.cssText = 'inline-size: 1000px; block-size: 1500px';
    document.body.append(frame);
    try {
      const viewer = () => frame.contentDocument?.querySelector('api-viewer');
      const text = () => {
        const collect = (root: Element | ShadowRoot): string =>
          [...root.querySelectorAll('*')].map((element) => (element.shadowRoot ? collect(element.shadowRoot) : '') + (element.childElementCount ? '' : element.textContent)).join(' ');
        return viewer()?.shadowRoot ? collect(viewer()!.shadowRoot!) : '';
      };
      await waitUntil(() => text().includes('heading-level'), `API not rendered: ${text().slice(0, 300)}`, { timeout: 8000 });
      const select = viewer()!.shadowRoot!.querySelector('select')!;
      expect([...select.options].map((option) => option.value)).to.have.members(['expert-answer', 'fertility-question', 'qa-feed', 'qa-search']);
      // It opens on <fertility-question> (issue 15); <expert-answer> is one choice away.
      expect(text()).to.contain('qa-toggle').and.to.contain('--fqa-color-accent');
      select.value = 'expert-answer';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => text().includes('expert-name'), 'expert-answer docs not shown', { timeout: 5000 });
      expect(text()).to.contain('qa-video-play');
      select.value = 'fertility-question';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => text().includes('qa-error'), 'fertility-question docs not shown', { timeout: 5000 });
      for (const name of ['heading-level', 'collapsible', 'organisation', 'qa-toggle', 'disclaimer', 'urgent', '--fqa-radius']) expect(text(), name).to.contain(name);
      // The live example: the real element, from the page's template, on the sample feed.
      const demo = viewer()!.shadowRoot!.querySelector<HTMLInputElement>('#demo')!;
      demo.click();
      const live = () => {
        const find = (root: ShadowRoot | Document): Element | null => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === 'fertility-question') return element;
            const inner = element.shadowRoot && find(element.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        return find(viewer()!.shadowRoot!);
      };
      await waitUntil(() => live()?.shadowRoot?.querySelector('[part="title"]'), 'no live example', { timeout: 8000 });
      expect(live()!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('What is an AMH test?');
    } finally {
      frame.remove();
    }
  });
});
