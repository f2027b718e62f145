// embed.html?feed=…&question=… (or &search=category-id): one element, for CMSes
// that allow an <iframe> but no <script>.
// A question reads well in the frame's own height, with no script on the host:
// shown whole when it fits, otherwise collapsed to its title, who answered and a
// "Read all answers" link (the question's `url` from the feed, or this page on its
// own, in a new tab); the reader can still open the answers in place. It tells the
// page that embeds it the height of the whole question (postMessage), so a page
// that adds the one-line listener below grows the iframe to fit, and the answers
// are then shown whole:
//   addEventListener('message', (e) => { if (e.origin === 'https://where-embed-lives.example' && e.data?.type === 'fertility-qa:height')
//     for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.blockSize = `${e.data.height}px`; });
//
// Feeds: anyone can link to this page with any ?feed=, so it shows only feeds
// from its own origin, or from origins the clinic lists in this page's head:
//   <meta name="fertility-qa-feed-origins" content="https://cdn.clinic.example https://faq.clinic.example">
// Any other address (another site, data:, blob:, javascript:, …) gets a message instead.
const params = new URLSearchParams(location.search);

/** The origins this page takes feeds from: its own, and those listed in its meta tag. */
function allowedOrigins() {
  const origins = new Set([location.origin]);
  const listed = document.querySelector('meta[name="fertility-qa-feed-origins"]')?.content ?? '';
  for (const item of listed.split(/\s+/).filter(Boolean)) {
    try {
      const url = new URL(item);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
      else throw new Error();
    } catch {
      console.warn(`fertility-qa embed: meta fertility-qa-feed-origins: "${item}" is not an http(s) origin; it is ignored.`);
    }
  }
  return origins;
}

/** The feed's absolute URL if this page may show it; otherwise undefined. */
function allowedFeed(address) {
  try {
    const url = new URL(address, location.href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && allowedOrigins().has(url.origin) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const address = params.get('feed') ?? 'feed.json';
const feed = allowedFeed(address);
if (feed === undefined) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'fertility-qa-embed-refused';
  message.textContent = 'These answers cannot be shown: the link to this page names a feed from a site it does not take feeds from.';
  document.body.append(message);
  console.warn(`fertility-qa embed: ?feed= "${address.slice(0, 200)}" is refused: only http(s) feeds from ${[...allowedOrigins()].join(', ')} are shown (list more in <meta name="fertility-qa-feed-origins">).`);
} else {
  const isQuestion = params.has('question');
  const el = document.createElement(isQuestion ? 'fertility-question' : 'qa-search');
  el.setAttribute('src', feed);
  if (isQuestion) el.setAttribute('question', params.get('question'));
  else if (params.get('search')) el.setAttribute('categories', params.get('search'));
  for (const name of ['theme', 'lang']) if (params.get(name)) el.setAttribute(name, params.get(name));
  document.body.append(el);
  if (isQuestion && parent !== window) fitQuestion(el);
}

/** The question whole if it fits the frame, else collapsed with a "Read all answers" link; the whole height goes to the host. */
function fitQuestion(el) {
  const more = Object.assign(document.createElement('p'), { className: 'fertility-qa-embed-more', hidden: true });
  const link = Object.assign(document.createElement('a'), { target: '_blank', rel: 'noopener', textContent: 'Read all answers' });
  more.append(link);
  document.body.append(more);
  let whole = 0;
  let fitted = '';
  const fit = async () => {
    const question = el.questionData;
    if (!question) return;
    const size = `${innerWidth}x${innerHeight}`;
    if (size === fitted) return; // the reader's own toggling is left alone until the frame changes size
    fitted = size;
    el.collapsible = true;
    el.open = true;
    more.hidden = true;
    await el.updateComplete;
    whole = Math.ceil(document.documentElement.scrollHeight);
    parent.postMessage({ type: 'fertility-qa:height', height: whole }, '*');
    if (whole <= innerHeight) return;
    el.open = false;
    const page = new URL(location.href);
    link.href = question.url ?? page.href;
    more.hidden = false;
  };
  el.addEventListener('qa-toggle', () => parent.postMessage({ type: 'fertility-qa:height', height: Math.max(whole, Math.ceil(document.documentElement.scrollHeight)) }, '*'));
  new ResizeObserver(fit).observe(document.documentElement);
  addEventListener('resize', fit);
  // The question arrives with the feed (and the element with its code): fit once it is there.
  customElements.whenDefined('fertility-question').then(() => new MutationObserver(fit).observe(el.shadowRoot, { childList: true, subtree: true }));
  el.addEventListener('qa-error', () => more.remove());
}

// Only the parent page gets the height; it is the only thing sent.
const send = () => parent !== window && !document.querySelector('.fertility-qa-embed-more') && parent.postMessage({ type: 'fertility-qa:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
new ResizeObserver(send).observe(document.documentElement);
