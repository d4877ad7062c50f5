"""A graph file holding text that is not text (a lone surrogate) is refused when read,
naming where, instead of failing later in a page, a picture or a widget."""

from __future__ import annotations

import json

import pytest

import graphkit as gk


def node_link(name: str, relation: str = "backs") -> dict:
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"title": "t"},
        "nodes": [{"id": "a", "name": name}, {"id": "b", "name": "B"}],
        "edges": [{"source": "a", "target": "b", "key": relation, "relation": relation}],
    }


@pytest.mark.parametrize(
    ("document", "where"),
    [
        (node_link("Tur\ud800key"), "nodes[0].name"),
        (node_link("A", relation="ba\udfffcks"), "edges[0].key"),
        ({**node_link("A"), "graph": {"title": ["x", "\ud800"]}}, "graph.title[1]"),
    ],
)
def test_a_lone_surrogate_is_refused_with_its_place(tmp_path, document, where):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # json escapes it as \ud800
    with pytest.raises(gk.DataError) as caught:
        gk.read_graph(path)
    assert f"column {where!r}" in str(caught.value)
    assert "no lone surrogates" in str(caught.value)


def test_a_graph_read_from_json_can_be_drawn(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(node_link("Türkiye \u202e")), encoding="utf-8")
    G = gk.read_graph(path)
    page = gk.html_page(G)
    assert isinstance(page, str) and "Türkiye" in page
