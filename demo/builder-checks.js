// The snippet builder's checks: will the snippet work as pasted? Each is made for
// real, by fetching what the snippet names (the script, the feed) as a page on another
// site would, or by loading the iframe snippet itself and hearing how it went (the
// embed page's `fertility-qa:status`). Each returns the problems it found, as sentences
// saying what would happen and what to change; none when all is well. A finding is
// `{ text }` when the snippet will not work as pasted, or `{ text, limit: true }` when it
// works, only on some sites (its files are readable from their own origin only).

/** A finding that the snippet will not work as pasted. */
const fails = (text) => ({ text });
/** A finding that the snippet works, on some sites only. */
const limit = (text) => ({ text, limit: true });

/** Whether an address is on this page's own origin. */
const sameOrigin = (url) => url.origin === location.origin;

/**
 * Who may read a response of another origin, by its `Access-Control-Allow-Origin`: `*`,
 * one origin, or nobody. A response of this origin shows its headers to the page; one of
 * another origin was only readable at all because the header let this page in.
 */
function corsOf(response, url) {
  const allowed = response.headers.get('access-control-allow-origin');
  if (allowed === '*') return { everyone: true };
  if (allowed) return { only: allowed };
  return sameOrigin(url) ? { nobody: true } : { only: location.origin };
}

/** SHA digest of `bytes` as an SRI value in the same algorithm as `integrity`. */
async function sri(bytes, integrity) {
  const algorithm = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' }[integrity.split('-')[0]];
  const digest = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  return `${integrity.split('-')[0]}-${btoa(String.fromCharCode(...digest))}`;
}

/** The script of a script-tag snippet: there, readable from other sites (module scripts are fetched with CORS), and matching its hash. */
export async function checkScript(src, integrity) {
  const url = new URL(src, document.baseURI);
  let response;
  try {
    response = await fetch(url, { mode: 'cors', cache: 'no-store' });
  } catch {
    return [fails(`The script at ${url.href} could not be fetched the way browsers fetch module scripts (with CORS): it is not there, or its server sends no Access-Control-Allow-Origin header. Pasted, the widget would stay blank. Host the script where it answers, with that header (or on the same site as your pages).`)];
  }
  if (!response.ok) return [fails(`The script at ${url.href} answers HTTP ${response.status}: pasted, the widget would stay blank. Check the address.`)];
  const problems = [];
  const cors = corsOf(response, url);
  if (cors.nobody) problems.push(limit(`Works only on pages of ${url.origin}: the script's server sends no Access-Control-Allow-Origin header, so on any other site the widget stays blank (browsers fetch module scripts with CORS). To paste it elsewhere, send that header.`));
  if (cors.only && cors.only !== location.origin) problems.push(limit(`Works only on pages of ${cors.only}: the script's server lets only that site load it (Access-Control-Allow-Origin); on other sites the widget stays blank.`));
  if (integrity) {
    const actual = await sri(await response.arrayBuffer(), integrity);
    if (actual !== integrity) problems.push(fails(`The integrity hash does not match the script at ${url.href} (its hash is ${actual}): browsers would refuse to run it. Remove the hash, or give this file's.`));
  }
  return problems;
}

/** The feed of a script-tag snippet: readable from pages on other sites (the widget fetches it from the page it is pasted into). */
export async function checkFeed(src) {
  const url = new URL(src, document.baseURI);
  let response;
  try {
    response = await fetch(url, { mode: 'cors', cache: 'no-store' });
  } catch {
    return [fails(`The feed at ${url.href} cannot be read from other sites: its server sends no Access-Control-Allow-Origin header. Pasted on another site, the widget would show "could not be loaded". Publish the feed on the same site as your pages, or send that header.`)];
  }
  const cors = corsOf(response, url);
  if (cors.nobody) return [limit(`Works only on pages of ${url.origin}: the feed's server sends no Access-Control-Allow-Origin header, so on another site the widget would say the feed could not be loaded. To paste it elsewhere, send that header.`)];
  if (cors.only && cors.only !== location.origin) return [limit(`Works only on pages of ${cors.only}: the feed's server lets only that site read it (Access-Control-Allow-Origin); on other sites the widget would say it could not be loaded.`)];
  return [];
}

/** How long the iframe's page has to say how it went before the builder says it did not. */
export const EMBED_ANSWER_MS = 10_000;

/**
 * An iframe snippet, checked by loading it (`frame`: the preview, the snippet's own
 * iframe) and hearing its page's `fertility-qa:status` (only from that frame).
 * `signal` ends the wait when the snippet changes.
 */
export function checkEmbed(frame, feedUrl, signal) {
  const embed = new URL(frame.src);
  const feed = new URL(feedUrl, document.baseURI);
  return new Promise((resolve) => {
    const done = (problems) => {
      removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(problems);
    };
    const listen = (event) => {
      if (event.source !== frame.contentWindow || event.origin !== embed.origin || event.data?.type !== 'fertility-qa:status') return;
      if (event.data.state === 'shown') done([]);
      else if (event.data.state === 'refused')
        done([fails(`The embed page at ${embed.origin}${embed.pathname} does not take feeds from ${feed.origin}: pasted, the box would only say so. Use an embed page beside your feed (copy dist/embed/ to ${feed.origin}), or list ${feed.origin} in that page's <meta name="fertility-qa-feed-origins">.`)]);
      else
        done([fails(`The embed page at ${embed.origin}${embed.pathname} could not read the feed (${String(event.data.reason ?? 'error').slice(0, 40)}): ${feed.origin === embed.origin ? 'check the feed address.' : `the feed's server must send Access-Control-Allow-Origin for ${embed.origin}, or put the embed page beside the feed.`}`)]);
    };
    const timer = setTimeout(
      () => done([fails(`The embed page at ${embed.origin}${embed.pathname} did not answer: it is not there, or it is a copy too old to say how it went. Copy dist/embed/ (embed.html, embed.js) beside your feed and give its address.`)]),
      EMBED_ANSWER_MS,
    );
    signal.addEventListener('abort', () => done(undefined));
    addEventListener('message', listen);
  });
}

/**
 * Why the builder could not read the feed (`error`: loadFeed's FeedLoadError), as a sentence
 * for the feed field. A request that fails outright is asked again without CORS: when the
 * server answers that one, it is there and only withholds Access-Control-Allow-Origin.
 */
export async function feedUnreadable(src, error) {
  const url = new URL(src, document.baseURI);
  const iframe = sameOrigin(url)
    ? ''
    : ` An iframe snippet still works: its embed page, beside the feed on ${url.origin}, reads it from its own site. Choose "No scripts allowed (iframe)".`;
  switch (error?.reason) {
    case 'http':
      return `The feed at ${url.href} answers HTTP ${error.status ?? 'error'}: check the address.`;
    case 'not-json':
    case 'content-type':
      return `The address ${url.href} does not give a JSON feed: check the address.`;
    case 'format':
      return `The file at ${url.href} is not a fertility-qa feed (${String(error.message).slice(0, 160)}).`;
    case 'timeout':
      return `The feed at ${url.href} did not answer in time: try again, or check the address.`;
    default: {
      let answers = false;
      try {
        await fetch(url, { mode: 'no-cors', cache: 'no-store' });
        answers = true;
      } catch {
        answers = false;
      }
      return answers
        ? `The builder cannot read the feed at ${url.href}: its server sends no Access-Control-Allow-Origin header, and browsers let a page read another site's file only with it. A script snippet on another site could not read it either: send that header from the feed's server.${iframe}`
        : `The feed at ${url.href} cannot be reached: check the address (and that you are online).`;
    }
  }
}
