/** The long tasks (≥ 50 ms; their durations in ms) the browser reports while `work` runs, and until `settleMs` after it. */
export async function longTasksDuring(work: () => Promise<unknown>, settleMs = 50): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  await work();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  observer.takeRecords().forEach((entry) => durations.push(entry.duration));
  observer.disconnect();
  return durations;
}

/** The longest task (ms, 0 when none reached 50 ms) the browser reports while `work` runs. */
export async function longestTaskDuring(work: () => Promise<unknown>): Promise<number> {
  return Math.max(0, ...(await longTasksDuring(work)));
}
