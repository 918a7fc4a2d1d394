import { Writable } from 'node:stream';
import pino from 'pino';
import { withRedaction } from './http-handler';

describe('withRedaction', () => {
  it('censors the API key and passwords wherever a log line carries them', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = withRedaction(pino({ level: 'info' }, stream));
    logger.info({ authorization: 'Bearer key-1', headers: { authorization: 'Bearer key-2' } }, 'a');
    logger.info({ req: { headers: { authorization: 'Bearer key-3' } }, password: 'pw-1', neo4j: { password: 'pw-2' } }, 'b');
    logger.warn({ apiKey: 'key-4', options: { apiKey: 'key-5', credentials: 'pw-3' } }, 'c');
    const log = lines.join('');
    for (const secret of ['key-1', 'key-2', 'key-3', 'key-4', 'key-5', 'pw-1', 'pw-2', 'pw-3'])
      expect([secret, log.includes(secret)]).toEqual([secret, false]);
    expect(log.match(/\[redacted\]/g)).toHaveLength(8);
  });
});
