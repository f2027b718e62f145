import type { Video } from '../types.js';
import { isYouTubeId, safeHttpUrl } from '../safe-url.js';
import { imageHostProblem } from '../image-host.js';
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
  if (problem) fields.report('poster', problem);
  else if (poster) video.poster = poster;
  return video;
}
