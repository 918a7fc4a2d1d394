import type { EntityType } from '../api/types';

/**
 * How each entity type looks. The colours are the ones in newsgraph.grass, so the graph browser and Neo4j
 * Browser agree; each type also has its own shape, so the view reads without colour too.
 */
export const TYPE_STYLE: Record<EntityType, { color: string; shape: NodeShape; label: string }> = {
  Person: { color: '#4C8EDA', shape: 'circle', label: 'Person' },
  Organization: { color: '#F79767', shape: 'square', label: 'Organization' },
  Location: { color: '#57C7A0', shape: 'hexagon', label: 'Location' },
  Group: { color: '#C990C0', shape: 'diamond', label: 'Group' },
  Event: { color: '#F16667', shape: 'star', label: 'Event' },
  Other: { color: '#A5ABB6', shape: 'triangle', label: 'Other' },
};

export const NODE_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** The shape's index in the node program's shader (render/node-shape-program.ts). */
export function shapeIndex(shape: NodeShape): number {
  return NODE_SHAPES.indexOf(shape);
}

export const EDGE_COLOR = '#8a94a6';
export const NEGATED_EDGE_COLOR = '#d9534f';
export const ATTRIBUTED_EDGE_COLOR = '#c58a00';
export const HIGHLIGHT_COLOR = '#ff3d00';
export const DIMMED_COLOR = '#e3e6eb';

/** Node radius in pixels at zoom 1: grows with the log of the mentions, so a hub does not swallow the view. */
export function nodeSize(mentionCount: number): number {
  return Math.min(26, 5 + 4 * Math.log2(1 + Math.max(0, mentionCount)));
}

/** Edge thickness in pixels: a confident fact is drawn bolder. */
export function edgeSize(confidence: number): number {
  return 1 + 2.5 * Math.min(1, Math.max(0, confidence));
}
