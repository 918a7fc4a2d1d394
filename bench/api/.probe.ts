import { benchDriver } from './bench-db';
import { benchEntity } from './gen-graph';
(async () => {
  const { driver } = await benchDriver();
  const ranks = (from: number, step: number) => Array.from({ length: 20 }, (_, i) => benchEntity(from + i * step).id);
  const a = ranks(3000, 211), b = ranks(7000, 307);
  const q = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = SHORTEST 1 (a)-[]-{1,4}(b) RETURN length(p) AS len`;
  for (let i = 0; i < 20; i++) {
    const t0 = Date.now();
    const s = driver.session();
    try {
      const r = await s.executeRead((tx) => tx.run(q, { from: a[i], to: b[i] }), { timeout: 10000 });
      console.log(a[i], b[i], Date.now() - t0, 'ms', r.records.map((x) => x.get('len')).join(','));
    } catch (e) { console.log('ERR', Date.now() - t0, (e as Error).message.slice(0, 80)); } finally { await s.close(); }
  }
  await driver.close();
})();
