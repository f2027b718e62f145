// `npm run demo` as a newcomer meets it (issue 27): the address Vite prints leads to the
// demo, and dist/ is sent as built (the bytes its integrity hash names), with CORS.
// Run after `npm run build` (npm test does), so dist/ is there and nothing is built here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const root = new URL('../../', import.meta.url);

test('the demo server: / and /demo lead to /demo/, and dist/ files are sent as built, with CORS', async () => {
  const server = await createServer({ root: root.pathname, configFile: new URL('vite.config.ts', root).pathname, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, optimizeDeps: { noDiscovery: true, include: [] } });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    const origin = `http://127.0.0.1:${port}`;
    for (const path of ['/', '/demo', '/?x=1']) {
      const response = await fetch(origin + path, { redirect: 'manual' });
      assert.equal(response.status, 302, path);
      assert.equal(response.headers.get('location'), '/demo/', path);
    }
    const demo = await fetch(`${origin}/demo/`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), /fertility-qa demo/);
    const { file } = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'));
    const script = await fetch(`${origin}/dist/${file}`, { headers: { 'sec-fetch-dest': 'script', origin: 'https://blog.example' } });
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript');
    assert.equal(script.headers.get('access-control-allow-origin'), '*');
    assert.ok(Buffer.from(await script.arrayBuffer()).equals(readFileSync(new URL(`dist/${file}`, root))), 'the bytes of the built file, not a transformed copy');
    assert.equal((await fetch(`${origin}/dist/no-such-file.js`)).status, 404);
    // The demo's feeds, readable from another origin (the builder checks a snippet as a page elsewhere would read it).
    for (const name of ['feed.json', 'feed.es.json']) {
      const feed = await fetch(`${origin}/demo/${name}`, { headers: { origin: 'https://blog.example' } });
      assert.equal(feed.status, 200, name);
      assert.equal(feed.headers.get('access-control-allow-origin'), '*', name);
      assert.deepEqual(await feed.json(), JSON.parse(readFileSync(new URL(`demo/${name}`, root), 'utf8')), name);
    }
    // Only the feeds: the demo's pages and scripts are served as before.
    assert.equal((await fetch(`${origin}/demo/builder.js`)).headers.get('access-control-allow-origin'), null);
  } finally {
    await server.close();
  }
});
