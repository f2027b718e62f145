import { expect, waitUntil } from '@open-wc/testing';

/**
 * The snippet builder (demo/builder.html), driven as a blogger would: pick a
 * question, copy, paste the snippet into a fresh page: the same question
 * renders there, and reads as text with JavaScript disabled too.
 */
async function openBuilder() {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  wrapper.append(document.importNode(page.querySelector('main')!, true));
  history.replaceState(null, '', `?feed=${encodeURIComponent(new URL('/demo/feed.json', location.href).href)}&script=${encodeURIComponent(new URL('/dist/fertility-qa.js', location.href).href)}`);
  await import('../demo/builder.js' as string);
  const snippet = wrapper.querySelector<HTMLTextAreaElement>('#snippet')!;
  await waitUntil(() => snippet.value.includes('<fertility-question'), 'no snippet', { timeout: 5000 });
  return { wrapper, form: wrapper.querySelector<HTMLFormElement>('#builder')!, snippet };
}

function choose(form: HTMLFormElement, name: string, value: string) {
  const field = form.elements.namedItem(name) as HTMLSelectElement | RadioNodeList;
  if (field instanceof RadioNodeList) {
    const radio = [...field].find((r) => (r as HTMLInputElement).value === value) as HTMLInputElement;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

async function pasteIntoFreshPage(snippet: string, scripts: boolean) {
  const frame = document.createElement('iframe');
  // Without allow-scripts: a page (or a reader) with JavaScript off.
  frame.setAttribute('sandbox', scripts ? 'allow-scripts allow-same-origin' : 'allow-same-origin');
  frame.style.cssText = 'inline-size: 800px; block-size: 1200px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh page</title></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount, 'fresh page did not load', { timeout: 5000 });
  return frame;
}

describe('snippet builder', () => {
  const start = location.href;
  let builder: Awaited<ReturnType<typeof openBuilder>>;
  // One builder for the file: its module runs once, on the markup it finds.
  before(async () => {
    builder = await openBuilder();
  });
  after(() => history.replaceState(null, '', start));

  it('previews the chosen question with the real element, and passes axe', async () => {
    const { wrapper, form } = builder;
    choose(form, 'question', 'amh-test');
    const preview = wrapper.querySelector('#preview fertility-question')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('h2')?.textContent === 'What is an AMH test?', 'preview not updated', { timeout: 5000 });
    await expect(wrapper).to.be.accessible();
  });

  it('copies a snippet that renders the same question on a fresh page, and reads as text without JavaScript', async () => {
    const { wrapper, form, snippet } = builder;
    choose(form, 'format', 'html');
    choose(form, 'question', 'amh-test');
    wrapper.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => wrapper.querySelector('#copied')!.textContent !== '', 'no copy status');
    const copied = snippet.value;
    expect(copied).to.contain('question="amh-test"').and.to.contain('<script type="module" src="').and.to.contain('application/ld+json');

    const live = await pasteIntoFreshPage(copied, true);
    try {
      const question = live.contentDocument!.querySelector('fertility-question')!;
      await waitUntil(() => question.shadowRoot?.querySelector('[part="title"]'), 'snippet did not render', { timeout: 8000 });
      expect(question.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('What is an AMH test?');
      expect(question.shadowRoot!.querySelectorAll('expert-answer').length).to.equal(2);
      // The snippet's JSON-LD is used as it is: the element does not write it again.
      expect(live.contentDocument!.querySelectorAll('script[type="application/ld+json"][data-fertility-qa-question="amh-test"]')).to.have.length(1);
    } finally {
      live.remove();
    }

    const noScript = await pasteIntoFreshPage(copied, false);
    try {
      const doc = noScript.contentDocument!;
      const title = doc.querySelector('fertility-question h2')!;
      expect(title.textContent).to.equal('What is an AMH test?');
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(doc.body.textContent).to.contain('AMH stands for anti-Müllerian hormone');
      expect(doc.querySelector('fertility-question')!.shadowRoot).to.equal(null);
    } finally {
      noScript.remove();
    }
  });

  it('wraps the snippet for WordPress, and offers an iframe for CMSes without scripts', async () => {
    const { form, snippet } = builder;
    choose(form, 'format', 'wordpress');
    expect(snippet.value.startsWith('<!-- wp:html -->\n<fertility-question')).to.equal(true);
    expect(snippet.value.endsWith('<!-- /wp:html -->')).to.equal(true);
    choose(form, 'format', 'iframe');
    const frame = new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('iframe')!;
    const src = new URL(frame.src);
    expect(src.pathname).to.equal('/demo/embed.html');
    expect(src.searchParams.get('question')).to.exist;
    expect(frame.title).to.not.equal('');
  });

  it('embed.html renders the question and tells the embedding page its height (origin-checked there)', async () => {
    const heights: number[] = [];
    const frame = document.createElement('iframe');
    const listener = (event: MessageEvent) => {
      // What the embedding page does: accept only messages from the embed's own origin and frame.
      if (event.origin === location.origin && event.source === frame.contentWindow && event.data?.type === 'fertility-qa:height') heights.push(event.data.height);
    };
    addEventListener('message', listener);
    frame.src = '/demo/embed.html?feed=/demo/feed.json&question=amh-test';
    frame.style.cssText = 'inline-size: 600px; block-size: 200px';
    document.body.append(frame);
    try {
      await waitUntil(() => heights.some((height) => height > 600), `heights: ${heights.join(', ')}`, { timeout: 8000 });
      expect(frame.contentDocument!.querySelector('fertility-question')!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('What is an AMH test?');
    } finally {
      removeEventListener('message', listener);
      frame.remove();
    }
  });
});
