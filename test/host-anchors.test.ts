import { expect, waitUntil } from '@open-wc/testing';

/**
 * Issue 26, hole 7: a feed's question ids never take over the page's own anchors.
 * The page (test/fixtures/host-anchors.html) has a skip link to `<main id="main">`
 * and a link to `<a name="contact">`; the feed has questions `main`, `contact` and
 * `ivf`. The page's links do what they do without the widget; `#ivf`, which the page
 * does not own, still leads to the question.
 */

const FEED = {
  version: 1,
  experts: [{ id: 'dr-a', name: 'Dr A' }],
  questions: ['main', 'contact', 'ivf'].map((id) => ({ id, title: `Question ${id}`, category: 'C', answers: [{ expert: 'dr-a', text: `About ${id}.` }] })),
};

type Frame = { frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document };

async function openPage(hash = ''): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/host-anchors.html${hash}`;
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as (Window & typeof globalThis) | null)?.customElements?.get('fertility-question'), 'page did not load', { timeout: 10_000 });
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The feed inline in a `<qa-feed>` with `inner` (widgets' markup), at the top of the page; resolves once they show the feed. */
async function addWidgets({ doc }: Frame, inner: string): Promise<Widget[]> {
  doc.getElementById('widgets')!.innerHTML = `<qa-feed><script type="application/json">${JSON.stringify(FEED)}</script>${inner}</qa-feed>`;
  const widgets = [...doc.querySelectorAll<Widget>('fertility-question, qa-search')];
  await waitUntil(() => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="title"], [part="results"]')), 'widgets did not render', { timeout: 5000 });
  await settle(widgets);
  return widgets;
}

/** What a widget does about the address happens in its update and the microtasks after it: wait for those, and a frame. */
async function settle(widgets: Widget[]) {
  for (let i = 0; i < 3; i += 1) await Promise.all(widgets.map((widget) => widget.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Follows one of the page's links as a reader does, and waits for what it causes (hashchange, then the widgets' updates). */
async function follow({ win, doc }: Frame, link: string, widgets: Widget[]) {
  const changed = new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
  doc.getElementById(link)!.click();
  await changed;
  await settle(widgets);
}

const top = (element: Element) => Math.round(element.getBoundingClientRect().top);
/** The element of ours that has focus, if any (through our shadow roots). */
const focusedWidget = (doc: Document) => doc.activeElement?.closest('fertility-question, qa-search, qa-feed')?.localName;

describe('hole 7: the page keeps its own anchors', () => {
  let page: Frame;
  afterEach(() => page?.frame.remove());

  it('<fertility-question collapsible> for questions main and contact: the skip link and #contact land where the page says', async () => {
    page = await openPage();
    const widgets = await addWidgets(page, '<fertility-question question="main" collapsible></fertility-question><fertility-question question="contact"></fertility-question><fertility-question question="ivf"></fertility-question>');
    await follow(page, 'skip', widgets);
    expect(page.win.location.hash).to.equal('#main');
    expect(top(page.doc.getElementById('main')!), 'the page scrolled to its <main>').to.equal(0);
    expect(focusedWidget(page.doc), 'focus').to.equal(undefined);
    await follow(page, 'to-contact', widgets);
    expect(top(page.doc.querySelector('a[name="contact"]')!), 'the page scrolled to its <a name="contact">').to.equal(0);
    expect(focusedWidget(page.doc), 'focus').to.equal(undefined);
    // An id the page does not own is the widget's: the same wait sees it scroll there.
    await follow(page, 'to-ivf', widgets);
    expect(top(widgets[2]!)).to.equal(0);
  });

  it('a page opened at #main: the widget that renders later leaves the page where the browser put it', async () => {
    page = await openPage('#main');
    await addWidgets(page, '<fertility-question question="main" collapsible></fertility-question>');
    expect(top(page.doc.getElementById('main')!)).to.equal(0);
    expect(focusedWidget(page.doc)).to.equal(undefined);
  });

  it('<qa-search sync-url> with a question main: the skip link neither opens it nor moves the page', async () => {
    page = await openPage();
    const widgets = await addWidgets(page, '<qa-search sync-url></qa-search>');
    const search = widgets[0]!;
    await follow(page, 'skip', widgets);
    expect(search.shadowRoot!.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
    expect(search.shadowRoot!.querySelector('fertility-question')).to.equal(null);
    expect(top(page.doc.getElementById('main')!)).to.equal(0);
    expect(focusedWidget(page.doc)).to.equal(undefined);
    // #ivf is the search's: Back/Forward-style links to it still open the question.
    await follow(page, 'to-ivf', widgets);
    await waitUntil(() => search.shadowRoot!.querySelector('fertility-question[question="ivf"]'), 'ivf not opened');
  });
});
