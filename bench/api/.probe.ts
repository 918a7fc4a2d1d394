import { benchDriver } from './bench-db';
(async () => {
  const { driver } = await benchDriver();
  const qs: Record<string, string> = {
    s1: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = SHORTEST 1 (a)-[]-{1,4}(b) RETURN length(p) AS len`,
    all: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = ALL SHORTEST (a)-[]-{1,4}(b) WITH p LIMIT 5 RETURN length(p) AS len`,
    s1filter: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = SHORTEST 1 (a) (()-[r]-(:Entity) WHERE ($predicates IS NULL OR type(r) IN $predicates) AND r.confidence >= $minConfidence AND ($includeNegated OR NOT r.negated)){1,4} (b) RETURN length(p) AS len`,
    sg2: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = SHORTEST 2 GROUPS (a)-[]-{1,4}(b) WITH p LIMIT 5 RETURN length(p) AS len`,
  };
  const params = { from: 'bench-location-4688', to: 'bench-person-9456', predicates: null, minConfidence: 0.0, includeNegated: true };
  for (const [name, q] of Object.entries(qs)) {
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      const s = driver.session();
      try {
        const r = await s.executeRead((tx) => tx.run(q, params), { timeout: 20000 });
        console.log(name, Date.now() - t0, 'ms', r.records.map((x) => x.get('len')).join(','));
      } catch (e) { console.log(name, 'ERR', Date.now() - t0, (e as Error).message.slice(0, 100)); } finally { await s.close(); }
    }
  }
  await driver.close();
})();
