// A tiny static server that stands in for a CDN: another origin than the
// WordPress site, with `Access-Control-Allow-Origin: *` as public CDNs send it
// (a cross-origin module script and the feed both need it).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves directories on 127.0.0.1, each under a URL prefix (the longest prefix wins).
 * @param {Record<string, string>} mounts e.g. `{ '/': 'dist', '/feed/': 'demo' }`
 * @returns {Promise<{ origin: string, mount: (prefix: string, dir: string) => void, close: () => Promise<void> }>}
 */
export async function startCdn(mounts) {
  const dirs = new Map(Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]));
  const server = createServer(async (req, res) => {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const prefix = [...dirs.keys()].filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
      let file = resolve(join(dirs.get(prefix), path.slice(prefix.length)));
      if (!file.startsWith(dirs.get(prefix) + sep)) throw new Error('outside');
      if (path.endsWith('/')) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    mount: (prefix, dir) => dirs.set(prefix, resolve(dir)),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
