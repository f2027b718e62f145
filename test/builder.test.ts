import { expect, waitUntil } from '@open-wc/testing';

/**
 * The snippet builder (demo/builder.html), driven as a blogger would: pick a
 * question, copy, paste the snippet into a fresh page: the same question
 * renders there, and reads as text with JavaScript disabled too.
 */
/** This test server under its other host name: another origin, still this machine. */
function otherOrigin() {
  const url = new URL(location.href);
  url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

async function openBuilder() {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  wrapper.append(document.importNode(page.querySelector('main')!, true));
  // The CDN swapped for this test server under its other host name (a second origin that sends CORS headers, as jsDelivr does).
  const cdn = `${otherOrigin()}/test-server/cors/`;
  history.replaceState(null, '', `?feed=${encodeURIComponent(new URL('/demo/feed.json', location.href).href)}&script=${encodeURIComponent(new URL('/dist/fertility-qa.js', location.href).href)}&cdn=${encodeURIComponent(cdn)}`);
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

/** A blog's own style: Georgia 19 px, purple links (issue 13). */
const BLOG_STYLE = '<style>body { font: 19px/1.6 Georgia, serif; max-width: 40rem; margin: 1rem auto; padding: 0 1rem; } a { color: purple; }</style>';

async function pasteIntoFreshPage(snippet: string, scripts: boolean) {
  const frame = document.createElement('iframe');
  // Without allow-scripts: a page (or a reader) with JavaScript off.
  frame.setAttribute('sandbox', scripts ? 'allow-scripts allow-same-origin' : 'allow-same-origin');
  frame.style.cssText = 'inline-size: 800px; block-size: 1200px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh page</title>${BLOG_STYLE}</head><body>${snippet}</body></html>`;
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
        // Loaded (readyState "complete"): every script the page holds has run, a payload among them.
        expect(frame.contentDocument!.readyState).to.equal('complete');
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

  it('defaults to the versioned one-file bundle on the public CDN, with its integrity hash and crossorigin; never a placeholder', async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'cdn');
    choose(form, 'format', 'html');
    choose(form, 'question', 'amh-test');
    const { version } = await (await fetch('/package.json')).json();
    const record = await (await fetch('/dist/integrity.json')).json();
    // What a builder without ?cdn= writes: jsDelivr's npm URL at this version.
    expect(record.cdn).to.equal(`https://cdn.jsdelivr.net/npm/fertility-qa@${version}/dist/fertility-qa.single.js`);
    // The hash is the built file's, computed here from its bytes.
    const bytes = await (await fetch('/test-server/cors/dist/fertility-qa.single.js')).arrayBuffer();
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    const script = new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('script[src]')!;
    expect(script.getAttribute('src')).to.equal(`${otherOrigin()}/test-server/cors/dist/fertility-qa.single.js`);
    expect(script.getAttribute('integrity')).to.equal(`sha384-${digest}`);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(snippet.value).to.not.contain('your-site.example');
  });

  it('a page on another origin with only the copied snippet renders, loading the script (SRI-checked) from the CDN origin', async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'cdn');
    choose(form, 'format', 'html');
    choose(form, 'question', 'nk-cells');
    const live = await pasteIntoFreshPage(snippet.value, true);
    try {
      // Once loaded, the script has run and defined the element (the tampered page below relies on this).
      expect(live.contentWindow!.customElements.get('fertility-question'), 'defined when the page has loaded').to.not.equal(undefined);
      const question = live.contentDocument!.querySelector('fertility-question')!;
      await waitUntil(() => question.shadowRoot?.querySelectorAll('expert-answer').length === 2, 'snippet did not render from the CDN origin', { timeout: 8000 });
      expect(question.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('What are natural killer cells and are they tested?');
    } finally {
      live.remove();
    }
    // The hash is really checked: one changed character and the browser refuses the file.
    const tampered = snippet.value.replace(/integrity="sha384-(.)/, (_, c) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
    const refused = await pasteIntoFreshPage(tampered, true);
    try {
      // The page has loaded (pasteIntoFreshPage waits for readyState "complete"), so its module script
      // has been fetched and refused: had it run, the element would be defined by now.
      expect(refused.contentWindow!.performance.getEntriesByType('resource').some((entry) => entry.name.includes('fertility-qa')), 'the script was fetched').to.equal(true);
      expect(refused.contentWindow!.customElements.get('fertility-question')).to.equal(undefined);
      expect(refused.contentDocument!.body.textContent).to.contain('Natural killer (NK) cells are part of the immune system.');
    } finally {
      refused.remove();
    }
  });

  it('"I host it myself": the address given, with integrity only when given', async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'self');
    const script = form.elements.namedItem('script') as HTMLInputElement;
    const integrity = form.elements.namedItem('integrity') as HTMLInputElement;
    script.value = '/js/fertility-qa.single.js';
    integrity.value = '';
    script.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.contain('<script type="module" src="/js/fertility-qa.single.js"></script>');
    integrity.value = 'sha384-abc+/=';
    integrity.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.contain('<script type="module" src="/js/fertility-qa.single.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>');
    integrity.value = '" onload="alert(1)';
    integrity.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet.value).to.equal('');
    integrity.value = '';
    integrity.dispatchEvent(new Event('change', { bubbles: true }));
    choose(form, 'host', 'cdn');
  });

  it('the fallback is complete without script: urgent notice under the title, paragraphs and real lists, experts, citations linked to references, the disclaimer', async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'cdn');
    for (const format of ['html', 'wordpress']) {
      choose(form, 'format', format);
      choose(form, 'question', 'nk-cells');
      const frame = await pasteIntoFreshPage(snippet.value, false);
      try {
        const doc = frame.contentDocument!;
        const fallback = doc.querySelector('fertility-question .fertility-qa-fallback')!;
        expect(fallback.querySelector('h2')!.textContent).to.equal('What are natural killer cells and are they tested?');
        // Each expert's byline as the widget shows it (issue 31): "Answer from", the name, short credentials.
        expect([...fallback.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Answer from Dr Mira Mock (demo), MD (fictional)', 'Answer from Dr Demo Rivera, MD (fictional)', 'References']);
        const list = fallback.querySelector('ul')!;
        expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
          'What is the evidence that it helps people in my situation?',
          'What are the risks and side effects?',
          'What does it cost, and what would happen if I did not have it?',
        ]);
        expect(fallback.textContent).to.not.match(/ - What/);
        expect(fallback.querySelector('strong')!.textContent).to.equal('not');
        // Each citation links to its entry in the references list.
        const cites = [...fallback.querySelectorAll<HTMLAnchorElement>('sup a')];
        expect(cites.map((a) => a.textContent)).to.deep.equal(['[1]', '[2]']);
        for (const cite of cites) expect(doc.getElementById(cite.hash.slice(1))!.closest('ol')!.previousElementSibling!.textContent).to.equal('References');
        expect(doc.getElementById(cites[1]!.hash.slice(1))!.querySelector('a')!.href).to.equal('https://doi.org/10.5555/demo.0001');
        expect(fallback.lastElementChild!.textContent).to.match(/^These answers are general information for education, not personal medical advice/);
        expect(doc.body.innerText).to.not.contain('schema.org');
      } finally {
        frame.remove();
      }
    }
    choose(form, 'format', 'html');
    choose(form, 'question', 'miscarriage-is-it-anyones-fault');
    // In the widget's order: category, title, then the urgent notice, before any answer.
    const copy = new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('.fertility-qa-fallback')!;
    expect([...copy.children].slice(0, 3).map((child) => child.localName)).to.deep.equal(['p', 'h2', 'p']);
    const urgent = copy.children[2]!;
    expect(urgent.className).to.equal('fertility-qa-urgent');
    expect(urgent.textContent).to.match(/^Seek urgent care: If you are pregnant and have heavy bleeding/);
  });

  it("the fallback's own words are in the snippet's language, marked with lang (and dir for Arabic); the page's language keeps English", async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'cdn');
    choose(form, 'format', 'html');
    choose(form, 'question', 'miscarriage-is-it-anyones-fault');
    const fallbackOf = () => new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('.fertility-qa-fallback')!;
    const cases = [
      { lang: 'es', urgent: /^Busca atención urgente:/, disclaimer: /^Estas respuestas son información general/, dir: null },
      { lang: 'ar', urgent: /^اطلب الرعاية العاجلة:/, disclaimer: /^هذه الإجابات معلومات عامة للتثقيف/, dir: 'rtl' },
      { lang: '', urgent: /^Seek urgent care:/, disclaimer: /^These answers are general information/, dir: null },
    ];
    for (const { lang, urgent, disclaimer, dir } of cases) {
      choose(form, 'lang', lang);
      await waitUntil(() => (fallbackOf().getAttribute('lang') ?? '') === lang, `no fallback in "${lang}"`, { timeout: 5000 });
      const fallback = fallbackOf();
      expect(fallback.querySelector('.fertility-qa-urgent')!.textContent).to.match(urgent);
      expect(fallback.lastElementChild!.textContent).to.match(disclaimer);
      expect(fallback.getAttribute('dir')).to.equal(dir);
      if (lang) expect(fallback.textContent, lang).to.not.match(/Seek urgent care|These answers are general information|experts? answered/);
    }
  });

  it("structured data never carries the builder's address: the feed's url, or none (the element fills in the page's)", async () => {
    const { form, snippet } = builder;
    choose(form, 'host', 'cdn');
    choose(form, 'format', 'html');
    const jsonLd = () => JSON.parse(new DOMParser().parseFromString(snippet.value, 'text/html').querySelector('script[type="application/ld+json"]')!.textContent!);
    choose(form, 'question', 'ivf'); // has a url in the feed
    expect(jsonLd()['@id']).to.equal('https://example.org/qa/ivf#ivf');
    expect(jsonLd().url).to.equal('https://example.org/qa/ivf#ivf');
    choose(form, 'question', 'nk-cells'); // has none
    expect(snippet.value).to.not.contain('builder.html');
    expect(jsonLd()).to.not.have.property('@id');
    expect(jsonLd()).to.not.have.property('url');
    // On the page it is pasted into, the element writes that page's address in.
    const live = await pasteIntoFreshPage(snippet.value, true);
    try {
      const script = live.contentDocument!.querySelector('script[type="application/ld+json"]')!;
      await waitUntil(() => script.textContent!.includes('"@id"'), 'the element did not fill in the address', { timeout: 8000 });
      expect(JSON.parse(script.textContent!)['@id']).to.equal(`${live.contentWindow!.location.href.split('#')[0]}#nk-cells`);
    } finally {
      live.remove();
    }
    // The WordPress snippet has none: kses would leave its text on the page of an author's post.
    choose(form, 'format', 'wordpress');
    expect(snippet.value).to.not.contain('ld+json');
  });

  it('hole 26.3: a link cannot point the snippet anywhere the form does not show: ?embed= and ?cdn= are visible fields', async () => {
    // The link, on the real builder page (it only writes these addresses into the snippet; nothing is fetched from them).
    const frame = document.createElement('iframe');
    frame.src = '/demo/builder.html?embed=https://evil.example/embed.html&cdn=https://evil.example/';
    frame.style.cssText = 'inline-size: 1200px; block-size: 900px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('<fertility-question'), 'no snippet', { timeout: 8000 });
      const doc = frame.contentDocument!;
      const form = doc.querySelector<HTMLFormElement>('#builder')!;
      // The frame's radios (choose() knows this page's RadioNodeList only).
      const pick = (format: string) => {
        const radio = form.querySelector<HTMLInputElement>(`input[name="format"][value="${format}"]`)!;
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      };
      for (const format of ['html', 'wordpress', 'iframe']) {
        pick(format);
        const parsed = new DOMParser().parseFromString(doc.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'text/html');
        const addresses = [...parsed.querySelectorAll('script[src], iframe[src]')].map((element) => {
          const url = new URL(element.getAttribute('src')!, frame.contentWindow!.location.href);
          return `${url.origin}${url.pathname}`;
        });
        expect(addresses, format).to.have.length(1);
        // Every address the snippet points at is the value of a field the reader sees.
        const shown = [...form.querySelectorAll<HTMLInputElement>('input[type="url"]')]
          .filter((field) => field.getClientRects().length > 0)
          .map((field) => new URL(field.value, frame.contentWindow!.location.href).href);
        for (const address of addresses) expect(shown, `${format}: ${address}`).to.include(address);
      }
      expect(doc.querySelector<HTMLInputElement>('#embed')!.value).to.equal('https://evil.example/embed.html');
      pick('html');
      expect(doc.querySelector<HTMLInputElement>('#cdn')!.value).to.equal('https://evil.example/dist/fertility-qa.single.js');
    } finally {
      frame.remove();
    }
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
      expect(frame.contentDocument!.querySelector('fertility-question')!.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('What is an AMH test?');
    } finally {
      removeEventListener('message', listener);
      frame.remove();
    }
  });

  describe('snippets that would not work as pasted say so (issue 29)', () => {
    const other = () => otherOrigin();
    const warning = () => builder.wrapper.querySelector<HTMLElement>('#snippet-warning')!;
    const formWarning = () => builder.wrapper.querySelector<HTMLElement>('#form-warning')!;
    /** Waits for the builder's check of the snippet on show to end; its warning's text, or '' when none shows. */
    async function checked() {
      await waitUntil(() => !warning().textContent!.startsWith('Checking'), 'the check never ended', { timeout: 12_000 });
      const shown = !warning().hidden;
      expect(!formWarning().hidden, 'the form says the same').to.equal(shown);
      return shown ? warning().textContent! : '';
    }
    async function setField(name: string, value: string) {
      const field = builder.form.elements.namedItem(name) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    after(async () => {
      choose(builder.form, 'format', 'html');
      await setField('feed', new URL('/demo/feed.json', location.href).href);
      await waitUntil(() => builder.snippet.value.includes('<fertility-question'), 'no snippet');
    });

    it("a feed on the clinic's site: the embed page defaults to embed.html beside it, and the chosen question stays", async () => {
      choose(builder.form, 'kind', 'question');
      choose(builder.form, 'question', 'ivf');
      await setField('feed', `${other()}/test-server/cors/demo/feed.json`);
      await waitUntil(() => builder.snippet.value.includes(`${other()}/test-server/cors/demo/feed.json`), 'the new feed is not in the snippet', { timeout: 5000 });
      expect(builder.form.question.value, 'the chosen question').to.equal('ivf');
      expect((builder.form.elements.namedItem('embed') as HTMLInputElement).value).to.equal(`${other()}/test-server/cors/demo/embed.html`);
    });

    it('an embed page that may not read the feed: a warning in the form and above the snippet; gone once the embed page is beside the feed', async function () {
      this.timeout(40_000); // an embed page that is not there is given EMBED_ANSWER_MS to answer
      choose(builder.form, 'format', 'iframe');
      // The case: the feed on the clinic's origin, embed.html beside the builder on another.
      await setField('embed', new URL('/demo/embed.html', location.href).href);
      expect(await checked()).to.match(/This snippet will not work as pasted:.*does not take feeds from .*Use an embed page beside your feed/);
      // The preview is the snippet's own iframe: it shows what a pasted one would.
      const frame = builder.wrapper.querySelector<HTMLIFrameElement>('#preview iframe')!;
      expect(frame.src).to.equal(new DOMParser().parseFromString(builder.snippet.value, 'text/html').querySelector('iframe')!.src);
      await waitUntil(() => frame.contentDocument?.querySelector('.fertility-qa-embed-refused'), 'the preview does not show the refusal');
      // The built embed page, served from the feed's origin: the snippet works, no warning.
      await setField('embed', `${other()}/test-server/cors/dist/embed/embed.html`);
      expect(await checked()).to.equal('');
      // An embed page that is not there at all.
      await setField('embed', `${other()}/test-server/status/404/embed.html`);
      expect(await checked()).to.match(/did not answer: it is not there/);
    });

    it("a script or a feed other sites cannot read (no CORS), or a hash that does not match: each said, with what to do", async function () {
      this.timeout(30_000);
      choose(builder.form, 'format', 'html');
      choose(builder.form, 'host', 'self');
      // Everything from the clinic's origin with CORS headers: nothing to say.
      await setField('script', `${other()}/test-server/cors/dist/fertility-qa.js`);
      await setField('integrity', '');
      expect(await checked()).to.equal('');
      // The script from a server that sends no CORS header: pasted on any other site, the widget stays blank.
      await setField('script', `${other()}/dist/fertility-qa.js`);
      expect(await checked()).to.match(/The script at .*\/dist\/fertility-qa\.js could not be fetched the way browsers fetch module scripts \(with CORS\)/);
      await setField('script', `${other()}/test-server/cors/dist/fertility-qa.js`);
      await setField('integrity', 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      expect(await checked()).to.match(/The integrity hash does not match the script/);
      await setField('integrity', '');
      // The feed from a server that sends no CORS header (set up by the test server), on this page's own origin: it works on
      // that site only. Information, not failure.
      await setField('feed', new URL('/test-server/no-cors/demo/feed.json', location.href).href);
      await waitUntil(() => builder.snippet.value.includes('/test-server/no-cors/demo/feed.json'), 'no snippet for the feed of this origin');
      expect(await checked()).to.equal(`Works only on pages of ${location.origin}: the feed's server sends no Access-Control-Allow-Origin header, so on another site the widget would say the feed could not be loaded. To paste it elsewhere, send that header.`);
      expect(warning().className).to.equal('information');
      // The same feed with the header: nothing to say.
      await setField('feed', new URL('/test-server/cors/demo/feed.json', location.href).href);
      await waitUntil(() => builder.snippet.value.includes('/test-server/cors/demo/feed.json'), 'no snippet');
      expect(await checked()).to.equal('');
    });

    it("a feed the builder cannot read (no CORS): nothing stale stays, the field says why, and the iframe snippet still comes", async function () {
      this.timeout(30_000);
      choose(builder.form, 'format', 'html');
      choose(builder.form, 'kind', 'question');
      // A working feed first, with a warning on show (a hash that does not match).
      await setField('feed', new URL('/demo/feed.json', location.href).href);
      await waitUntil(() => builder.snippet.value.includes('<fertility-question'), 'no snippet');
      choose(builder.form, 'host', 'self');
      await setField('script', `${other()}/test-server/cors/dist/fertility-qa.js`);
      await setField('integrity', 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      expect(await checked()).to.match(/The integrity hash does not match/);
      // The feed moves to a server on another site that sends no CORS header.
      const unreadable = `${other()}/test-server/no-cors/demo/feed.json`;
      await setField('feed', unreadable);
      const problem = builder.wrapper.querySelector('#feed-problem')!;
      await waitUntil(() => problem.textContent !== '', 'the feed field says nothing', { timeout: 8000 });
      expect(problem.textContent).to.equal(
        `The builder cannot read the feed at ${unreadable}: its server sends no Access-Control-Allow-Origin header, and browsers let a page read another site's file only with it. A script snippet on another site could not read it either: send that header from the feed's server. An iframe snippet still works: its embed page, beside the feed on ${other()}, reads it from its own site. Choose "No scripts allowed (iframe)".`,
      );
      expect(builder.form.feed.getAttribute('aria-invalid')).to.equal('true');
      expect(builder.snippet.value, 'no snippet').to.equal('');
      expect(builder.wrapper.querySelector('#preview')!.childElementCount, 'no stale preview').to.equal(0);
      expect(warning().hidden && formWarning().hidden, 'no stale warning').to.equal(true);
      // The iframe: the embed page beside the feed reads it; the builder offers the feed's search page, and its check passes.
      await setField('integrity', '');
      await setField('embed', `${other()}/test-server/no-cors/demo/embed.html`); // an earlier test chose another
      choose(builder.form, 'format', 'iframe');
      await waitUntil(() => builder.snippet.value.includes('<iframe'), 'no iframe snippet', { timeout: 5000 });
      const src = new URL(new DOMParser().parseFromString(builder.snippet.value, 'text/html').querySelector('iframe')!.src);
      expect(src.origin + src.pathname).to.equal(`${other()}/test-server/no-cors/demo/embed.html`);
      expect(src.searchParams.get('feed')).to.equal(unreadable);
      expect(src.searchParams.get('search')).to.equal('');
      expect(builder.form.kind.value).to.equal('search');
      expect(await checked()).to.equal('');
      // A readable feed again: the question list is back.
      await setField('feed', new URL('/demo/feed.json', location.href).href);
      await waitUntil(() => builder.form.question.options.length > 0 && problem.textContent === '', 'the feed did not load again');
      expect((builder.form.querySelector('input[name="kind"][value="question"]') as HTMLInputElement).disabled).to.equal(false);
      choose(builder.form, 'kind', 'question');
    });
  });

  it('one findings box at 390 px (the form and the snippet are one column)', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    // The builder as its visitor opens it; its feed and script from this origin without CORS: a limit to show.
    frame.src = `/demo/builder.html?feed=${encodeURIComponent('/test-server/no-cors/demo/feed.json')}&script=${encodeURIComponent('/test-server/no-cors/dist/fertility-qa.js')}`;
    frame.style.cssText = 'inline-size: 390px; block-size: 844px; border: 0';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('#snippet-warning p')?.textContent?.startsWith('Works only'), 'no finding shown', { timeout: 15_000 });
      const shown = [...frame.contentDocument!.querySelectorAll<HTMLElement>('#form-warning, #snippet-warning')].filter((box) => box.checkVisibility());
      expect(shown.map((box) => box.id)).to.deep.equal(['snippet-warning']);
      expect(shown[0]!.getAttribute('role')).to.equal('status');
    } finally {
      frame.remove();
    }
  });
});
