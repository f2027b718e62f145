// Tests run in Debian's Chromium (headless), served by the test runner's own
// dev server: fixtures are real files, fetched for real.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * Test-only server behaviour that a static file cannot give:
 * `/test-server/slow/<path>?ms=N` serves `<path>` after N milliseconds.
 */
function slowFixtures() {
  return async (context, next) => {
    const match = context.path.match(/^\/test-server\/slow(\/.*)$/);
    if (!match) return next();
    const ms = Math.min(Number(context.query.ms ?? 500), 30_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.url = match[1];
    return next();
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page that is not in front gets no animation frames
  // (fixture() waits for one) and no keyboard focus (sendKeys needs it).
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [slowFixtures()],
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
