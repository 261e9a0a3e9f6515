import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Files whose name does not change between builds: never cached. */
const ALWAYS_FRESH = new Set(['/index.html', '/remoteEntry.js', '/env.js']);

/**
 * Serves one built frontend (its dist/) with `/env.js` generated at start, an SPA
 * fallback to index.html, and CORS so the shell can load a remote's chunks.
 */
export function startStaticServer(root: string, port: number, envScript: string): Promise<http.Server> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (urlPath === '/env.js') {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.js'], 'Cache-Control': 'no-cache' });
      res.end(envScript);
      return;
    }
    let file = path.resolve(base, `.${urlPath}`);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    const isAsset = path.extname(urlPath) !== '';
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (isAsset) {
        res.writeHead(404).end('not found');
        return;
      }
      file = path.join(base, 'index.html');
    }
    const name = `/${path.relative(base, file)}`;
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': ALWAYS_FRESH.has(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
