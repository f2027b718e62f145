// Bundles bench/relevance/adapter.ts with esbuild so that Node runs the
// search's TypeScript sources as they are (used by run.mjs and compare.mjs).
import { build } from 'esbuild';

/** Bundles TypeScript for Node (esbuild `build` options: an entry point or `stdin`) and imports the result. */
export async function importBundled(options) {
  const bundle = await build({ ...options, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

export function loadAdapter() {
  return importBundled({ entryPoints: [new URL('adapter.ts', import.meta.url).pathname] });
}
