// Serves a folder over HTTP on 127.0.0.1 the way any plain static web server would,
// optionally under a sub-path and with extra headers. Used by `make serve` and the e2e tests.
//
//   node scripts/serve.mjs dist --port 8080 [--base /some/sub/path/]

import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts the server; resolves to `{ server, url }` once it listens (port 0: any free port). */
export function startServer({ root, port = 0, host = '127.0.0.1', base = '/', headers = {} }) {
  const rootDir = path.resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (!urlPath.startsWith(prefix)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    let file = path.join(rootDir, urlPath.slice(prefix.length));
    if (!file.startsWith(rootDir)) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}${prefix}` });
    });
  });
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const root = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
  const { url } = await startServer({
    root,
    port: Number(option(args, '--port', 8080)),
    base: option(args, '--base', '/'),
  });
  console.log(`sentag: serving ${root}/ at ${url} (Ctrl-C to stop)`);
}
