// `npm run fuzz`: the fuzz family only, with many more cases than `npm test`.
//   FUZZ_RUNS=500 FUZZ_SEED=123 npm run fuzz      (defaults: 200 runs per property, a new seed each time)
//   FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz  replays a failure printed by an earlier run.
// The browser cannot read the environment, so this config serves test/fuzz/settings.js with these values.
import base from '../../web-test-runner.config.mjs';

const settings = {
  runs: Number(process.env.FUZZ_RUNS ?? 200),
  seed: Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)),
  path: process.env.FUZZ_PATH || undefined,
};
console.log(`fuzz: ${settings.runs} runs per property, seed ${settings.seed}${settings.path ? `, path ${settings.path}` : ''}`);

/** Serves the settings above in place of test/fuzz/settings.js. */
const fuzzSettings = {
  name: 'fuzz-settings',
  serve(context) {
    if (context.path === '/test/fuzz/settings.js') return { body: `export const FUZZ = ${JSON.stringify(settings)};`, type: 'js' };
    return undefined;
  },
};

export default {
  ...base,
  files: ['test/fuzz/**/*.test.ts'],
  plugins: [fuzzSettings, ...base.plugins],
  // Each property may take minutes with this many runs (and shrinking a failure takes more).
  testFramework: { config: { timeout: 3_600_000 } },
  testsFinishTimeout: 4 * 3_600_000,
};
