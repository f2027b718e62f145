// `npm run bench`: benchmarks in headless Chromium, on local generated feeds.
// Results are written to bench/RESULTS.md by the `write-bench-results` command.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import baseConfig from '../web-test-runner.config.mjs';

function benchResults() {
  return {
    name: 'bench-results',
    async executeCommand({ command, payload }) {
      if (command !== 'write-bench-results') return undefined;
      const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
      const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
      const markdown = payload.markdown.replace('{{machine}}', machine);
      await writeFile(new URL('./RESULTS.md', import.meta.url), markdown);
      return true;
    },
  };
}

export default {
  ...baseConfig,
  files: ['bench/**/*.bench.ts'],
  testFramework: { config: { timeout: 600_000 } },
  plugins: [...baseConfig.plugins, benchResults()],
};
