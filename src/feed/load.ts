import { FeedFormatError } from './validate/format-error.js';
import { checkFeed, ValidatorUnavailableError } from './validate/in-page.js';
import type { Feed, FeedProblem } from './types.js';

/** Why a feed could not be used, in a form a host page can act on. */
export type FeedErrorReason = 'offline' | 'network' | 'timeout' | 'http' | 'content-type' | 'not-json' | 'format';

/** A feed that could not be loaded or read. `reason` is stable; `message` is for developers. */
export class FeedLoadError extends Error {
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    /** The HTTP status, for `reason === 'http'`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedLoadError';
  }
}

/** A feed that loaded and passed validation (perhaps with some parts dropped). */
export interface LoadedFeed {
  /** Where it came from: the URL as given, or "inline JSON". */
  source: string;
  feed: Feed;
  problems: FeedProblem[];
  /**
   * Set when this is a copy saved earlier (the `cache` option) because loading
   * a fresh one failed: why it failed.
   */
  stale?: FeedErrorReason;
}

export interface LoadOptions {
  /** Milliseconds after which a request that has not answered is abandoned. */
  timeoutMs?: number;
  /**
   * `'session'`: keep the last good copy in sessionStorage, revalidate it with
   * its ETag / Last-Modified, and show it (marked stale) when a refresh fails.
   */
  cache?: 'session';
}

/** Milliseconds after which a feed request that has not answered is abandoned. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const WARNING_PREFIX = 'fertility-qa:';

/** Logs one console warning; every message of the library goes through here. */
export function warn(source: string, message: string): void {
  console.warn(`${WARNING_PREFIX} ${source}: ${message}`);
}

function reportProblems(source: string, problems: FeedProblem[]): void {
  for (const problem of problems) {
    const where =
      problem.questionId !== undefined ? `question "${problem.questionId}": ` : problem.expertId !== undefined ? `expert "${problem.expertId}": ` : '';
    warn(source, `${where}${problem.field}: ${problem.message}`);
  }
}

/**
 * Parses and validates feed text; logs one warning per problem found. `baseUrl`
 * (the feed's own URL) resolves the question files a split feed's index names.
 */
export async function readFeedText(text: string, source: string, baseUrl = document.baseURI): Promise<LoadedFeed> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    warn(source, `the feed is not valid JSON (${detail}).`);
    throw new FeedLoadError('not-json', `The feed is not valid JSON: ${detail}`);
  }
  try {
    const { feed, problems } = await checkFeed(data, { baseUrl });
    reportProblems(source, problems);
    return { source, feed, problems };
  } catch (error) {
    if (error instanceof ValidatorUnavailableError) {
      warn(source, `${error.message}.`);
      throw new FeedLoadError(navigator.onLine === false ? 'offline' : 'network', error.message); // "Try again" loads it again
    }
    const message = error instanceof FeedFormatError ? error.message : `The feed could not be checked: ${String(error)}`;
    warn(source, message);
    throw new FeedLoadError('format', message);
  }
}

const requests = new Map<string, Promise<LoadedFeed>>();

/**
 * Loads a feed by URL (relative to the page). Every caller on the page that
 * asks for the same absolute URL shares one request and one validation; a
 * request that failed is forgotten, so a later call tries again.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchFeed(url, src, options);
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

/** Forgets the feeds loaded on this page (as a new page load would). For tests and long-lived pages. */
export function forgetLoadedFeeds(): void {
  requests.clear();
}

// The session cache: what is stored, where, and for how long is described in docs/security.md.

const STORAGE_PREFIX = 'fertility-qa:feed:';

interface StoredFeed {
  text: string;
  etag?: string;
  lastModified?: string;
}

function readStored(url: string): StoredFeed | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + url);
    const stored: unknown = raw ? JSON.parse(raw) : undefined;
    return stored && typeof (stored as StoredFeed).text === 'string' ? (stored as StoredFeed) : undefined;
  } catch {
    return undefined; // storage disabled, or a damaged entry
  }
}

function store(url: string, stored: StoredFeed): void {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + url, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the feed still shows, it is just not kept.
  }
}

async function fetchFeed(url: string, source: string, options: LoadOptions): Promise<LoadedFeed> {
  const stored = options.cache === 'session' ? readStored(url) : undefined;
  try {
    const { text, response } = await fetchText(url, source, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, stored);
    const loaded = await readFeedText(text, source, url);
    if (options.cache === 'session' && response.status !== 304) {
      const etag = response.headers.get('ETag');
      const lastModified = response.headers.get('Last-Modified');
      store(url, { text, ...(etag && { etag }), ...(lastModified && { lastModified }) });
    }
    return loaded;
  } catch (error) {
    if (!stored || !(error instanceof FeedLoadError)) throw error;
    warn(source, 'showing the copy saved earlier in this session.');
    return { ...(await readFeedText(stored.text, source, url)), stale: error.reason };
  }
}

async function fetchText(
  url: string,
  source: string,
  timeoutMs: number,
  stored: StoredFeed | undefined,
): Promise<{ text: string; response: Response }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Conditional headers set here make the browser pass a 304 through to us.
  if (stored?.etag) headers['If-None-Match'] = stored.etag;
  if (stored?.lastModified) headers['If-Modified-Since'] = stored.lastModified;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      warn(source, `the feed did not answer within ${timeoutMs} ms; the request was abandoned.`);
      throw new FeedLoadError('timeout', `No answer within ${timeoutMs} ms.`);
    }
    if (!navigator.onLine) {
      warn(source, 'the browser is offline; the feed will load when it is back online.');
      throw new FeedLoadError('offline', 'The browser is offline.');
    }
    warn(source, 'the feed could not be fetched: the host is unreachable, or it does not send CORS headers (Access-Control-Allow-Origin) for this page.');
    throw new FeedLoadError('network', 'The feed could not be fetched.');
  }
  if (response.status === 304 && stored) return { text: stored.text, response };
  if (!response.ok) {
    warn(source, `the feed request failed with HTTP ${response.status}.`);
    throw new FeedLoadError('http', `HTTP ${response.status}`, response.status);
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (/^\s*text\/html/i.test(type)) {
    warn(source, `the feed address answered with a web page (Content-Type: ${type.slice(0, 60)}), not JSON. Is the address right?`);
    throw new FeedLoadError('content-type', `Content-Type ${type}`);
  }
  try {
    return { text: await response.text(), response };
  } catch {
    warn(source, 'the connection was lost while the feed was downloading.');
    throw new FeedLoadError('network', 'The download was interrupted.');
  }
}
