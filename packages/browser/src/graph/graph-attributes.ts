import type { EntityType } from '../api/types';
import type { NodeShape } from './style';

/** What each graphology node carries: the entity, and how sigma draws it. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The sigma node program (render/node-shape-program.ts draws every type). */
  type: 'shape';
  shape: NodeShape;
  entityType: EntityType;
  subtype: string | null;
  mentionCount: number;
}

/** What each graphology edge (keyed by the relation id) carries. */
export interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  /** The sigma edge program (render/edge-program.ts: curved, arrowed, dashable). */
  type: 'curved';
  curvature: number;
  /** 1 draws the edge dashed: the text denies the fact. */
  dashed: 0 | 1;
  predicate: string;
  confidence: number;
  evidenceCount: number;
  negated: boolean;
  attributedTo: { id: string; name: string } | null;
}
