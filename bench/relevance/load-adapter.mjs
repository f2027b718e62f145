// Bundles bench/relevance/adapter.ts with esbuild so that Node runs the
// search's TypeScript sources as they are (used by run.mjs and compare.mjs).
import { build } from 'esbuild';

export async function loadAdapter() {
  const bundle = await build({
    entryPoints: [new URL('adapter.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
