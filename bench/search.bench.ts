import { executeServerCommand } from '@web/test-runner-commands';
import Fuse from 'fuse.js/basic';
import { generateFeed } from './generate-feed.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { SearchIndex } from '../src/search/search-index.js';
import type { Feed } from '../src/feed/types.js';
import '../src/define.js';
import type { QaSearch } from '../src/qa-search/qa-search.js';

/**
 * Search benchmark: per-keystroke time of `<qa-search>` (index search and
 * render) on generated feeds of 100, 1,000 and 10,000 questions, against a
 * baseline measured in the same run: plain fuse.js scanning every question on
 * every keystroke (the design this one replaced).
 */

const SIZES = [100, 1_000, 10_000];
/** What a reader types, one keystroke at a time. */
const TYPED = ['miscariage', 'natural killer cels', 'ivf', 'embryo transfer', 'stres', 'fecondation'];
const KEYSTROKES = TYPED.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
/** The baseline is slow at 10,000; it types fewer keystrokes there. */
const BASELINE_KEYSTROKES: Record<number, number> = { 100: KEYSTROKES.length, 1_000: KEYSTROKES.length, 10_000: 20 };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
};
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(3)}×`;

function baselineTimes(feed: Feed, count: number): number[] {
  const documents = feed.questions.map((question) => ({
    title: question.title,
    tags: question.tags,
    summary: question.summary ?? '',
    experts: question.answers.map((answer) => answer.expert.name),
    text: question.answers.map((answer) => answer.text ?? '').join('\n'),
  }));
  const fuse = new Fuse(documents, {
    keys: [
      { name: 'title', weight: 4 },
      { name: 'tags', weight: 3 },
      { name: 'summary', weight: 1.5 },
      { name: 'experts', weight: 1 },
      { name: 'text', weight: 1 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
  });
  return KEYSTROKES.slice(0, count).map((query) => {
    const start = performance.now();
    fuse.search(query, { limit: 20 });
    return performance.now() - start;
  });
}

/** Long tasks (≥ 50 ms) the browser reports while `work` runs. */
async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return durations;
}

it('search keystrokes at 100 / 1,000 / 10,000 questions', async () => {
  const rows: string[] = [];
  for (const size of SIZES) {
    const feedText = JSON.stringify(generateFeed(size));
    const { feed } = validateFeed(JSON.parse(feedText));

    // Let the task that generated and validated the feed end before watching.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Build the index as the element does (sliced), watching for long tasks.
    let buildMs = 0;
    const buildLongTasks = await longTasksDuring(async () => {
      const start = performance.now();
      await SearchIndex.build(feed);
      buildMs = performance.now() - start;
    });

    // The element, typing into it as a reader would.
    const host = document.createElement('div');
    host.innerHTML = `<qa-search><script type="application/json">${feedText}</script></qa-search>`;
    document.body.append(host);
    const search = host.querySelector('qa-search') as QaSearch;
    await new Promise<void>((resolve) => {
      const check = () =>
        search.shadowRoot?.querySelector('[part="results"]') && (search as unknown as { index?: unknown }).index ? resolve() : setTimeout(check, 20);
      check();
    });
    const field = search.shadowRoot!.querySelector('input')!;
    const keystrokeTimes: number[] = [];
    const typingLongTasks = await longTasksDuring(async () => {
      for (const query of KEYSTROKES) {
        const start = performance.now();
        field.value = query;
        field.dispatchEvent(new Event('input'));
        await search.updateComplete;
        keystrokeTimes.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
    host.remove();

    const baseline = baselineTimes(feed, BASELINE_KEYSTROKES[size]!);
    const p50 = percentile(keystrokeTimes, 0.5);
    const p95 = percentile(keystrokeTimes, 0.95);
    const baseP50 = percentile(baseline, 0.5);
    const baseP95 = percentile(baseline, 0.95);
    const longestTyping = Math.max(...keystrokeTimes, ...typingLongTasks);
    rows.push(
      `| ${size.toLocaleString('en')} | ${ms(p50)} | ${ms(p95)} | ${ms(longestTyping)} | ${typingLongTasks.length} | ${ms(baseP50)} | ${ms(baseP95)} | ${ratio(p50, baseP50)} | ${ratio(p95, baseP95)} | ${ms(buildMs)} | ${buildLongTasks.length ? ms(Math.max(...buildLongTasks)) : '< 50'} |`,
    );
  }

  const markdown = `## Search: per keystroke

A keystroke is the time from the input event to \`<qa-search>\` having rendered
its results (search and render together), over ${KEYSTROKES.length} keystrokes
typing ${TYPED.map((query) => `“${query}”`).join(', ')} into generated feeds
(bench/generate-feed.mjs; each question has 2–3 answers of about 120 words).

The baseline, measured in the same run: plain fuse.js over every question with
the same fields and weights (title, tags, summary, expert names, answer text),
which is what the search did before the index narrowed the candidates. It
measures the search call alone (no render), so the ratios flatter the baseline.
At 10,000 questions the baseline types only the first ${BASELINE_KEYSTROKES[10_000]} keystrokes.

| Questions | p50 ms | p95 ms | longest keystroke or task ms | long tasks (≥ 50 ms) while typing | baseline p50 ms | baseline p95 ms | p50 ratio | p95 ratio | index build ms (sliced) | longest task while building ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Goals (search issue): p95 under 8 ms at 1,000 questions and under 16 ms at
10,000; no task over 50 ms while typing.
`;
  await executeServerCommand('write-bench-results', { section: '1-search', markdown });
});
