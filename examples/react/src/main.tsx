/**
 * fertility-qa in a React 19 app, installed from npm and typed by
 * `fertility-qa/react`: a property that changes on re-render, an attribute,
 * and events by name.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'fertility-qa/define.js';
import 'fertility-qa/react';
import type { QaErrorEvent, QaOpenEvent } from 'fertility-qa';

function App() {
  const [question, setQuestion] = useState('what-is-ivf');
  const [log, setLog] = useState<string[]>([]);
  const record = (entry: string) => setLog((entries) => [...entries, entry]);
  const next = () => setQuestion((current) => (current === 'what-is-ivf' ? 'what-is-amh' : 'no-such-question'));
  return (
    <div>
      <button type="button" id="next" onClick={next}>
        Next question
      </button>
      <fertility-question src="./feed.json" question={question} heading-level="3" onqa-error={(event: QaErrorEvent) => record(`qa-error:${event.detail.reason}`)} />
      <qa-search src="./feed.json" heading-level="3" onqa-open={(event: QaOpenEvent) => record(`qa-open:${event.detail.id}`)} />
      <ol id="log">
        {log.map((entry, index) => (
          <li key={index}>{entry}</li>
        ))}
      </ol>
    </div>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
