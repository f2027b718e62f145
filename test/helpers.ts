import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Records console.warn calls (still printing them) until `restore()`. */
export function captureWarnings() {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    /** Only the warnings of this library. */
    get ours() {
      return messages.filter((message) => message.startsWith('fertility-qa:'));
    },
    restore() {
      console.warn = original;
    },
  };
}

/** A URL of a fixture that no earlier test has fetched, so caching starts afresh. */
let unique = 0;
export function freshUrl(path: string): string {
  unique += 1;
  return `${path}?t=${Date.now()}-${unique}`;
}

/** How many times the page requested `url` (from Resource Timing). */
export function requestCount(url: string): number {
  const absolute = new URL(url, document.baseURI).href;
  return performance.getEntriesByType('resource').filter((entry) => entry.name === absolute).length;
}

/** Waits until an element's shadow root holds a match for `selector`. */
export async function shadowMatch(element: Element, selector: string, message?: string): Promise<Element> {
  await waitUntil(() => element.shadowRoot?.querySelector(selector), message ?? `no ${selector} rendered`, { timeout: 5000 });
  return element.shadowRoot!.querySelector(selector)!;
}

/**
 * Holds every `setTimeout` of exactly `ms` milliseconds (a widget's pause, such as
 * <qa-search>'s settle after typing) until the test fires it, so a test waits for
 * the event itself instead of sleeping past it. Other timers run as usual.
 */
export function holdTimers(ms: number) {
  const held = new Map<number, () => void>();
  const setTimer = window.setTimeout;
  const clearTimer = window.clearTimeout;
  let next = -1; // ids no real timer has
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== ms || typeof handler !== 'function') return setTimer(handler, delay, ...args);
    const id = next--;
    held.set(id, () => handler(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (id !== undefined && held.delete(id) ? undefined : clearTimer(id))) as typeof window.clearTimeout;
  return {
    /** How many held timers are waiting. */
    get waiting() {
      return held.size;
    },
    /** Runs every held timer now, in the order they were set. */
    fire() {
      const due = [...held.values()];
      held.clear();
      for (const run of due) run();
    },
    restore() {
      window.setTimeout = setTimer;
      window.clearTimeout = clearTimer;
    },
  };
}

/** Chromium's forced colours (Windows High Contrast) on or off, for real: see web-test-runner.config.mjs. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced colours could not be emulated');
}
