import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { serveStatic } from './serve-static';

export interface HttpHandlerOptions {
  /** Largest accepted request body, in bytes (an ingested article travels in the body). */
  maxBodyBytes: number;
  logger: Logger;
  /** Serve this folder (the graph browser's build) at /browser. */
  browserDir?: string;
}

function reject(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Wraps yoga's handler with what must happen before a body is read: the size limit, checked on the declared
 * length (a chunked body, whose length is unknown until read, is refused), and one log line per request.
 */
export function createHttpHandler(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  { maxBodyBytes, logger, browserDir }: HttpHandlerOptions,
) {
  const statics = browserDir ? serveStatic({ root: browserDir, prefix: '/browser' }) : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: req.method,
          url: req.url,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          bytes: Number(req.headers['content-length'] ?? 0),
        },
        'request',
      );
    });
    if (statics?.(req, res)) return;
    const length = req.headers['content-length'];
    if (length !== undefined && Number(length) > maxBodyBytes) {
      return reject(res, 413, 'LIMIT_EXCEEDED', `request bodies may be at most ${maxBodyBytes} bytes, got ${length}`);
    }
    if (length === undefined && req.headers['transfer-encoding'] !== undefined) {
      return reject(res, 411, 'BAD_USER_INPUT', 'send the body with a Content-Length header');
    }
    void handle(req, res);
  };
}
