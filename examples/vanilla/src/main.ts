/**
 * fertility-qa in a plain Vite + TypeScript app, installed from npm: the tags,
 * a property that changes, an attribute, and the elements' events.
 */
import 'fertility-qa/define.js';
import { FertilityQuestion, VERSION, type QaErrorEvent } from 'fertility-qa';

const app = document.querySelector<HTMLDivElement>('#app')!;
const next = Object.assign(document.createElement('button'), { type: 'button', id: 'next', textContent: 'Next question' });
const question = document.createElement('fertility-question');
question.src = './feed.json';
question.question = 'what-is-ivf';
question.setAttribute('heading-level', '3');
const search = document.createElement('qa-search');
search.src = './feed.json';
const log = Object.assign(document.createElement('ol'), { id: 'log' });
app.append(next, question, search, log);

const record = (entry: string) => log.append(Object.assign(document.createElement('li'), { textContent: entry }));
next.addEventListener('click', () => {
  question.question = question.question === 'what-is-ivf' ? 'what-is-amh' : 'no-such-question';
});
question.addEventListener('qa-error', (event: QaErrorEvent) => record(`qa-error:${event.detail.reason}`));
search.addEventListener('qa-open', (event) => record(`qa-open:${event.detail.id}`));
record(`version:${FertilityQuestion.version === VERSION ? VERSION : 'mismatch'}`);
