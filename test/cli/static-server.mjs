// A plain static file server for the tests of what `pages` writes: the folder as a
// clinic's host would serve it (index.html for a folder, types by extension, 404
// otherwise), optionally with CORS, as a second origin serving the widget's files.
// Records every request it answers, with its status.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `folder` under `prefix` (`/answers/`) on 127.0.0.1 at a free port.
 * Returns `{ origin, url, requests, close }`; `url` is the origin and the prefix.
 * `host`: the name to give the origin (`localhost` for a second origin on the same machine).
 */
export async function serveFolder(folder, { prefix = '/', cors = false, host = '127.0.0.1' } = {}) {
  const root = resolve(folder);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const headers = cors ? { 'access-control-allow-origin': '*' } : {};
    const answer = (status, body, type = 'text/plain') => {
      requests.push({ path, status });
      response.writeHead(status, { 'content-type': type, ...headers }).end(body);
    };
    // The host's own icon at its top, as a clinic's site has (the browser asks for it on every page).
    if (path === '/favicon.ico') return answer(200, '', 'image/x-icon');
    if (!path.startsWith(prefix)) return answer(404, 'not here');
    let file = resolve(root, `.${sep}${path.slice(prefix.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return answer(404, 'outside');
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith('/')) {
          requests.push({ path, status: 301 });
          return response.writeHead(301, { location: `${path}/`, ...headers }).end();
        }
        file = join(file, 'index.html');
      }
      return answer(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return answer(404, 'no such file');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, url: `${origin}${prefix}`, requests, close: () => new Promise((done) => server.close(done)) };
}
