/**
 * Returns `value` as an absolute http(s) URL string, or `undefined` for anything
 * else (javascript:, data:, vbscript:, relative paths, non-strings). Every URL
 * that comes from a feed passes through here before it reaches an attribute.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** True for a well-formed 11-character YouTube video id. */
export function isYouTubeId(value: unknown): value is string {
  return typeof value === 'string' && YOUTUBE_ID.test(value);
}
