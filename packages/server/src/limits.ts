/** The hard caps on what one request may ask for. Asking for more is LIMIT_EXCEEDED, never a silent cut. */
export interface Limits {
  /** `first` on any connection or list. */
  page: number;
  /** `first` on `search`. */
  search: number;
  /** `first` on `Relation.evidence`. */
  evidence: number;
  /** `depth` of `neighborhood`. */
  depth: number;
  /** `limit` of `neighborhood`. */
  neighborhoodEdges: number;
  /** `maxLength` of `paths`. */
  pathLength: number;
  /** `limit` of `paths`. */
  paths: number;
  /** Number of `ids` of `subgraph`. */
  subgraphIds: number;
  /** `limit` of `subgraph`. */
  subgraphEdges: number;
  /** `predicates` list length. */
  predicates: number;
}

export const DEFAULT_LIMITS: Limits = {
  page: 500,
  search: 100,
  evidence: 100,
  depth: 3,
  neighborhoodEdges: 2000,
  pathLength: 6,
  paths: 50,
  subgraphIds: 500,
  subgraphEdges: 5000,
  predicates: 50,
};
