// Case counts and seed of the fuzz family. `npm test` uses these defaults (fixed seed,
// modest counts); `npm run fuzz` serves this file with FUZZ_RUNS / FUZZ_SEED / FUZZ_PATH from the
// environment instead (test/fuzz/web-test-runner.fuzz.config.mjs).
/** @type {{ runs: number | undefined, seed: number, path: string | undefined }} */
export const FUZZ = { runs: undefined, seed: 20261125, path: undefined };
