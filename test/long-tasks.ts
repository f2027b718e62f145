/** The longest task (ms, 0 when none reached 50 ms) the browser reports while `work` runs. */
export async function longestTaskDuring(work: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.takeRecords().forEach((entry) => durations.push(entry.duration));
  observer.disconnect();
  return Math.max(0, ...durations);
}
