import type { GraphSource } from './graph-source';
import type { LineWriter } from './line-writer';

/**
 * Writes the graph as JSON Lines, one object per line tagged by `kind`: entity, document, mention, relation (with
 * documentIds) and evidence, in that order. `pandas.read_json(path, lines=True)` reads it in one call; each line
 * stands alone, so `grep`/`jq` work on files of any size.
 */
export async function writeJsonl(source: GraphSource, out: LineWriter): Promise<{ nodes: number; edges: number }> {
  let nodes = 0;
  let edges = 0;
  for await (const e of source.entities()) {
    nodes += 1;
    await out.put(JSON.stringify({ kind: 'entity', ...e }));
  }
  for await (const d of source.documents()) await out.put(JSON.stringify({ kind: 'document', ...d }));
  for await (const m of source.mentions()) await out.put(JSON.stringify({ kind: 'mention', ...m }));
  for await (const f of source.facts()) {
    edges += 1;
    await out.put(JSON.stringify({ kind: 'relation', ...f }));
  }
  for await (const s of source.statements()) await out.put(JSON.stringify({ kind: 'evidence', ...s }));
  return { nodes, edges };
}
