/**
 * The one host check for images from a feed (a video's `poster`, an expert's
 * `photoUrl`). They load as the page loads, before the reader does anything, so
 * one on YouTube's or Google's hosts would tell them about the visit before the
 * reader pressed play or the page's consent manager allowed videos.
 *
 * The check reads the host as the browser will look it up: parsed by `URL`
 * (lower case, IDN as punycode, full-width letters and `。` mapped, `%2E`
 * decoded, no userinfo, no port), then without trailing dots (`i.ytimg.com.`
 * is the same host to DNS). Never a regex on the address as written.
 */
import { safeHttpUrl } from './safe-url.js';

/** YouTube's and Google's video and image hosts; any subdomain of one counts too. */
const VIDEO_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'youtu.be', 'ytimg.com', 'ggpht.com', 'googleusercontent.com', 'googlevideo.com'];

/** What a feed's warning says of an image refused here (after the field's name). */
export const VIDEO_HOST_PROBLEM =
  'is on a YouTube or Google host: it would tell them about the visit before the reader presses play or consents; host the image on your own site. It is ignored.';

/** The host of an absolute URL as DNS reads it (see above), or undefined when `url` is not one. */
export function normalHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/\.+$/, '');
  } catch {
    return undefined;
  }
}

/** Whether `url` (absolute) is on one of YouTube's or Google's video or image hosts. */
export function onVideoHost(url: string): boolean {
  const host = normalHost(url);
  return host !== undefined && VIDEO_HOSTS.some((video) => host === video || host.endsWith(`.${video}`));
}

/**
 * `value` as an image address a widget may load before the reader acts: an
 * absolute http(s) URL that is not on a video host; otherwise undefined.
 */
export function safeImageUrl(value: unknown): string | undefined {
  const url = safeHttpUrl(value);
  return url === undefined || onVideoHost(url) ? undefined : url;
}
