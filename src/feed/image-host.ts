/**
 * The one host check for images from a feed (a video's `poster`, an expert's
 * `photoUrl`). They load as the page loads, before the reader does anything, so
 * one on YouTube's or Google's hosts would tell them about the visit before the
 * reader pressed play or the page's consent manager allowed videos.
 *
 * The check reads the host as the browser will look it up: parsed by `URL`
 * (lower case, IDN as punycode, full-width letters and `。` mapped, `%2E`
 * decoded, no userinfo, no port), then without trailing dots (`i.ytimg.com.`
 * is the same host to DNS). Never a regular expression on the address as written.
 */
import { safeHttpUrl } from './safe-url.js';

/** YouTube's and Google's video and image hosts; any subdomain of one counts too. */
const VIDEO_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'youtu.be', 'ytimg.com', 'ggpht.com', 'googleusercontent.com', 'googlevideo.com', 'google.com', 'gstatic.com', 'googleapis.com'];

/** The longest host name DNS can resolve. */
const MAX_HOST = 253;

/** The host of an absolute URL as DNS reads it (see above), or undefined when `url` is not one, or names no host DNS could resolve. */
export function normalHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  // Trailing dots off by hand: a feed's host can hold thousands of dots, which an expression such as /\.+$/ re-reads from each.
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  return end > 0 && end <= MAX_HOST ? host.slice(0, end) : undefined;
}

/** Why an image may not load before the reader acts (the validator words it: src/feed/validate/image-problems.ts). */
export type ImageHostProblem = 'video-host' | 'no-host';

/** Why an image at `url` (absolute) may not load before the reader acts: on a YouTube or Google host, or on no host DNS could resolve; undefined when it may. */
export function imageHostProblem(url: string): ImageHostProblem | undefined {
  const host = normalHost(url);
  if (host === undefined) return 'no-host';
  return VIDEO_HOSTS.some((video) => host === video || host.endsWith(`.${video}`)) ? 'video-host' : undefined;
}

/**
 * `value` as an image address a widget may load before the reader acts: an
 * absolute http(s) URL that is not on a video host; otherwise undefined.
 */
export function safeImageUrl(value: unknown): string | undefined {
  const url = safeHttpUrl(value);
  return url === undefined || imageHostProblem(url) ? undefined : url;
}

/**
 * `value` as an image a widget may load now: as `safeImageUrl`, and while the page waits for the
 * reader's consent (`video-consent="required"`), only from the page's own origin: nothing
 * third-party before consent.
 */
export function loadableImageUrl(value: unknown, waitingForConsent: boolean): string | undefined {
  const url = safeImageUrl(value);
  return url !== undefined && (!waitingForConsent || new URL(url).origin === location.origin) ? url : undefined;
}
