// What a reader's keystrokes cost the page's main thread, read from a Chromium trace (Puppeteer's
// page.tracing, categories `toplevel` and `devtools.timeline`): used by the `trace-stop` command of
// bench/web-test-runner.bench.config.mjs for bench/keystrokes.bench.ts.
//
// A keystroke's window runs from its keydown to the next keydown, or to the mark "query-end" the
// benchmark sets once the reader has paused after a query. In it: the longest task of the page's main
// thread, and the main thread's time in all (tasks: scripts, style, layout, paint, the browser's own
// editing of the field).

/** A task of a thread, by its name in the trace (Chromium versions name them differently). */
const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
};

/** The renderer main thread that ran the most: the benchmark's page. */
function pageMainThread(events) {
  const names = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (isTask(e) && names.has(thread)) busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Top-level tasks only (a task can run others inside it). */
function outermost(tasks) {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const kept = [];
  let end = -Infinity;
  for (const task of sorted) {
    if (task.ts >= end) {
      kept.push(task);
      end = task.ts + task.dur;
    }
  }
  return kept;
}

/**
 * Per keystroke: the longest task and the main thread's time (ms); for the whole run: style, layout and
 * paint a keystroke, and the tasks of 50 ms or more.
 */
export function keystrokeFigures(trace) {
  const events = trace.traceEvents ?? trace;
  const thread = pageMainThread(events);
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread);
  const tasks = outermost(mine.filter(isTask));
  const keydowns = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts).sort((a, b) => a - b);
  const ends = mine.filter((e) => e.name === 'query-end').map((e) => e.ts).sort((a, b) => a - b);
  const longest = [];
  const busy = [];
  keydowns.forEach((start, i) => {
    const end = Math.min(keydowns[i + 1] ?? Infinity, ends.find((at) => at > start) ?? Infinity);
    const within = tasks.filter((task) => task.ts + task.dur > start && task.ts < end);
    longest.push(Math.max(0, ...within.map((task) => task.dur / 1000)));
    busy.push(within.reduce((sum, task) => sum + task.dur / 1000, 0));
  });
  const total = (name) => mine.filter((e) => e.name === name && e.ph === 'X').reduce((sum, e) => sum + e.dur / 1000, 0);
  const perKey = (ms) => ms / Math.max(1, keydowns.length);
  const long = tasks.filter((task) => task.dur >= 50_000).map((task) => task.dur / 1000);
  return {
    keystrokes: keydowns.length,
    longestTask: { p50: percentile(longest, 0.5), p95: percentile(longest, 0.95), max: Math.max(0, ...longest) },
    /** Each keystroke's longest task (ms), in order: for distributions over several runs. */
    longest,
    mainThread: { p50: percentile(busy, 0.5), p95: percentile(busy, 0.95) },
    perKeystroke: { style: perKey(total('UpdateLayoutTree')), layout: perKey(total('Layout')), paint: perKey(total('PrePaint') + total('Paint')) },
    longTasks: { count: long.length, longest: Math.max(0, ...long) },
  };
}
