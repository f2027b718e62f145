/**
 * Consent for third-party video, for pages that make videos wait for it
 * (`video-consent="required"` on an element or any ancestor). A consent
 * manager grants it without importing anything:
 *
 * ```js
 * document.dispatchEvent(new CustomEvent('fertility-qa-video-consent', { detail: { granted: true } }));
 * ```
 *
 * (or, from a bundle, `setVideoConsent(true)`). It lasts for the page; nothing
 * is stored.
 */
let granted = false;
const listeners = new Set<() => void>();

export const VIDEO_CONSENT_EVENT = 'fertility-qa-video-consent';

/** Grants (or withdraws) consent for every video on the page. */
export function setVideoConsent(value: boolean): void {
  granted = value;
  for (const listener of listeners) listener();
}

export const videoConsentGranted = (): boolean => granted;

/** Calls `listener` whenever consent changes; returns the unsubscribe function. */
export function onVideoConsentChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

document.addEventListener(VIDEO_CONSENT_EVENT, (event) => {
  const detail = (event as CustomEvent<{ granted?: boolean } | null>).detail;
  setVideoConsent(detail?.granted !== false);
});
