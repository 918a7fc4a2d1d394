"""A small client for the newsgraph GraphQL API, for notebooks.

    from newsgraph_client import Newsgraph
    ng = Newsgraph()                                  # NEWSGRAPH_URL, default http://127.0.0.1:4000/graphql
    ng.query("{ stats { entities relations } }")
    rows = list(ng.paginate(QUERY, {"id": "location-turkey"}, path="entity.relations"))
    df = to_dataframe(rows)                           # one row per relation, nested fields flattened
    G = to_networkx(ng.query(NEIGHBORHOOD)["neighborhood"])

Every failure is a NewsgraphError with a stable `code`: the GraphQL error code the server sent (LIMIT_EXCEEDED,
UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT, DATABASE_UNAVAILABLE, ...), or one of the client's own:
SERVER_UNAVAILABLE (nothing listening, timeout), HTTP_ERROR (a non-GraphQL HTTP failure), BAD_RESPONSE (not JSON).
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

import requests

DEFAULT_URL = "http://127.0.0.1:4000/graphql"


class NewsgraphError(Exception):
    """A failed request. Branch on `code`, never on the message; `errors` holds the server's GraphQL errors."""

    def __init__(self, code: str, message: str, errors: list[dict] | None = None, status: int | None = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.errors = errors or []
        self.status = status

    def __repr__(self) -> str:
        return f"NewsgraphError(code={self.code!r}, message={self.message!r})"


def _dig(data: Any, path: str) -> Any:
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            raise NewsgraphError("BAD_RESPONSE", f"the answer has no {path!r} (stopped at {key!r})")
        data = data[key]
    return data


class Newsgraph:
    """A connection to one newsgraph server. `api_key` (or NEWSGRAPH_API_KEY) is sent as a bearer token."""

    def __init__(self, url: str | None = None, api_key: str | None = None, timeout: float = 30.0):
        self.url = url or os.environ.get("NEWSGRAPH_URL") or DEFAULT_URL
        self.api_key = api_key if api_key is not None else os.environ.get("NEWSGRAPH_API_KEY")
        self.timeout = timeout
        self.session = requests.Session()

    def query(self, query: str, variables: dict | None = None) -> dict:
        """Runs one GraphQL request and returns its `data`; any error in the answer raises NewsgraphError."""
        headers = {"content-type": "application/json", "accept": "application/json"}
        if self.api_key:
            headers["authorization"] = f"Bearer {self.api_key}"
        try:
            res = self.session.post(self.url, json={"query": query, "variables": variables or {}}, headers=headers, timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout) as err:
            raise NewsgraphError("SERVER_UNAVAILABLE", f"no newsgraph server answered at {self.url}: start one with `npx kg serve` or set NEWSGRAPH_URL ({err.__class__.__name__})") from err
        try:
            body = res.json()
        except ValueError:
            if res.status_code >= 400:
                raise NewsgraphError("HTTP_ERROR", f"HTTP {res.status_code} from {self.url}: {res.text[:200]}", status=res.status_code) from None
            raise NewsgraphError("BAD_RESPONSE", f"expected JSON from {self.url}, got {res.headers.get('content-type')!r}: {res.text[:200]}", status=res.status_code) from None
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors:
            first = errors[0]
            code = (first.get("extensions") or {}).get("code") or "GRAPHQL_ERROR"
            raise NewsgraphError(code, first.get("message", ""), errors=errors, status=res.status_code)
        if res.status_code >= 400 or not isinstance(body, dict) or "data" not in body:
            raise NewsgraphError("HTTP_ERROR", f"HTTP {res.status_code} from {self.url} without a GraphQL answer", status=res.status_code)
        return body["data"]

    def paginate(self, query: str, variables: dict | None = None, *, path: str, page_size: int = 100, max_pages: int | None = None) -> Iterator[dict]:
        """Yields every node of the connection at `path` (e.g. "entity.relations"), page after page.

        The query must declare `$first: Int` and `$after: String`, pass them to the connection, and select
        `pageInfo { endCursor hasNextPage }` and `nodes { ... }` (or `edges { node { ... } }`).
        """
        after = None
        pages = 0
        while True:
            data = self.query(query, {**(variables or {}), "first": page_size, "after": after})
            conn = _dig(data, path)
            if conn is None:
                return
            nodes = conn["nodes"] if "nodes" in conn else [e["node"] for e in conn.get("edges", [])]
            yield from nodes
            pages += 1
            info = conn.get("pageInfo") or {}
            if not info.get("hasNextPage") or (max_pages is not None and pages >= max_pages):
                return
            if info.get("endCursor") in (None, after):
                raise NewsgraphError("BAD_RESPONSE", f"{path}: hasNextPage without a new endCursor; select pageInfo {{ endCursor hasNextPage }}")
            after = info["endCursor"]


def _flatten(row: dict, prefix: str = "") -> dict:
    flat: dict = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def to_dataframe(rows: Iterable[dict]):
    """A pandas DataFrame with one row per item; nested objects become dotted columns (`subject.name`)."""
    import pandas as pd

    return pd.DataFrame([_flatten(r) for r in rows])


def to_networkx(subgraph: dict | Iterable[dict], nodes: Iterable[dict] = ()):
    """A networkx MultiDiGraph from a Subgraph (`{nodes, edges}`) or from a list of relations.

    Nodes are keyed by entity id with every selected scalar field as an attribute; each relation becomes an edge
    keyed by its id (when selected), so parallel facts between two entities stay apart.
    """
    import networkx as nx

    if isinstance(subgraph, dict):
        nodes, edges = subgraph.get("nodes") or [], subgraph.get("edges") or []
    else:
        edges = list(subgraph)
    G = nx.MultiDiGraph()
    for n in nodes:
        G.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for e in edges:
        s, o = e["subject"], e["object"]
        for end in (s, o):
            if end["id"] not in G:
                G.add_node(end["id"], **{k: v for k, v in end.items() if k != "id"})
        attrs = {k: v for k, v in e.items() if k not in ("subject", "object")}
        G.add_edge(s["id"], o["id"], key=e.get("id"), **attrs)
    return G
