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

  it('escapes every snippet attribute: the ?script= payload from issue 11, pasted into a page, runs nothing', async () => {
    const { wrapper, form, snippet } = builder;
    choose(form, 'format', 'html');
    choose(form, 'question', 'amh-test');
    const payloads = [
      // Exactly as in the issue, then with a real (same-origin, so no third-party request) address.
      '<url>"></script><script>window.__pwned=1</script><script x="',
      `${location.origin}/dist/fertility-qa.js"></script><script>window.__pwned=1</script><script x="`,
      `/dist/fertility-qa.js' onload='window.__pwned=1' x='&amp;<b>`,
    ];
    for (const payload of payloads) {
      (form.elements.namedItem('script') as HTMLInputElement).value = payload;
      form.script.dispatchEvent(new Event('change', { bubbles: true }));
      expect(wrapper.querySelector('#script-problem')!.textContent).to.equal('');
      const parsed = new DOMParser().parseFromString(snippet.value, 'text/html');
      // The value comes back whole from the one attribute it belongs to, and adds no element.
      expect([...parsed.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.type)).to.deep.equal([payload, 'application/ld+json']);
      expect(parsed.querySelector('fertility-question')!.getAttribute('src')).to.equal(form.feed.value);
      const frame = await pasteIntoFreshPage(snippet.value, true);
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect((frame.contentWindow as unknown as { __pwned?: number }).__pwned, payload).to.equal(undefined);
        expect(frame.contentDocument!.querySelectorAll('script')).to.have.length(2);
      } finally {
        frame.remove();
      }
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes only http(s) or relative addresses for the script and the feed; anything else gets a message and no snippet', async () => {
    const { wrapper, form, snippet } = builder;
    const script = form.elements.namedItem('script') as HTMLInputElement;
    const feedField = form.elements.namedItem('feed') as HTMLInputElement;
    const goodScript = `${location.origin}/dist/fertility-qa.js`;
    const goodFeed = feedField.value;
    const refused = ['javascript:window.__pwned=1', ' JaVa\tScRiPt:window.__pwned=1', 'data:text/javascript,window.__pwned=1', 'blob:https://x.example/1', 'vbscript:x', 'ftp://x.example/f.js', 'file:///etc/passwd', '   '];
    for (const value of refused) {
      script.value = value;
      form.script.dispatchEvent(new Event('change', { bubbles: true }));
      expect(snippet.value, value).to.equal('');
      expect(script.getAttribute('aria-invalid')).to.equal('true');
      const message = wrapper.querySelector<HTMLElement>('#script-problem')!;
      expect(message.textContent).to.match(/^Use an https: or http: address, or a path on your site/);
      expect(message.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
    }
    for (const value of ['relative/fertility-qa.js', '/js/fertility-qa.js', '../fertility-qa.js', goodScript]) {
      script.value = value;
      form.script.dispatchEvent(new Event('change', { bubbles: true }));
      expect(snippet.value, value).to.contain(`<script type="module" src="${value}"></script>`);
      expect(script.getAttribute('aria-invalid')).to.equal('false');
    }

    const fake = `data:application/json,${encodeURIComponent('{"version":1,"experts":[],"questions":[]}')}`;
    for (const value of [fake, 'blob:http://localhost/x', 'javascript:alert(1)']) {
      feedField.value = value;
      feedField.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => wrapper.querySelector('#feed-problem')!.textContent !== '', 'no message for the feed');
      expect(snippet.value).to.equal('');
      expect(wrapper.querySelector('#preview')!.childElementCount).to.equal(0);
    }
    feedField.value = goodFeed;
    feedField.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => snippet.value.includes('<fertility-question'), 'snippet not back');
    expect(wrapper.querySelector('#feed-problem')!.textContent).to.equal('');
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
