import type { CoreMessages } from './messages.js';

/** English words of the video panel: in its chunk (video-panel.ts adds them), never in the core. */
export const enVideo = {
  playVideo: 'Play video',
  videoBy: 'by {expert}',
  videoHostNote: 'Video from YouTube. It loads when you press play.',
  videoFrameTitle: 'Video answer from {expert}: {question}',
  videoFrameTitleNoQuestion: 'Video answer from {expert}',
  watchOnYouTube: 'Watch on YouTube',
  opensInNewTab: '(opens in a new tab)',
  transcript: 'Transcript',
  videoConsentNeeded: 'This video is hosted by YouTube. Playing it here lets YouTube see your visit and set cookies, so it stays off until you allow videos in this site’s privacy settings. You can read the transcript or watch it on YouTube instead.',
} satisfies Partial<CoreMessages>;
