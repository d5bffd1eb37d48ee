#!/usr/bin/env node
/**
 * A small static file server for the repository (the plain-page example and the tests that
 * need a real HTTP origin). `npm run serve` then open http://localhost:8080/examples/plain.html
 * after `npm run build`.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on `port` (0 picks a free one); resolves with the server once listening. */
export function serve(root = '.', port = 8080, headers = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(base, path);
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const stat = statSync(file);
      const target = stat.isDirectory() ? join(file, 'index.html') : file;
      statSync(target);
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', ...headers });
      createReadStream(target).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const root = process.argv[2] ?? '.';
  serve(root, port).then(() => console.log(root === '.' ? `Serving the repository on http://localhost:${port}/ (examples/plain.html)` : `Serving ${root} on http://localhost:${port}/`));
}
