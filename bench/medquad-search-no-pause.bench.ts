import { measureTyping } from './medquad-search.measure.js';

// A reader who types the moment search is ready (see medquad-search.measure.ts).
it('MedQuAD: <qa-search> per keystroke and long tasks, typing at once', async function () {
  this.timeout(600_000);
  await measureTyping(0, 'typing the moment search is ready');
});
