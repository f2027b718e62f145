import { measureTyping } from './medquad-search.measure.js';

// A reader who pauses for a second once search is ready (see medquad-search.measure.ts).
it('MedQuAD: <qa-search> per keystroke and long tasks, typing after a pause', async function () {
  this.timeout(600_000);
  await measureTyping(1000, 'typing after a 1 s pause');
});
