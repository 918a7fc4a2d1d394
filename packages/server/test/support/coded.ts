import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Loader } from '@newsgraph/loader';
import { ApiErrorCode } from '../../src/errors';

/** The codes the schema documents; anything else (INTERNAL_SERVER_ERROR, no code at all) is a bug. */
export const DOCUMENTED_CODES: ReadonlySet<string> = new Set(Object.values(ApiErrorCode));

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body?: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
}

/** Parses a response body as JSON, leaving `body` unset when it is not JSON. */
export function parseBody(text: string): RawResponse['body'] {
  try {
    return JSON.parse(text) as RawResponse['body'];
  } catch {
    return undefined;
  }
}

/**
 * What every answer of the API must be: data, or a deliberate 4xx/200 whose errors all carry a documented code.
 * Returns the problem in words, or null when the answer is acceptable.
 */
export function problemWith(res: Pick<RawResponse, 'status' | 'body' | 'text'>): string | null {
  if (res.status >= 500) return `HTTP ${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status !== 200 && (res.status < 400 || res.status >= 500)) return `unexpected HTTP ${res.status}`;
  if (!res.body) return `HTTP ${res.status} without a JSON body: ${res.text.slice(0, 300)}`;
  const errors = res.body.errors ?? [];
  if (res.status !== 200 && errors.length === 0) return `HTTP ${res.status} without errors`;
  if (res.status === 200 && errors.length === 0 && res.body.data == null) return 'HTTP 200 with neither data nor errors';
  for (const e of errors) {
    const code = e.extensions?.code;
    if (!code || !DOCUMENTED_CODES.has(code)) return `error without a documented code (${String(code)}): ${e.message}`;
    if (/unexpected error/i.test(e.message ?? '')) return `masked error: ${e.message}`;
  }
  return null;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request over a fresh connection with full control of method, headers and body (fetch adds its own). */
export function rawRequest(url: string, { method = 'POST', path, headers = {}, body }: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: target.hostname, port: target.port, method, path: path ?? target.pathname, headers, agent: false },
      (res) => collectResponse(res).then(resolve, reject),
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface SlowResult {
  /** Status line's code, 0 when the server closed without answering. */
  status: number;
  body?: RawResponse['body'];
  /** Milliseconds from the first byte sent to the connection's close. */
  closedAfterMs: number;
  /** Bytes of the request written before the server cut the connection off. */
  sent: number;
}

/**
 * A slow-loris client: writes `request` a few bytes at a time every `intervalMs`, and reports how the server
 * answered and when it closed the connection. Gives up (status 0) after `giveUpMs`.
 */
export function slowRequest(
  url: string,
  request: string,
  { intervalMs = 100, bytesPerTick = 1, giveUpMs = 20_000 } = {},
): Promise<SlowResult> {
  const target = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect({ host: target.hostname, port: Number(target.port) });
    const received: Buffer[] = [];
    let sent = 0;
    const tick = setInterval(() => {
      if (sent >= request.length || socket.destroyed || !socket.writable) return;
      socket.write(request.slice(sent, sent + bytesPerTick));
      sent += bytesPerTick;
    }, intervalMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('data', (c: Buffer) => received.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(tick);
      clearTimeout(giveUp);
      const text = Buffer.concat(received).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const bodyText = text.slice(text.indexOf('\r\n\r\n') + 4);
      resolve({ status, body: parseBody(bodyText), closedAfterMs: Date.now() - started, sent });
    });
  });
}

/** Reads a whole response: status, headers, text and the parsed JSON body. */
export function collectResponse(res: IncomingMessage): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parseBody(text) });
    });
    res.on('error', reject);
  });
}

/** Retracts the documents a test ingested through the API (ids starting with `prefix`) and the ones it loaded itself. */
export async function deleteIngested(driver: Driver, loader: Loader, prefix: string, loaded: string[]): Promise<void> {
  const session = driver.session();
  const ours = await session
    .run('MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN collect(d.id) AS ids', { prefix })
    .then((r) => r.records[0]!.get('ids') as string[])
    .finally(() => session.close());
  for (const id of [...loaded, ...ours]) await loader.deleteDocument(id);
}

/**
 * Whether `lane` answers as `full` did: the same status, media type, keys and data, and the same errors but for
 * their order (errors raised concurrently come in the order they were raised). When an error nulls the whole
 * response (`data: null`), which errors are listed is timing: graphql-js stops at the first root field that
 * fails and the other root fields run concurrently, so two runs of the same request through the same pipeline
 * can name different ones; then both must just carry errors.
 */
export function sameAnswer(full: RawResponse, lane: RawResponse): boolean {
  const shape = (r: RawResponse) => {
    const body = parseBody(r.text) as { data?: unknown; errors?: unknown[] } | undefined;
    if (!body || typeof body !== 'object')
      return { head: JSON.stringify([r.status, r.headers['content-type'], r.text]), data: undefined, errors: [] as string[] };
    const head = JSON.stringify([r.status, r.headers['content-type'], Object.keys(body), body.data]);
    return { head, data: body.data, errors: (body.errors ?? []).map((e) => JSON.stringify(e)).sort() };
  };
  const a = shape(full);
  const b = shape(lane);
  if (a.head !== b.head) return false;
  if (a.errors.join() === b.errors.join()) return true;
  return a.data === null && a.errors.length > 0 && b.errors.length > 0;
}
