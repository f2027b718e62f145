import { validateFeed, FeedFormatError } from './validate.js';
import type { Feed, FeedProblem } from './types.js';

/** Why a feed could not be used, in a form a host page can act on. */
export type FeedErrorReason = 'network' | 'timeout' | 'http' | 'not-json' | 'format';

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
    const where = problem.questionId === undefined ? '' : `question "${problem.questionId}": `;
    warn(source, `${where}${problem.field}: ${problem.message}`);
  }
}

/** Parses and validates feed text; logs one warning per problem found. */
export function readFeedText(text: string, source: string): LoadedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    warn(source, `the feed is not valid JSON (${detail}).`);
    throw new FeedLoadError('not-json', `The feed is not valid JSON: ${detail}`);
  }
  try {
    const { feed, problems } = validateFeed(data);
    reportProblems(source, problems);
    return { source, feed, problems };
  } catch (error) {
    if (error instanceof FeedFormatError) {
      warn(source, error.message);
      throw new FeedLoadError('format', error.message);
    }
    throw error;
  }
}

const requests = new Map<string, Promise<LoadedFeed>>();

/**
 * Loads a feed by URL (relative to the page). Every caller on the page that
 * asks for the same absolute URL shares one request and one validation; a
 * request that failed is forgotten, so a later call tries again.
 */
export function loadFeed(src: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchFeed(url, src, timeoutMs);
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}

async function fetchFeed(url: string, source: string, timeoutMs: number): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      warn(source, `the feed did not answer within ${timeoutMs} ms.`);
      throw new FeedLoadError('timeout', `No answer within ${timeoutMs} ms.`);
    }
    warn(source, 'the feed could not be fetched (offline, blocked by CORS, or the host is unreachable).');
    throw new FeedLoadError('network', 'The feed could not be fetched.');
  }
  if (!response.ok) {
    warn(source, `the feed request failed with HTTP ${response.status}.`);
    throw new FeedLoadError('http', `HTTP ${response.status}`, response.status);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    warn(source, 'the connection was lost while the feed was downloading.');
    throw new FeedLoadError('network', 'The download was interrupted.');
  }
  return readFeedText(text, source);
}
