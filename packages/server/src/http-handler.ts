import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { Lane } from './fast-lane';
import { serveStatic } from './serve-static';

export interface HttpHandlerOptions {
  /** Largest accepted request body, in bytes (an ingested article travels in the body). */
  maxBodyBytes: number;
  logger: Logger;
  /** Serve this folder (the graph browser's build) at /browser. */
  browserDir?: string;
  /** Offered every POST to /graphql, with its body, before yoga: see fast-lane.ts. Its answers are logged with `lane: true`. */
  lane?: Lane;
}

/** Cheap headers that stop browsers from sniffing, framing or leaking the referrer of any response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * Media types a POST may carry. Form encodings and text/plain are refused: a browser sends those cross-site
 * without a CORS preflight, and nothing legitimate needs them.
 */
const POST_TYPES = new Set(['application/json', 'application/graphql+json', 'application/graphql']);

const errorBody = (code: string, message: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

function reject(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(errorBody(code, message));
}

/**
 * Reads a body of unknown length (chunked), counting as it arrives: resolves with the body, or with null as soon
 * as it passes `max` bytes (the rest is never read).
 */
function readLimited(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // The client went away (or the request timeout cut it off) before the body was complete.
    req.once('close', () => {
      if (!req.complete) reject(new Error('the request was closed before its body arrived'));
    });
  });
}

/** The request's path without its query string: query strings can carry a whole query and its variables. */
const pathOf = (url: string | undefined) => (url ?? '').split('?', 1)[0];

/**
 * Wraps yoga's handler with what must happen before a body is read: the size limit (checked on the declared
 * length, or counted as a chunked body arrives), the accepted content types, the security headers, and one log
 * line per request (never its headers or query string).
 */
export function createHttpHandler(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  { maxBodyBytes, logger, browserDir, lane }: HttpHandlerOptions,
) {
  const statics = browserDir ? serveStatic({ root: browserDir, prefix: '/browser' }) : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    let byLane = false;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: req.method,
          url: pathOf(req.url),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          bytes: Number(req.headers['content-length'] ?? 0),
          ...(byLane ? { lane: true } : {}),
        },
        'request',
      );
    });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (statics?.(req, res)) return;
    const length = req.headers['content-length'];
    if (length !== undefined && Number(length) > maxBodyBytes) {
      return reject(res, 413, 'LIMIT_EXCEEDED', `request bodies may be at most ${maxBodyBytes} bytes, got ${length}`);
    }
    if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
      if (!POST_TYPES.has(type)) {
        return reject(
          res,
          415,
          'BAD_USER_INPUT',
          `POST bodies must be application/json (got ${type ? JSON.stringify(type.slice(0, 100)) : 'no content-type'})`,
        );
      }
    }
    const chunked = length === undefined && req.headers['transfer-encoding'] !== undefined;
    const forLane = lane !== undefined && req.method === 'POST' && req.url === '/graphql';
    if (chunked || forLane) {
      // yoga takes a body that was already read from `req.body` (as it does behind body-parsing frameworks).
      readLimited(req, maxBodyBytes).then(
        async (body) => {
          if (body === null) return reject(res, 413, 'LIMIT_EXCEEDED', `request bodies may be at most ${maxBodyBytes} bytes`);
          const answer = forLane ? await lane(req, body).catch(() => null) : null;
          if (answer) {
            byLane = true;
            res.writeHead(200, { 'content-type': answer.contentType, 'content-length': Buffer.byteLength(answer.text) });
            res.end(answer.text);
            return;
          }
          (req as IncomingMessage & { body?: Buffer }).body = body;
          void handle(req, res);
        },
        () => reject(res, 400, 'BAD_USER_INPUT', 'the request body could not be read'),
      );
      return;
    }
    void handle(req, res);
  };
}

/**
 * Answers what Node's HTTP parser refuses before any handler runs (a request that took longer than the timeouts
 * allow, malformed HTTP, oversized headers) with a coded JSON error, and closes the connection. Only the error's
 * code is logged: the raw bytes may hold an Authorization header.
 */
export function createClientErrorHandler(logger: Logger) {
  return (err: NodeJS.ErrnoException & { code?: string }, socket: Socket) => {
    const [status, code, message] =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'LIMIT_EXCEEDED', 'the request did not arrive in time; the server stops waiting for slow requests']
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'LIMIT_EXCEEDED', 'request headers are too large']
          : [400, 'BAD_USER_INPUT', 'malformed HTTP request'];
    logger.warn({ code: err.code, status }, 'refused at the HTTP layer');
    // A response already under way (or a socket already gone) cannot take a second one.
    const pending = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const body = errorBody(code, message);
    const headers = Object.entries({
      ...SECURITY_HEADERS,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}\r\n${body}`);
  };
}

/** How long the server waits for a client; a client slower than this (a slow-loris) is cut off with a 408. */
export interface HttpTimeouts {
  /** Until the request's headers are complete, ms. */
  headers?: number;
  /** Until the whole request (headers and body) has arrived, ms. */
  request?: number;
  /** An idle kept-alive connection is closed after this long, ms. */
  keepAlive?: number;
}

export const DEFAULT_HTTP_TIMEOUTS: Required<HttpTimeouts> = { headers: 10_000, request: 30_000, keepAlive: 5_000 };

/** Options of Node's http.createServer for the timeouts; Node checks them every `connectionsCheckingInterval`. */
export function httpServerOptions(timeouts: HttpTimeouts = {}) {
  const headers = timeouts.headers ?? DEFAULT_HTTP_TIMEOUTS.headers;
  const request = timeouts.request ?? DEFAULT_HTTP_TIMEOUTS.request;
  const keepAlive = timeouts.keepAlive ?? DEFAULT_HTTP_TIMEOUTS.keepAlive;
  if (headers > request) throw new RangeError(`the headers timeout (${headers} ms) may not exceed the request timeout (${request} ms)`);
  return {
    headersTimeout: headers,
    requestTimeout: request,
    keepAliveTimeout: keepAlive,
    // Node's default (30 s) would let a slow client linger far past a short timeout.
    connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(headers / 4))),
  };
}

/** Log paths that may hold a secret, censored whatever a caller or a library puts in a log line. */
export const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'credentials',
  '*.credentials',
];

/** A child of the logger that censors secrets (the API key, passwords) wherever they appear in a log line. */
export const withRedaction = (logger: Logger): Logger => logger.child({}, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
