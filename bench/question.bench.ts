import { executeServerCommand } from '@web/test-runner-commands';

/**
 * One question on a page: bytes transferred and time to the first rendered
 * answer, with the built bundle, from a single-file feed and from a split
 * feed, at 100 / 1,000 / 10,000 questions; against a hand-written plain-DOM
 * page reading the same single-file feed (the floor), measured in the same
 * run. And a video: a plain YouTube embed against our facade, counting the
 * requests to other hosts before the reader clicks.
 * Feeds come from bench/prepare.mjs (npm run bench runs it).
 */

const SIZES = [100, 1_000, 10_000];
const RUNS = 7;

type Window2 = Window & typeof globalThis & { gc?: () => void };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** The next task, without setTimeout's 4 ms clamp. */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

/**
 * The size of a file the page fetched, read on disk (raw and gzipped): the test
 * server rewrites the scripts it serves (it appends an inline source map), which
 * a clinic's server would not.
 */
type Size = { raw: number; gzip: number };
const sizes = new Map<string, Size>();
async function sizeOf(path: string): Promise<Size> {
  if (!sizes.has(path)) sizes.set(path, (await executeServerCommand('file-size', { path })) as Size);
  return sizes.get(path)!;
}

async function loadPage(url: string, rendered: (doc: Document) => unknown) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px';
  frame.src = url;
  document.body.append(frame);
  const started = performance.now();
  for (;;) {
    const doc = frame.contentDocument;
    if (doc && doc.URL !== 'about:blank' && rendered(doc)) break;
    if (performance.now() - started > 30_000) throw new Error(`${url} did not render`);
    await nextTask();
  }
  const win = frame.contentWindow as Window2;
  const renderedMs = win.performance.now();
  const navigation = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  // Leave out the test server's reload socket, and source maps (fetched by the DevTools the runner attaches, not by the page).
  const ours = resources.filter((entry) => {
    const path = new URL(entry.name).pathname;
    return !path.startsWith('/__web-dev-server') && !path.endsWith('.map');
  });
  // Body bytes the page needed (from the network or, for the bundle on a repeat load, the cache).
  const bytes = { raw: 0, gzip: 0 };
  for (const url of [navigation.name, ...ours.map((entry) => entry.name)].map((name) => new URL(name))) {
    if (url.origin !== location.origin) continue;
    const size = await sizeOf(url.pathname);
    bytes.raw += size.raw;
    bytes.gzip += size.gzip;
  }
  return { frame, renderedMs, bytes, requests: ours.map((entry) => new URL(entry.name)) };
}

const answerRendered = (doc: Document) =>
  doc.querySelector('fertility-question')?.shadowRoot?.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="text"] p');
const plainRendered = (doc: Document) => doc.querySelector('.answer-text');

function heapBytes(): number {
  const win = window as Window2;
  win.gc?.();
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}

it('one question: bytes and time to first answer, against a plain-DOM floor', async () => {
  const rows: string[] = [];
  for (const size of SIZES) {
    const question = `question-${Math.ceil(size / 2)}`;
    const single = `/bench/.data/feed-${size}.json`;
    const split = `/bench/.data/split-${size}/questions/${question}.json`;
    const variants = [
      { name: 'fertility-qa, single-file feed', url: `/bench/pages/question.html?feed=${single}&question=${question}`, rendered: answerRendered },
      { name: 'fertility-qa, split feed', url: `/bench/pages/question.html?feed=${split}&question=${question}`, rendered: answerRendered },
      { name: 'plain DOM (floor), single-file feed', url: `/bench/pages/plain.html?feed=${single}&question=${question}`, rendered: plainRendered },
    ];
    const results = new Map<string, { ms: number; bytes: Size; heap: number }>();
    for (const variant of variants) {
      const times: number[] = [];
      const heaps: number[] = [];
      let bytes: Size = { raw: 0, gzip: 0 };
      for (let run = 0; run < RUNS; run++) {
        const before = heapBytes();
        // A fresh page and feed URL each run, so the feed never comes from the cache
        // (the bundle may, as for a reader's second page on the site).
        const fresh = `${run}-${Date.now()}`;
        const page = await loadPage(`${variant.url.replace('.json&', `.json?v=${fresh}&`)}&run=${fresh}`, variant.rendered);
        times.push(page.renderedMs);
        bytes = page.bytes;
        heaps.push(heapBytes() - before);
        page.frame.remove();
      }
      results.set(variant.name, { ms: median(times), bytes, heap: median(heaps) });
    }
    const floor = results.get('plain DOM (floor), single-file feed')!;
    for (const [name, result] of results) {
      rows.push(
        `| ${size.toLocaleString('en')} | ${name} | ${result.ms.toFixed(1)} | ${(result.ms / floor.ms).toFixed(2)}× | ${kb(result.bytes.raw)} | ${kb(result.bytes.gzip)} | ${(result.bytes.gzip / floor.bytes.gzip).toFixed(3)}× | ${kb(result.heap)} |`,
      );
    }
  }

  // Video: requests to other hosts before the reader clicks.
  const countThirdParty = async (url: string, ready: (doc: Document) => unknown) => {
    const page = await loadPage(url, ready);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const doc = page.frame.contentDocument!;
    const foreignFrames = [...doc.querySelectorAll('iframe')].filter((frame) => new URL(frame.src, location.href).origin !== location.origin);
    const foreignResources = page.requests.filter((request) => request.origin !== location.origin);
    const result = { attempted: foreignFrames.length + foreignResources.length, ownBytes: page.bytes.gzip };
    page.frame.remove();
    return result;
  };
  const embed = await countThirdParty('/bench/pages/youtube-embed.html', (doc) => doc.querySelector('iframe'));
  const facade = await countThirdParty('/bench/pages/facade.html', (doc) =>
    doc.querySelector('expert-answer')?.shadowRoot?.querySelector('[part="video-facade"]'),
  );

  const markdown = `## One question on a page

Time from navigation start to the first answer's text on screen (median of ${RUNS}
loads; each loads the feed afresh, while the bundle may come from the browser's cache
as on a reader's second page), the bytes of every body the page needed (page, scripts,
feed), read on disk, raw and gzipped (level 6), and the growth
of the JS heap (after GC) while the page is loaded. The question asked for is
the middle one of the feed. The floor is a hand-written page that fetches the same
single-file feed and builds the question with \`createElement\`: no validation, no
components, no styles. Ratios are against the floor of the same size, same run.

| Questions | Page | ms to first answer | vs floor | KB fetched | KB gzip | gzip vs floor | heap growth KB |
| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## Video: requests before the reader clicks

| Page | requests to other hosts before a click | KB gzip from its own host |
| --- | ---: | ---: |
| plain YouTube \`<iframe>\` embed | ${embed.attempted} (the player document; its own scripts, styles and images follow it on a real network and cannot be counted here, where there is none) | ${kb(embed.ownBytes)} |
| \`<expert-answer>\` with the facade | ${facade.attempted} | ${kb(facade.ownBytes)} |
`;
  await executeServerCommand('write-bench-results', { section: '2-question', markdown });
});
