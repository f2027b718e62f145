import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * What a reader's real keystrokes cost the page, all of it: `<qa-search>` from the build (dist/, as a
 * site loads it) on the MedQuAD feed (16,423 questions; benchmark data, CC BY 4.0, see
 * bench/RELEVANCE.md), typed into with the browser's own key events (Puppeteer's keyboard, through the
 * `trace-start`, `type-query` and `trace-stop` commands of bench/web-test-runner.bench.config.mjs) and traced: per keystroke, the
 * longest task of the page's main thread and the main thread's time in all, with style, layout and
 * paint, which bench/medquad-search.measure.ts (scripts only, from the input event to the results
 * rendered) does not see. The baseline, measured in the same page and run: a plain `<input>` typed into
 * the same way, what a keystroke costs the browser alone.
 *
 * Run: npm run build && BENCH_FILES=bench/keystrokes.bench.ts npx wtr --config bench/web-test-runner.bench.config.mjs
 * (KEEP_TRACE=name keeps each trace as name-1.json, name-2.json…, for DevTools' Performance panel)
 * (bench/.data/feed-medquad.json from bench/prepare.mjs). It prints a Markdown section, kept in
 * bench/relevance/browser-latency.md.
 */

/** What a reader types (as bench/medquad-search.measure.ts): key terms, a typo, a sentence. */
const TYPED = ['glaucoma treatment', 'kidney disease symptoms', 'diabetis', 'how do doctors test for down syndrome', 'miscarriage'];

interface Figures {
  keystrokes: number;
  longestTask: { p50: number; p95: number; max: number };
  mainThread: { p50: number; p95: number };
  perKeystroke: { style: number; layout: number; paint: number };
  longTasks: { count: number; longest: number };
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const pause = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

it('MedQuAD: <qa-search> from dist/, real keystrokes, traced', async function () {
  this.timeout(900_000);
  await import(/* @vite-ignore */ `${'/dist/'}fertility-qa.js`);
  document.body.innerHTML = `<h1>Keystrokes</h1>
    <input type="search" id="plain" aria-label="A plain field">
    <qa-search src="/bench/.data/feed-medquad.json"></qa-search>`;
  const search = document.querySelector('qa-search')!;
  await customElements.whenDefined('qa-search');
  while (!search.shadowRoot?.querySelector('[part~="count"]')) await pause(50);
  /** Types every query, a key every `intervalMs`, traced (a command a query: each must answer within 20 s). */
  const type = async (intervalMs: number) => {
    await executeServerCommand('trace-start');
    for (const query of TYPED) await executeServerCommand('type-query', { query, intervalMs });
    return (await executeServerCommand<Figures, undefined>('trace-stop'))!;
  };

  // The baseline first, while the page is quiet.
  document.querySelector<HTMLInputElement>('#plain')!.focus();
  const plain = await type(60);

  // The reader focuses the search field (the index builds), pauses a second (it warms up), then types.
  const field = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  field.focus();
  const index = (search as unknown as { searchIndex: { ready: boolean } }).searchIndex;
  while (!index.ready) await pause(20);
  await pause(1000);
  const average = await type(200);
  const fast = await type(60);
  expect(fast.keystrokes, 'every keystroke traced').to.equal(TYPED.join('').length);

  const row = (reader: string, f: Figures) =>
    `| ${reader} | ${f.keystrokes} | ${ms(f.longestTask.p50)} / ${ms(f.longestTask.p95)} / ${ms(f.longestTask.max)} | ${ms(f.mainThread.p50)} / ${ms(f.mainThread.p95)} (${(f.mainThread.p50 / plain.mainThread.p50).toFixed(1)}×) | ${ms(f.perKeystroke.style)} / ${ms(f.perKeystroke.layout)} / ${ms(f.perKeystroke.paint)} | ${f.longTasks.count}${f.longTasks.count ? `, ${ms(f.longTasks.longest)}` : ''} |`;
  const markdown = `### Real keystrokes, traced (MedQuAD, 16,423 questions; dist/)

bench/keystrokes.bench.ts in headless Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}), ${new Date().toISOString().slice(0, 10)}, on a shared 2-core machine:
\`<qa-search>\` as a site loads it (dist/), typed into with the browser's own key events, ${TYPED.map((query) => `“${query}”`).join(', ')},
after the index was built and a second's pause; the field emptied between queries. A keystroke's window runs from its keydown to the next
(or to the reader's pause after a query); its main-thread time counts every task in it: scripts, style, layout, paint and the browser's
editing of the field. The readers typed one after the other in the same page (the second one's search code was warmer).

| typing | keystrokes | longest task of a keystroke p50 / p95 / max ms | main thread a keystroke p50 / p95 ms (× the baseline) | style / layout / paint a keystroke ms | tasks ≥ 50 ms: count, longest |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('a plain `<input>`, 60 ms apart (baseline)', plain)}
${row('`<qa-search>`, 200 ms apart', average)}
${row('`<qa-search>`, 60 ms apart', fast)}
`;
  console.log(`BEGIN-LATENCY\n${markdown}END-LATENCY`);
});
