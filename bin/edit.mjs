// `fertility-qa edit <feed.json>`: serves the feed editor (dist/editor/) on 127.0.0.1
// and saves back to the file. Only this machine can reach it, and only through the
// address printed, whose path holds a random token: another site open in the browser
// cannot read or write the file (it cannot guess the token, a request naming another
// host is refused, so DNS rebinding gets nothing, and a save must be a JSON PUT, which
// a page of another origin cannot send without a preflight this server never grants).
import { createServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { escapeHtml } from '../dist/lib/snippet/fallback.js';

const EDITOR = new URL('../dist/editor/', import.meta.url);
/** The most a save may send: far above any honest feed (the CLI's split handles 100 MB feeds). */
const MAX_BODY = 100 * 1024 * 1024;


/** The page: the editor, told to read and save the file through `feed` beside it. */
const page = (name) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(name)} — fertility-qa feed editor</title>
<script type="module" src="editor/fertility-qa-editor.js"></script>
<style>body { margin: 0; background: #f6f8fa; }</style>
</head>
<body><main><fqa-feed-editor endpoint="feed"></fqa-feed-editor></main></body>
</html>
`;

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The editor's own scripts; feed images (photos, posters) from anywhere, as the widget shows them; YouTube only when a reader of the preview presses play.
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; connect-src 'self'; frame-src https://www.youtube-nocookie.com; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/** The pictures a feed may name by a relative address (a video's poster), and how they are served. */
const PICTURES = new Map([
  ['svg', 'image/svg+xml'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['gif', 'image/gif'],
  ['avif', 'image/avif'],
]);
/** The most one picture may weigh, as `pages` copies them. */
const MAX_PICTURE = 10 * 1024 * 1024;

/**
 * A picture from inside `folder` named by the path part of a request (`img/poster.svg`,
 * still percent-encoded): its bytes and type, or undefined. The rules `pages` copies
 * pictures by: a plain relative path (no `..`, `.`, empty segment, backslash, NUL or
 * encoded slash), of a picture type, a regular file whose real path (links followed)
 * is inside the folder's.
 */
export function pictureInside(folder, encodedPath) {
  const segments = encodedPath.split('/');
  const type = PICTURES.get(/\.([a-z]+)$/i.exec(encodedPath)?.[1]?.toLowerCase() ?? '');
  if (!type || segments.some((segment) => /%2f|%5c/i.test(segment))) return undefined;
  let decoded;
  try {
    decoded = segments.map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (decoded.some((segment) => segment === '' || segment === '.' || segment === '..' || /[\\\0]/.test(segment))) return undefined;
  let real;
  let root;
  try {
    real = realpathSync(join(folder, ...decoded));
    root = realpathSync(folder);
  } catch {
    return undefined;
  }
  if (!real.startsWith(root + sep)) return undefined;
  const stat = lstatSync(real);
  if (!stat.isFile() || stat.size > MAX_PICTURE) return undefined;
  return { bytes: readFileSync(real), type };
}

/** The version of the file's bytes the editor last read or wrote, as an HTTP entity tag. */
const tagOf = (bytes) => `"${createHash('sha256').update(bytes).digest('base64url')}"`;

/** The file a save writes: where a link (`feed.json -> ../shared/feed.json`) leads, so the link stays a link. */
const realTarget = (file) => (existsSync(file) ? realpathSync(file) : file);

/** Writes the file whole or not at all: a new file beside it, then renamed over it. */
function writeWhole(file, text) {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: existsSync(file) ? statSync(file).mode & 0o777 : 0o644 });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function readBody(request) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Serves the editor for `file` until the process is interrupted (Ctrl+C). `say` prints
 * one line (the address); resolves with the exit status. `port`: 0 for any free one.
 */
export async function edit(file, { say, warn, port = 0 }) {
  if (!existsSync(new URL('fertility-qa-editor.js', EDITOR))) {
    warn('fertility-qa edit: dist/editor/ is missing (run npm run build).');
    return 1;
  }
  const target = resolve(file);
  if (existsSync(target) && !statSync(target).isFile()) {
    warn(`${file} is not a file.`);
    return 1;
  }
  const name = basename(target);
  const token = randomBytes(18).toString('base64url');
  const prefix = `/${token}/`;
  let hosts = new Set();

  const server = createServer(async (request, response) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => response.writeHead(status, { ...HEADERS, 'content-type': type, ...extra }).end(body);
    if (!hosts.has(request.headers.host ?? '')) return send(403, 'This editor answers only at the address it printed.');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (!path.startsWith(prefix)) return send(404, 'Not found.');
    const rest = path.slice(prefix.length);
    try {
      if (rest === '' && request.method === 'GET') return send(200, page(name), 'text/html; charset=utf-8');
      if (rest === 'feed' && request.method === 'GET') {
        if (!existsSync(target)) return send(404, 'No such file yet.', undefined, { 'x-file-name': encodeURIComponent(name) });
        const bytes = readFileSync(target);
        return send(200, bytes, 'application/json; charset=utf-8', { 'x-file-name': encodeURIComponent(name), etag: tagOf(bytes) });
      }
      if (rest === 'feed' && request.method === 'PUT') {
        if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return send(415, 'A save is sent as application/json.');
        const text = await readBody(request);
        let data;
        try {
          data = JSON.parse(text);
        } catch {
          return send(400, 'Not saved: the editor sent text that is not JSON.');
        }
        if (typeof data !== 'object' || data === null || Array.isArray(data)) return send(400, 'Not saved: a feed is a JSON object.');
        // Saved only over the version the editor opened (If-Match: its tag), or where there
        // was no file (If-None-Match: *): a change another program made meanwhile is never lost.
        const exists = existsSync(target);
        const current = exists ? tagOf(readFileSync(target)) : undefined;
        const expected = request.headers['if-match'];
        const stale = exists ? expected !== current : expected !== undefined;
        if (stale) return send(412, `Not saved: ${name} changed on disk after the editor opened it.`);
        writeWhole(realTarget(target), text);
        return send(204, '', undefined, { etag: tagOf(Buffer.from(text, 'utf8')) });
      }
      const script = /^editor\/([\w.-]+\.js)$/.exec(rest);
      if (script && request.method === 'GET' && existsSync(new URL(script[1], EDITOR))) return send(200, readFileSync(new URL(script[1], EDITOR)), 'text/javascript; charset=utf-8');
      // The pictures the feed names by a relative address (a poster), from beside the feed file, for the preview.
      const picture = request.method === 'GET' ? pictureInside(dirname(target), rest) : undefined;
      if (picture) return send(200, picture.bytes, picture.type, picture.type === 'image/svg+xml' ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } : {});
      return send(404, 'Not found.');
    } catch (error) {
      return send(500, `Not saved: ${error.code ?? error.message}`);
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  const { port: bound } = server.address();
  hosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);
  say(`fertility-qa edit: editing ${file} at http://127.0.0.1:${bound}${prefix} (open it in your browser; Ctrl+C stops).`);
  return new Promise((resolveRun) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolveRun(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
