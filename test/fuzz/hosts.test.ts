import fc from 'fast-check';
import { waitUntil } from '@open-wc/testing';
import { slug } from './arbitraries.js';
import { check, openHost, type Host } from './harness.js';

/**
 * Issue 26, the classes of holes 6 and 7, against the built bundle:
 * - images: with feeds whose image fields (`photoUrl`, `video.poster`) are on the
 *   page's own origin or on a YouTube/Google host spelled any way a browser reads as
 *   that host, nothing is requested outside the page's own origin before the reader
 *   acts (observed as real requests: Resource Timing, failed ones included);
 * - anchors: whatever the feed's question ids, the host page's own links (`#id` to an
 *   element with that id, or to an `<a name>`) land where they land without the widget.
 * Seed and counts: settings.js (fixed in `npm test`, random in `npm run fuzz`).
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** YouTube's and Google's image and video hosts. */
const VIDEO_HOSTS = ['i.ytimg.com', 'i9.ytimg.com', 'img.youtube.com', 'www.youtube.com', 'www.youtube-nocookie.com', 'youtu.be', 'yt3.ggpht.com', 'lh3.googleusercontent.com', 'r1---sn.googlevideo.com'];

/** One host, spelled as a browser still reads it: case, trailing dots, full-width letters, `。` or `%2E` for a dot, a soft hyphen. */
const spelledHost = (host: string) =>
  fc.tuple(fc.array(fc.constantFrom('case', 'dot', 'fullwidth', 'ideographic', 'percent', 'shy'), { maxLength: 3 }), fc.integer({ min: 0, max: 3 })).map(([changes, dots]) => {
    let spelled = host;
    for (const change of changes) {
      if (change === 'case') spelled = [...spelled].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
      if (change === 'fullwidth') spelled = spelled.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      if (change === 'ideographic') spelled = spelled.replace('.', '。');
      if (change === 'percent') spelled = spelled.replace('.', '%2E');
      if (change === 'shy') spelled = spelled.replace(/^([^.]{2})/, '$1\u00ad');
    }
    return spelled + '.'.repeat(dots);
  });

/** An image address on a video host: any spelling, with or without userinfo and a port. */
const videoHostImage = fc
  .tuple(fc.constantFrom(...VIDEO_HOSTS).chain(spelledHost), fc.constantFrom('', 'user@', 'u:p@', 'clinic.example@'), fc.constantFrom('', ':443', ':8443'), fc.constantFrom('http', 'https', 'HTTPS'))
  .map(([host, userinfo, port, scheme]) => `${scheme}://${userinfo}${host}${port}/vi/aBcDeFgHiJ0/hqdefault.jpg`);

/** An image on the page's own origin (absolute, with its host in capitals or not, or a path beside the feed). */
const ownImage = fc.constantFrom(`${location.origin}/demo/poster-embryology-lab.svg`, `${location.protocol}//${location.host.toUpperCase()}/demo/poster-embryology-lab.svg`, '/demo/poster-embryology-lab.svg');

const image = fc.oneof(videoHostImage, ownImage);

/** A feed whose every expert has a photo and every answer a video with a poster, from `image`. */
const imageFeed = fc
  .tuple(fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }), fc.uniqueArray(slug, { minLength: 1, maxLength: 2 }), fc.array(image, { minLength: 8, maxLength: 8 }))
  .map(([expertIds, questionIds, images]) => ({
    version: 1,
    experts: expertIds.map((id, i) => ({ id, name: `Dr ${id}`, photoUrl: images[i]! })),
    questions: questionIds.map((id, q) => ({
      id,
      title: `Question ${id}`,
      category: 'C',
      answers: expertIds.map((expert, i) => ({ expert, text: 'T', video: { youtubeId: 'aBcDeFgHiJ0', poster: images[(3 + q * 3 + i) % 8]! } })),
    })),
  }));

type Feed = { questions: { id: string; answers: { expert: string }[] }[] } & Record<string, unknown>;

/** A `<qa-feed>` holding `feed` inline, with a `<fertility-question>` per question (`attributes` on each), or one `<qa-search sync-url>`. */
function feedMarkup(feed: Feed, widget: 'question' | 'collapsible' | 'search' = 'question'): string {
  const widgets =
    widget === 'search' ? '<qa-search sync-url></qa-search>' : feed.questions.map(({ id }) => `<fertility-question question="${id}"${widget === 'collapsible' ? ' collapsible' : ''}></fertility-question>`).join('');
  return `<qa-feed><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>${widgets}</qa-feed>`;
}

/** Our elements under `root`, through shadow roots. */
function ours(root: ParentNode): Widget[] {
  const found: Widget[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches('fertility-question, qa-search, expert-answer')) found.push(element as Widget);
    if (element.shadowRoot) found.push(...ours(element.shadowRoot));
  }
  return found;
}

