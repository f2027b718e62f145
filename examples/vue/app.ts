/**
 * Using the elements from Vue 3 (typed by `fertility-qa/vue`): a reactive
 * property, an attribute, and events by name (`onQaError` listens to `qa-error`).
 */
import { createApp, h, ref } from 'vue';
import '../../src/define.js';
import '../../src/frameworks/vue.js';
import type { QaErrorEvent, QaOpenEvent } from '../../src/index.js';

interface AppProps {
  feed: string;
  onError: (reason: string) => void;
  onOpen: (id: string) => void;
}

/** Renders the example into `container`; returns the function that unmounts it. */
export function mount(container: HTMLElement, { feed, onError, onOpen }: AppProps): () => void {
  const app = createApp({
    setup() {
      const question = ref('what-is-ivf');
      const next = () => (question.value = question.value === 'what-is-ivf' ? 'what-is-amh' : 'no-such-question');
      return () =>
        h('div', [
          h('button', { type: 'button', id: 'next', onClick: next }, 'Next question'),
          h('fertility-question', {
            src: feed,
            question: question.value,
            'heading-level': '3',
            onQaError: (event: QaErrorEvent) => onError(event.detail.reason),
          }),
          h('qa-search', { src: feed, 'heading-level': '3', onQaOpen: (event: QaOpenEvent) => onOpen(event.detail.id) }),
        ]);
    },
  });
  app.mount(container);
  return () => app.unmount();
}
