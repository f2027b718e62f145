// Its own module, so the video panel (a lazy chunk) reads durations without the validator.

/** An ISO 8601 duration of a video ("PT3M20S") in seconds, or undefined. */
export function durationSeconds(value: string | undefined): number | undefined {
  const match = value?.match(/^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/);
  return match ? Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) : undefined;
}
