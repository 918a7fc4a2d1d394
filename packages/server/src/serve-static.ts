import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface ServeStaticOptions {
  /** The folder to serve (the graph browser's build output, packages/browser/dist). */
  root: string;
  /** The URL path it is served under. */
  prefix?: string;
  /** File served for paths under the prefix that name no file (the single-page app's entry). */
  fallback?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// The app needs nothing from elsewhere: scripts, styles and API calls stay on this origin. The layout's web
// worker is started from a blob URL, exports are blob downloads, and sigma sets inline styles on its canvases.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * A handler for a folder of static files under a URL prefix, for the graph browser at /browser. It answers
 * (and returns true) only for GET and HEAD under the prefix, so the caller passes everything else on (to yoga).
 * Paths are resolved inside `root` and anything that escapes it is refused; hashed files under assets/ are
 * cached for good, the entry page is revalidated so a new build shows at once.
 */
export function serveStatic({ root, prefix = '/browser', fallback = 'index.html' }: ServeStaticOptions) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
      return true;
    }
    // Without the trailing slash the page's relative URLs would point one level up.
    if (path === prefix) {
      res.writeHead(308, { location: `${prefix}/${url.search}` });
      res.end();
      return true;
    }
    void serveFile(req, res, decodePath(path.slice(prefix.length + 1)));
    return true;
  };

  function decodePath(rest: string): string | null {
    try {
      const decoded = decodeURIComponent(rest);
      return decoded.includes('\0') ? null : decoded;
    } catch {
      return null;
    }
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, rest: string | null) {
    if (rest === null) return send(res, 400, 'bad path');
    const target = resolve(base, rest || fallback);
    if (target !== base && !target.startsWith(base + sep)) return send(res, 403, 'forbidden');
    let file = target;
    let info: Stats | null = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      // An unknown path with an extension is a missing asset (a 404); anything else is an app route.
      if (extname(rest ?? '')) return send(res, 404, 'not found');
      file = join(base, fallback);
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(res, 404, `the graph browser is not built: run \`npm run build -w packages/browser\``);
    }
    const immutable = file.startsWith(join(base, 'assets') + sep);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': CSP,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }
}
