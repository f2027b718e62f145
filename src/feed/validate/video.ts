import type { Video } from '../types.js';
import { isYouTubeId, safeHttpUrl } from '../safe-url.js';
import { imageHostProblem, type ImageHostProblem } from '../image-host.js';
import { field, isObject, type FieldReader, type Json } from './field-reader.js';
import { durationSeconds } from '../duration.js';
export { durationSeconds } from '../duration.js';

/** A video's poster: absolute http(s), or a path relative to the feed (the clinic's own site); not protocol-relative. */
function posterUrl(raw: Json, fields: FieldReader): string | undefined {
  const value = fields.prose(raw, 'poster');
  if (value === undefined) return undefined;
  let safe: string | undefined;
  try {
    const base = fields.baseUrl ?? (typeof document === 'undefined' ? 'https://feed.invalid/' : document.baseURI);
    if (!value.startsWith('//')) safe = safeHttpUrl(new URL(value, base).href);
  } catch {
    // not a URL: reported below
  }
  if (safe === undefined) fields.report('poster', 'is not an http(s) URL or a path beside the feed; it is ignored.');
  return safe;
}

/** An answer's `video`: a YouTube id, with title, transcript, length and poster checked; undefined when absent or unusable. */
export function readVideo(raw: unknown, fields: FieldReader): Video | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    fields.report(undefined, 'must be an object with a "youtubeId"; the video is ignored.');
    return undefined;
  }
  const youtubeId = field(raw, 'youtubeId');
  if (!isYouTubeId(youtubeId)) {
    fields.report('youtubeId', 'is not an 11-character YouTube video id; the video is ignored.');
    return undefined;
  }
  const video: Video = { youtubeId };
  const title = fields.text(raw, 'title');
  const transcript = fields.prose(raw, 'transcript');
  const duration = fields.text(raw, 'duration');
  const poster = posterUrl(raw, fields);
  if (title) video.title = title;
  if (transcript) video.transcript = transcript;
  if (duration && durationSeconds(duration) === undefined) {
    fields.report('duration', `${JSON.stringify(duration.slice(0, 40))} is not an ISO 8601 duration such as "PT2M30S"; it is ignored.`);
  } else if (duration) video.duration = duration;
  const problem = poster ? imageHostProblem(poster) : undefined;
  if (problem) fields.report('poster', imageProblemMessage(problem));
  else if (poster) video.poster = poster;
  return video;
}

/**
 * What a feed's warning says of an image field refused by the host check (after the field's
 * name): only the validator's messages use it (the page's clean reader, clean.ts, declines
 * such a feed and leaves the words to the validator's chunk).
 */
export function imageProblemMessage(problem: ImageHostProblem): string {
  return problem === 'video-host'
    ? 'is on a YouTube or Google host: it would tell them about the visit before the reader presses play or consents; host the image on your own site. It is ignored.'
    : 'names no host a browser could look up (over 253 characters); it is ignored.';
}
