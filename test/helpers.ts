import { waitUntil } from '@open-wc/testing';

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
