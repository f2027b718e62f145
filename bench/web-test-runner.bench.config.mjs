// `npm run bench`: benchmarks in headless Chromium, on local generated feeds.
// Results are written to bench/RESULTS.md by the `write-bench-results` command.
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromeLauncher } from '@web/test-runner-chrome';
import baseConfig, { CHROMIUM_ARGS } from '../web-test-runner.config.mjs';

const sections = new Map();

function benchResults() {
  return {
    name: 'bench-results',
    async executeCommand({ command, payload }) {
      if (command === 'file-size') {
        // The size on disk of a file of the project, raw and gzipped (level 6, a
        // usual server setting): the test server rewrites what it serves.
        const body = await readFile(new URL(`..${payload.path}`, import.meta.url));
        return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
      }
      if (command !== 'write-bench-results') return undefined;
      const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
      const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
      sections.set(payload.section, payload.markdown);
      const body = [...sections].sort(([a], [b]) => a.localeCompare(b)).map(([, markdown]) => markdown);
      const header = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/*.bench.ts) in headless Chromium on ${machine}, ${new Date().toISOString().slice(0, 10)}.\nEvery ratio compares figures measured in the same run on the same machine.\n`;
      await writeFile(new URL('./RESULTS.md', import.meta.url), [header, ...body].join('\n'));
      return true;
    },
  };
}

export default {
  ...baseConfig,
  files: ['bench/**/*.bench.ts'],
  testFramework: { config: { timeout: 600_000 } },
  plugins: [...baseConfig.plugins, benchResults()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          ...CHROMIUM_ARGS,
          // Heap figures: a real GC before each reading, and unrounded sizes.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};
