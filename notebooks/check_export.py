"""Reads `kg export` GraphML and GEXF files with networkx and prints what it found as JSON, for the export tests:
proof that the files load where analysts will open them, with the attribute values intact.

    python notebooks/check_export.py graph.graphml graph.gexf
"""

from __future__ import annotations

import json
import sys

import networkx as nx


def read(path: str):
    if path.endswith(".graphml"):
        return nx.read_graphml(path, force_multigraph=True)
    if path.endswith(".gexf"):
        return nx.read_gexf(path)
    raise SystemExit(f"check_export: {path}: expected a .graphml or .gexf file")


def main(paths: list[str]) -> int:
    found = {}
    for path in paths:
        G = read(path)
        edges = []
        for u, v, data in G.edges(data=True):
            data = dict(data)
            # Both formats carry lists as JSON strings; decoding them proves they survived the round trip.
            data["documentIds"] = json.loads(data["documentIds"])
            edges.append({"source": u, "target": v, **data})
        nodes = {n: {**d, "aliases": json.loads(d.get("aliases", "[]"))} for n, d in G.nodes(data=True)}
        found[path] = {"directed": G.is_directed(), "nodes": nodes, "edges": edges}
    json.dump(found, sys.stdout, ensure_ascii=False, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
