import type { GraphSource } from './graph-source';
import type { LineWriter } from './line-writer';
import { escapeXml } from './xml-escape';

// GEXF 1.2 is the version every Gephi since 0.8 opens, and networkx `read_gexf` reads. Lists are JSON strings, as in
// the GraphML export, so both files carry the same values.
const NODE_ATTRS = [
  ['type', 'string'],
  ['subtype', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'long'],
] as const;
const EDGE_ATTRS = [
  ['predicate', 'string'],
  ['confidence', 'double'],
  ['evidenceCount', 'long'],
  ['negated', 'boolean'],
  ['attributedTo', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['documentIds', 'string'],
] as const;

function attvalues(values: (string | number | boolean | null)[]): string {
  const set = values.map((v, i) => (v === null ? '' : `<attvalue for="${i}" value="${escapeXml(v)}"/>`)).join('');
  return set ? `<attvalues>${set}</attvalues>` : '';
}

/**
 * Writes the entity graph as GEXF 1.2 (Gephi's own format): entities are nodes labelled by name, facts are directed
 * edges labelled by predicate, weighted by evidence count, with their provenance as attributes.
 */
export async function writeGexf(source: GraphSource, out: LineWriter, now = new Date()): Promise<{ nodes: number; edges: number }> {
  await out.put('<?xml version="1.0" encoding="UTF-8"?>');
  await out.put('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
  await out.put(`  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>newsgraph kg export</creator></meta>`);
  await out.put('  <graph mode="static" defaultedgetype="directed">');
  await out.put('    <attributes class="node">');
  for (const [i, [name, type]] of NODE_ATTRS.entries()) await out.put(`      <attribute id="${i}" title="${name}" type="${type}"/>`);
  await out.put('    </attributes>');
  await out.put('    <attributes class="edge">');
  for (const [i, [name, type]] of EDGE_ATTRS.entries()) await out.put(`      <attribute id="${i}" title="${name}" type="${type}"/>`);
  await out.put('    </attributes>');
  await out.put('    <nodes>');
  let nodes = 0;
  for await (const e of source.entities()) {
    nodes += 1;
    await out.put(
      `      <node id="${escapeXml(e.id)}" label="${escapeXml(e.name)}">` +
        `${attvalues([e.type, e.subtype, JSON.stringify(e.aliases), e.mentionCount])}</node>`,
    );
  }
  await out.put('    </nodes>');
  await out.put('    <edges>');
  let edges = 0;
  for await (const f of source.facts()) {
    edges += 1;
    await out.put(
      `      <edge id="${escapeXml(f.id)}" source="${escapeXml(f.subject)}" target="${escapeXml(f.object)}" ` +
        `label="${escapeXml(f.predicate)}" weight="${f.evidenceCount}">` +
        `${attvalues([f.predicate, f.confidence, f.evidenceCount, f.negated, f.attributedTo, f.firstSeen, f.lastSeen, JSON.stringify(f.documentIds)])}</edge>`,
    );
  }
  await out.put('    </edges>');
  await out.put('  </graph>');
  await out.put('</gexf>');
  return { nodes, edges };
}
