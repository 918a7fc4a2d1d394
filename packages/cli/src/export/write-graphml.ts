import type { GraphSource } from './graph-source';
import type { LineWriter } from './line-writer';
import { escapeXml } from './xml-escape';

// GraphML has no list type: lists travel as JSON arrays in strings (json.loads in Python, JSON.parse elsewhere).
const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['subtype', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'long'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['predicate', 'string'],
  ['confidence', 'double'],
  ['evidenceCount', 'long'],
  ['weight', 'double'],
  ['negated', 'boolean'],
  ['attributedTo', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['documentIds', 'string'],
] as const;

const data = (key: string, value: unknown) =>
  value === null || value === undefined ? '' : `<data key="${key}">${escapeXml(value)}</data>`;

/**
 * Writes the entity graph as GraphML (Gephi, yEd, networkx `read_graphml`, igraph): entities are nodes, facts are
 * directed edges keyed by fact id, with their provenance (evidenceCount, documentIds) as edge data. `label` is what
 * Gephi shows; `weight` (= evidenceCount) is what its layouts use.
 */
export async function writeGraphml(source: GraphSource, out: LineWriter): Promise<{ nodes: number; edges: number }> {
  await out.put('<?xml version="1.0" encoding="UTF-8"?>');
  await out.put(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const [name, type] of NODE_KEYS) await out.put(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) await out.put(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  await out.put('  <graph id="newsgraph" edgedefault="directed">');
  let nodes = 0;
  for await (const e of source.entities()) {
    nodes += 1;
    await out.put(
      `    <node id="${escapeXml(e.id)}">${data('n_label', e.name)}${data('n_type', e.type)}${data('n_subtype', e.subtype)}` +
        `${data('n_aliases', JSON.stringify(e.aliases))}${data('n_mentionCount', e.mentionCount)}</node>`,
    );
  }
  let edges = 0;
  for await (const f of source.facts()) {
    edges += 1;
    await out.put(
      `    <edge id="${escapeXml(f.id)}" source="${escapeXml(f.subject)}" target="${escapeXml(f.object)}">` +
        `${data('e_label', f.predicate)}${data('e_predicate', f.predicate)}${data('e_confidence', f.confidence)}` +
        `${data('e_evidenceCount', f.evidenceCount)}${data('e_weight', f.evidenceCount)}${data('e_negated', f.negated)}` +
        `${data('e_attributedTo', f.attributedTo)}${data('e_firstSeen', f.firstSeen)}${data('e_lastSeen', f.lastSeen)}` +
        `${data('e_documentIds', JSON.stringify(f.documentIds))}</edge>`,
    );
  }
  await out.put('  </graph>');
  await out.put('</graphml>');
  return { nodes, edges };
}