/** Waits until every widget has shown its question (or its list), and all their updates (video panel included) are done. */
async function rendered(container: HTMLElement) {
  await waitUntil(
    () => ours(container).every((widget) => widget.localName === 'expert-answer' || widget.shadowRoot?.querySelector('[part~="title"], [part="results"]')),
    'widgets did not render',
    { timeout: 5000 },
  );
  for (let i = 0; i < 3; i += 1) await Promise.all(ours(container).map((widget) => widget.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('fuzz: third-party hosts and host anchors, against dist/fertility-qa.js', function () {
  let host: Host;
  let requested: string[];
  before(async () => {
    host = await openHost();
    requested = [];
    // Every request the host page makes (an observer, unlike the entry buffer, never fills up).
    new host.win.PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });
  });
  after(() => host.frame.remove());

  it('images on any host, however spelled: nothing from outside the page’s origin before the reader acts (consent required or not)', async function () {
    this.timeout(120_000);
    await check(fc.tuple(imageFeed, fc.boolean()), 8, async ([feed, consent]) => {
      const { win, doc } = host;
      requested.length = 0;
      const container = doc.createElement('div');
      if (consent) container.setAttribute('video-consent', 'required');
      container.innerHTML = feedMarkup(feed);
      doc.body.append(container);
      try {
        await rendered(container);
        // Every image shown has been fetched, or has failed: the requests the page causes are made.
        for (const widget of ours(container)) {
          for (const img of widget.shadowRoot!.querySelectorAll('img')) {
            img.scrollIntoView(); // lazy: in view, it loads
            await waitUntil(() => img.complete, `${img.src} still loading`, { timeout: 5000 });
          }
        }
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        const outside = requested.filter((name) => new URL(name).origin !== location.origin);
        if (outside.length) throw new Error(`requested before the reader acted: ${outside.join(', ')}`);
      } finally {
        container.remove();
      }
    });
  });

  /** Page anchors (`id` or `a name`), some of them question ids or answer anchors of the feed, and a widget kind. */
  const anchorCase = fc
    .tuple(fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }), fc.uniqueArray(slug, { minLength: 1, maxLength: 2 }), fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom('question', 'answer', 'other')), { minLength: 1, maxLength: 3 }), fc.constantFrom('question' as const, 'collapsible' as const, 'search' as const))
    .map(([questionIds, expertIds, picks, widget]) => {
      const feed: Feed = {
        version: 1,
        experts: expertIds.map((id) => ({ id, name: `Dr ${id}` })),
        questions: questionIds.map((id) => ({ id, title: `Question ${id}`, category: 'C', answers: expertIds.map((expert) => ({ expert, text: 'T' })) })),
      };
      const anchors = [
        ...new Map(
          picks.map(([n, byName, kind]) => {
            const question = questionIds[n % questionIds.length]!;
            const id = kind === 'question' ? question : kind === 'answer' ? `${question}--${expertIds[n % expertIds.length]}` : `page-${n}`;
            return [id, { id, byName }] as const;
          }),
        ).values(),
      ];
      return { feed, anchors, widget };
    });

  it('random question ids never change what the page’s own anchors do', async function () {
    this.timeout(120_000);
    await check(anchorCase, 8, async ({ feed, anchors, widget }) => {
      const { win, doc } = host;
      win.history.replaceState(null, '', win.location.pathname);
      win.scrollTo(0, 0);
      const container = doc.createElement('div');
      const spacer = '<div style="block-size: 900px"></div>';
      // The page's links, then its targets, each with room below to reach the top; the widgets below them all.
      container.innerHTML = `${anchors.map(({ id }, i) => `<a id="link-${i}" href="#${id}">to ${id}</a>`).join(' ')}${anchors
        .map(({ id, byName }) => `${spacer}${byName ? `<p><a name="${id}">${id}</a></p>` : `<section id="${id}" tabindex="-1">${id}</section>`}`)
        .join('')}${spacer}${feedMarkup(feed, widget)}${spacer}${spacer}`;
      doc.body.append(container);
      try {
        await rendered(container);
        for (const [i, { id, byName }] of anchors.entries()) {
          const changed = new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
          (container.querySelector(`#link-${i}`) as HTMLAnchorElement).click();
          await changed;
          await rendered(container);
          const target = byName ? container.querySelector(`a[name="${id}"]`)! : doc.getElementById(id)!;
          const top = Math.round(target.getBoundingClientRect().top);
          const focused = doc.activeElement?.closest('fertility-question, qa-search, qa-feed');
          if (top !== 0 || focused) throw new Error(`the page's link to #${id} ${top !== 0 ? `left its target ${top} px from the top` : ''}${focused ? ` put focus in <${focused.localName}>` : ''}`);
        }
      } finally {
        container.remove();
        win.history.replaceState(null, '', win.location.pathname);
      }
    });
  });
});
