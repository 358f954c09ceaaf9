/**
 * A minimal static file server for the built site on 127.0.0.1 and a random free port.
 * Paged.js re-fetches the page's stylesheets, which fails on file:// URLs; this serves them.
 * An HTML page asked for with `?vor-satz` comes with its content hidden (hidden-load.ts). `scripts` are answered from
 * memory at their paths (the tool's scripts for the print page, page-scripts.ts), so they come from the page's own
 * origin, which its Content-Security-Policy allows.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { withoutBase } from '../site/address.ts';
import { hideContent, HIDDEN_LOAD_QUERY } from './hidden-load.ts';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  close(): Promise<void>;
}

/** Maps a request path to a file below `root`, or null when it leaves `root` or does not exist. */
export function resolveRequest(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html');
      return fs.statSync(index).isFile() ? index : null;
    }
  } catch {
    // not found
  }
  return null;
}

/**
 * Serves `rootDir` at `base` (default `/`): with base `/sozialplanung/`, `/sozialplanung/gebiete/` is
 * `<rootDir>/gebiete/index.html`, as on the public server; anything outside the base is not found. `scripts` are
 * answered at their own paths, outside the base (page-scripts.ts).
 */
export async function startServer(rootDir: string, scripts: ReadonlyMap<string, Buffer> = new Map(), base = '/'): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = http.createServer((req, res) => {
    const script = req.method === 'GET' ? scripts.get((req.url ?? '/').split('?')[0]!) : undefined;
    if (script) {
      res.writeHead(200, { 'content-type': MIME_TYPES['.js']!, 'content-length': script.length, 'cache-control': 'no-store' });
      res.end(script);
      return;
    }
    const inside = withoutBase((req.url ?? '/').split('?')[0]!, base);
    const file = (req.method === 'GET' || req.method === 'HEAD') && inside ? resolveRequest(root, inside) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Nicht gefunden');
      return;
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    if (type.startsWith('text/html') && query.has(HIDDEN_LOAD_QUERY)) {
      const html = fs.readFileSync(file, 'utf8');
      const body = Buffer.from(hideContent(html));
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': fs.statSync(file).size, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
