"""GraphML, GEXF and node-link JSON: written whole, read back with no attribute lost."""

import networkx as nx
import pytest

import graphkit as gk


def assert_same_graph(G, H):
    assert type(H) is type(G)
    assert H.graph == G.graph
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    if G.is_multigraph():
        assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))
    else:
        assert {frozenset(e[:2]): e[2] for e in H.edges(data=True)} == {
            frozenset(e[:2]): e[2] for e in G.edges(data=True)
        }


@pytest.mark.parametrize("ext", ["graphml", "gexf", "json"])
def test_round_trip_bundled_graph(tmp_path, syria, ext):
    path = gk.write_graph(syria, tmp_path / f"syria.{ext}")
    assert_same_graph(syria, gk.read_graph(path))


@pytest.mark.parametrize("ext", ["graphml", "gexf", "json"])
def test_round_trip_snapshot_and_signed_graph(tmp_path, syria, ext):
    snap = gk.snapshot(syria, "2024-12-04")
    assert_same_graph(snap, gk.read_graph(gk.write_graph(snap, tmp_path / f"snap.{ext}")))
    signed = gk.signed_graph(syria)
    assert_same_graph(signed, gk.read_graph(gk.write_graph(signed, tmp_path / f"s.{ext}")))


def test_unknown_extension(tmp_path, syria):
    with pytest.raises(ValueError, match=r"\.graphml, \.gexf, \.json"):
        gk.write_graph(syria, tmp_path / "g.xlsx")


def test_failed_write_leaves_previous_file_untouched(tmp_path, syria):
    path = tmp_path / "g.graphml"
    path.write_text("previous")
    bad = syria.copy()
    bad.nodes["hts"]["tags"] = ["a", "list"]  # GraphML cannot hold lists
    with pytest.raises(nx.NetworkXError):
        gk.write_graph(bad, path)
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
