// embed.html?feed=…&question=… (or &search=category-id): one element, for CMSes
// that allow an <iframe> but no <script>.
// A question reads well in the frame's own height, with no script on the host:
// shown whole when it fits; otherwise its title, summary, who answered and the
// start of the first answer (cut between paragraphs, the rest inert), then a
// "Read all answers" link (the question's `url` from the feed, or this page on its
// own, in a new tab). It tells the page that embeds it the height of the whole
// question (postMessage), so a page that adds the one-line listener below grows
// the iframe to fit, and the question is then shown whole:
//   addEventListener('message', (e) => { if (e.origin === 'https://where-embed-lives.example' && e.data?.type === 'fertility-qa:height')
//     for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.blockSize = `${e.data.height}px`; });
//
// Feeds: anyone can link to this page with any ?feed=, so it shows only feeds
// from its own origin, or from origins the clinic lists in this page's head:
//   <meta name="fertility-qa-feed-origins" content="https://cdn.clinic.example https://faq.clinic.example">
// Any other address (another site, data:, blob:, javascript:, …) gets a message instead.
// The host's look, from the snippet (the builder fills them from its pickers), applied
// inside the frame: ?font= (font families), ?size= (text size), ?color= (text) and
// ?link= (links). Untrusted: each must be exactly what it says (a list of family names,
// a length in px/rem/em within bounds, a #hex colour), or it is ignored with one warning.
//
// The page also tells the page that embeds it how it went (fertility-qa:status:
// 'shown', 'refused' or 'error' with the widget's reason), so the snippet builder can
// check a snippet for real before anyone pastes it. Nothing else is sent.
import { fitInFrame } from '../src/snippet/fit-in-frame.ts';
import { hostLook } from '../src/snippet/host-look.ts';
import { EMBED_STYLES } from '../src/snippet/embed-styles.ts';

// The page's styles, from the one source it shares with the embed pages `fertility-qa pages` writes.
const styles = new CSSStyleSheet();
styles.replaceSync(EMBED_STYLES);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles];

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
  status({ state: 'refused', origins: [...allowedOrigins()] });
  console.warn(`fertility-qa embed: ?feed= "${address.slice(0, 200)}" is refused: only http(s) feeds from ${[...allowedOrigins()].join(', ')} are shown (list more in <meta name="fertility-qa-feed-origins">).`);
} else {
  const isQuestion = params.has('question');
  const el = document.createElement(isQuestion ? 'fertility-question' : 'qa-search');
  el.setAttribute('src', feed);
  if (isQuestion) el.setAttribute('question', params.get('question'));
  else if (params.get('search')) el.setAttribute('categories', params.get('search'));
  for (const name of ['theme', 'lang']) if (params.get(name)) el.setAttribute(name, params.get(name));
  const hostStyle = hostLook(params, (message) => console.warn(`fertility-qa embed: ${message}`));
  // On the body for the page's own text (the message, "Read all answers"), and the widget's own properties on the
  // widget too, where they win over the frame's phone size.
  for (const [property, value] of Object.entries(hostStyle)) {
    document.body.style.setProperty(property, value);
    if (property.startsWith('--')) el.style.setProperty(property, value);
  }
  el.addEventListener('qa-error', (event) => status({ state: 'error', reason: event.detail?.reason }));
  document.body.append(el);
  const shown = () => el.questionData || el.shadowRoot?.querySelector('.result, [part="result"]');
  // Looked for a few times a second until shown (or 30 s), whatever the frame's size and the page's rendering.
  let looks = 0;
  const look = () => {
    if (shown()) status({ state: 'shown' });
    else if (++looks < 300) setTimeout(look, 100);
  };
  look();
  if (isQuestion && parent !== window) fitQuestion(el);
}

/**
 * Fits the question to the frame: whole when it fits; otherwise its start, cut at a
 * block boundary (title, summary, who answered, the first answer's opening
 * paragraphs), then "Read all answers". The cut-off part is `inert` (out of the
 * accessibility tree and the tab order), so a screen reader reads what is shown.
 * The whole height always goes to the host, which may grow the frame to it.
 */
function fitQuestion(el) {
  const clip = Object.assign(document.createElement('div'), { className: 'fertility-qa-embed-clip' });
  const more = Object.assign(document.createElement('p'), { className: 'fertility-qa-embed-more', hidden: true });
  const link = Object.assign(document.createElement('a'), { target: '_blank', rel: 'noopener', textContent: 'Read all answers' });
  el.replaceWith(clip);
  clip.append(el);
  more.append(link);
  clip.after(more);
  fitInFrame(el, clip, more, (question) => question.url ?? location.href);
}

/** Tells the embedding page how the page went (the builder's check reads it). */
function status(detail) {
  if (parent !== window) parent.postMessage({ type: 'fertility-qa:status', ...detail }, '*');
}

// Only the parent page gets the height and the status; nothing else is sent.
const send = () => parent !== window && !document.querySelector('.fertility-qa-embed-more') && parent.postMessage({ type: 'fertility-qa:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
new ResizeObserver(send).observe(document.documentElement);
