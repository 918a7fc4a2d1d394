"""Tests of the notebook client: a stub HTTP server plays the API, so these need no Neo4j and no newsgraph server.
With NEWSGRAPH_URL set (scripts/run-notebook.sh sets it), one more test asks the real server for too much."""

from __future__ import annotations

import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph_client import Newsgraph, NewsgraphError, to_dataframe, to_networkx


class Stub:
    """An HTTP server answering each POST with the next (status, body) of `answers`, recording the requests."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.requests = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                stub.requests.append({"body": json.loads(self.rfile.read(length)), "auth": self.headers.get("authorization")})
                status, body = stub.answers.pop(0)
                raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "text/plain" if isinstance(body, str) else "application/json")
                self.send_header("content-length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/graphql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    made = []

    def make(*answers):
        s = Stub(answers)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def error(code, message="nope", status=200):
    return (status, {"errors": [{"message": message, "extensions": {"code": code}}], "data": None})


def test_a_server_that_is_down_is_server_unavailable():
    client = Newsgraph(f"http://127.0.0.1:{free_port()}/graphql", timeout=2)
    with pytest.raises(NewsgraphError) as info:
        client.query("{ stats { entities } }")
    assert info.value.code == "SERVER_UNAVAILABLE"


def test_a_bad_api_key_is_unauthenticated(stub):
    s = stub(error("UNAUTHENTICATED", status=401))
    with pytest.raises(NewsgraphError) as info:
        Newsgraph(s.url, api_key="wrong").query("{ stats { entities } }")
    assert info.value.code == "UNAUTHENTICATED"
    assert info.value.status == 401
    assert s.requests[0]["auth"] == "Bearer wrong"


def test_a_query_over_the_limits_names_limit_exceeded(stub):
    s = stub(error("LIMIT_EXCEEDED"))
    with pytest.raises(NewsgraphError) as info:
        Newsgraph(s.url).query("{ entities(first: 100000) { nodes { id } } }")
    assert info.value.code == "LIMIT_EXCEEDED"
    assert "LIMIT_EXCEEDED" in repr(info.value)


def test_an_error_without_a_code_and_a_non_json_answer_have_codes_too(stub):
    s = stub((200, {"errors": [{"message": "x"}]}), (502, "Bad Gateway"), (200, "<html>"))
    client = Newsgraph(s.url)
    codes = []
    for _ in range(3):
        with pytest.raises(NewsgraphError) as info:
            client.query("{ stats { entities } }")
        codes.append(info.value.code)
    assert codes == ["GRAPHQL_ERROR", "HTTP_ERROR", "BAD_RESPONSE"]


def test_paginate_follows_end_cursors_until_the_last_page(stub):
    page = lambda ids, cursor, more: (200, {"data": {"entity": {"relations": {"nodes": [{"id": i} for i in ids], "pageInfo": {"endCursor": cursor, "hasNextPage": more}}}}})
    s = stub(page(["a", "b"], "c1", True), page(["c"], "c2", False))
    rows = list(Newsgraph(s.url).paginate("query($first: Int, $after: String) { ... }", {"id": "x"}, path="entity.relations", page_size=2))
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert [r["body"]["variables"] for r in s.requests] == [{"id": "x", "first": 2, "after": None}, {"id": "x", "first": 2, "after": "c1"}]


def test_paginate_refuses_a_cursor_that_does_not_move(stub):
    stuck = (200, {"data": {"c": {"nodes": [], "pageInfo": {"endCursor": None, "hasNextPage": True}}}})
    s = stub(stuck)
    with pytest.raises(NewsgraphError) as info:
        list(Newsgraph(s.url).paginate("q", path="c"))
    assert info.value.code == "BAD_RESPONSE"


RELATIONS = [
    {"id": "f1", "subject": {"id": "a", "name": "A"}, "predicate": "SUPPORTS", "object": {"id": "b", "name": "B"}, "confidence": 0.9},
    {"id": "f2", "subject": {"id": "a", "name": "A"}, "predicate": "LINKED_TO", "object": {"id": "b", "name": "B"}, "confidence": 0.5},
]


def test_to_dataframe_flattens_nested_fields():
    df = to_dataframe(RELATIONS)
    assert list(df.columns) == ["id", "subject.id", "subject.name", "predicate", "object.id", "object.name", "confidence"]
    assert len(df) == 2


def test_to_networkx_keeps_parallel_facts_apart():
    G = to_networkx({"nodes": [{"id": "a", "name": "A"}, {"id": "c", "name": "C"}], "edges": RELATIONS})
    assert sorted(G.nodes) == ["a", "b", "c"]
    assert G.number_of_edges("a", "b") == 2
    assert G.edges["a", "b", "f1"]["predicate"] == "SUPPORTS"
    assert G.nodes["b"]["name"] == "B"


@pytest.mark.skipif(not os.environ.get("NEWSGRAPH_URL"), reason="needs a running server (NEWSGRAPH_URL)")
def test_the_real_server_says_limit_exceeded():
    with pytest.raises(NewsgraphError) as info:
        Newsgraph().query("{ entities(first: 100000) { nodes { id } } }")
    assert info.value.code == "LIMIT_EXCEEDED"
