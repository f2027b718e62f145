/**
 * Using the elements from React 19 (typed by `fertility-qa/react`): a property
 * that changes on re-render, an attribute, and events by name.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/define.js';
import '../../src/frameworks/react.js';
import type { QaErrorEvent, QaOpenEvent } from '../../src/index.js';

interface AppProps {
  feed: string;
  onError: (reason: string) => void;
  onOpen: (id: string) => void;
}

export function App({ feed, onError, onOpen }: AppProps) {
  const [question, setQuestion] = useState('what-is-ivf');
  const next = () => setQuestion((current) => (current === 'what-is-ivf' ? 'what-is-amh' : 'no-such-question'));
  return (
    <div>
      <button type="button" id="next" onClick={next}>
        Next question
      </button>
      <fertility-question src={feed} question={question} heading-level="3" onqa-error={(event: QaErrorEvent) => onError(event.detail.reason)} />
      <qa-search src={feed} heading-level="3" onqa-open={(event: QaOpenEvent) => onOpen(event.detail.id)} />
    </div>
  );
}

/** Renders the example into `container`; returns the function that unmounts it. */
export function mount(container: HTMLElement, props: AppProps): () => void {
  const root = createRoot(container);
  flushSync(() => root.render(<App {...props} />));
  return () => root.unmount();
}
