"""Building the graph and its projections: signed graph, relation subgraph, snapshot, diff."""

import copy
import csv

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphkit as gk


def small(relations: list[tuple], *, actors=("a", "b", "c", "d")) -> nx.MultiDiGraph:
    actor_frame = pd.DataFrame({"id": actors, "name": [a.upper() for a in actors], "kind": "state"})
    columns = ["source", "target", "relation", "weight", "start", "end"]
    rows = [dict(zip(columns, r, strict=False)) for r in relations]
    return gk.build_graph(actor_frame, pd.DataFrame(rows, columns=columns))


def test_bundled_graph_has_the_card_examples(syria):
    assert isinstance(syria, nx.MultiDiGraph)
    assert syria.edges["turkey", "hts", "backs"]["polarity"] == 1
    assert syria.edges["israel", "iran", "warns"]["polarity"] == -1
    assert syria.edges["united_states", "sdf", "backs"]["mode"] == "material"


def test_every_bundled_relation_is_traceable(syria):
    for u, v, d in syria.edges(data=True):
        assert d["evidence"] and d["document"], (u, v, d)
    assert syria.graph["documents"]


def test_node_and_edge_attributes(syria):
    hts = syria.nodes["hts"]
    assert hts["name"] == "Hayat Tahrir al-Sham"
    assert hts["place"] is False and syria.nodes["hama"]["place"] is True
    hama = syria.edges["hts", "hama", "captures"]
    assert hama["start"] == "2024-12-05" and "end" not in hama
    assert hama["symmetric"] is False and hama["mode"] == "territorial"


def test_repeated_relation_type_gets_numbered_keys():
    G = small([("a", "b", "backs", 1, "2010", "2012"), ("a", "b", "backs", 1, "2020", "")])
    assert sorted(G["a"]["b"]) == ["backs", "backs-2"]


def test_graph_works_with_plain_networkx(syria):
    # Users hand our graphs to any networkx function, writers included.
    assert set(nx.pagerank(syria)) == set(syria)
    assert nx.has_path(syria, "abu_mohammad_al_julani", "al_qaeda")
    assert "Hayat Tahrir al-Sham" in "\n".join(nx.generate_graphml(syria))


def test_build_rejects_relation_to_unknown_actor():
    with pytest.raises(gk.DataError, match="line 2, column 'target'"):
        small([("a", "zz", "backs")])


# -- signed_graph ---------------------------------------------------------------------


def test_signed_graph_sums_polarity_times_weight_both_directions():
    G = small(
        [
            ("a", "b", "backs", 0.5),
            ("b", "a", "favours", 0.25),  # +0.75
            ("a", "c", "backs", 0.5),
            ("a", "c", "opposes", 1.0),  # -0.5
            ("a", "d", "backs", 0.5),
            ("d", "a", "warns", 0.5),  # 0: ambivalent
            ("b", "c", "leads", 1.0),  # structural: left out
        ]
    )
    S = gk.signed_graph(G)
    assert isinstance(S, nx.Graph) and not S.is_directed()
    ab, ac, ad = S.edges["a", "b"], S.edges["a", "c"], S.edges["a", "d"]
    assert (ab["sign"], ab["total"], ab["weight"]) == (1, 0.75, 0.75)
    assert (ac["sign"], ac["total"], ac["positive"], ac["negative"]) == (-1, -0.5, 0.5, -1.0)
    assert (ad["sign"], ad["ambivalent"], ad["count"]) == (0, True, 2)
    assert ac["relations"] == "backs, opposes"
    assert not S.has_edge("b", "c")


def test_signed_graph_ambivalence_survives_float_rounding():
    # 0.1 + 0.2 - 0.3 is 5.6e-17 in floating point: still a pair that cancels out.
    G = small([("a", "b", "backs", 0.1), ("b", "a", "favours", 0.2), ("a", "b", "warns", 0.3)])
    ab = gk.signed_graph(G).edges["a", "b"]
    assert (ab["sign"], ab["ambivalent"], ab["total"], ab["weight"]) == (0, True, 0.0, 0.0)


def test_signed_graph_leaves_out_places_unless_asked(syria):
    assert "hama" not in gk.signed_graph(syria)
    assert "hama" in gk.signed_graph(syria, include_places=True)


def test_signed_graph_modes():
    G = small([("a", "b", "backs"), ("a", "c", "warns")])
    assert set(gk.signed_graph(G, modes=["material"]).edges) == {("a", "b")}


# -- relation_subgraph ----------------------------------------------------------------


def test_relation_subgraph_keeps_actors_and_chosen_types(syria, graph_state):
    before = graph_state(syria)
    H = gk.relation_subgraph(syria, "warns")
    assert set(H) == set(syria)
    assert list(H.edges(keys=True)) == [("israel", "iran", "warns")]
    assert graph_state(syria) == before  # input untouched, attributes included
    # the subgraph is a graph of its own: changing it leaves the input as it was
    H.nodes["iran"]["name"] = "changed"
    H.edges["israel", "iran", "warns"]["weight"] = 99.0
    H.graph["name"] = "changed"
    assert graph_state(syria) == before


def test_relation_subgraph_unknown_type(syria):
    with pytest.raises(ValueError, match="did you mean 'backs'"):
        gk.relation_subgraph(syria, "bakcs")


# -- snapshot and diff ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("2009-12-31", {"ab"}),
        ("2010-01-01", {"ab", "ac"}),
        ("2012-12-31", {"ab", "ac"}),
        ("2013-01-01", {"ab"}),
    ],
)
def test_snapshot_respects_date_precision(at, expected):
    G = small([("a", "b", "backs"), ("a", "c", "funds", 1, "2010", "2012")])
    assert {u + v for u, v in gk.snapshot(G, at).edges()} == expected


def test_snapshot_accepts_dates_and_keeps_all_actors(syria):
    import datetime

    H = gk.snapshot(syria, datetime.date(2024, 12, 4))
    assert set(H) == set(syria)
    assert H.graph["snapshot"] == "2024-12-04"
    assert not H.has_edge("hts", "hama")


def test_snapshot_needs_a_day(syria):
    with pytest.raises(ValueError, match="single day"):
        gk.snapshot(syria, "2024-12")


def test_diff_gained_lost_changed():
    before = small([("a", "b", "backs", 0.5), ("a", "c", "warns")])
    after = small([("a", "b", "backs", 0.8), ("a", "d", "funds")])
    changes = gk.diff(before, after)
    assert list(zip(changes["change"], changes["target"], strict=True)) == [
        ("changed", "b"),
        ("gained", "d"),
        ("lost", "c"),
    ]
    assert changes.loc[0, "changes"] == "weight: 0.5 -> 0.8"


def test_diff_reports_pairs_whose_sign_flipped():
    before = small([("a", "b", "backs", 0.5), ("a", "c", "backs")])
    after = small([("a", "b", "backs", 0.5), ("a", "b", "opposes", 1.0), ("a", "c", "backs")])
    changes = gk.diff(before, after)
    assert list(zip(changes["change"], changes["relation"], strict=True)) == [
        ("flipped", "backs, opposes"),
        ("gained", "opposes"),
    ]
    flipped = changes.iloc[0]
    assert (flipped["source"], flipped["target"], flipped["polarity"]) == ("a", "b", -1)
    assert flipped["changes"] == "sign: 1 -> -1 (net 0.5 -> -0.5)"


def test_diff_of_identical_graphs_is_empty(syria):
    assert gk.diff(syria, syria.copy()).empty


def test_signed_graph_keeps_edges_without_mode():
    # A graph from elsewhere with polarity but no mode: every relation counts.
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", polarity=-1)
    G.add_edge("b", "c", polarity=1, weight=0.5)
    S = gk.signed_graph(G)
    assert S.edges["a", "b"]["sign"] == -1 and S.edges["b", "c"]["total"] == 0.5
    # camps named after their member of largest signed weight: b (1 + 0.5) and a (1)
    assert gk.camps(G) == {"a": "a", "b": "b", "c": "b"}


def test_snapshot_accepts_date_objects_as_attributes():
    import datetime

    G = nx.MultiDiGraph()
    G.add_edge("a", "b", start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31))
    assert gk.snapshot(G, "2020-06-01").number_of_edges() == 1
    assert gk.snapshot(G, "2021-06-01").number_of_edges() == 0


# -- the vectorised build makes the graph a row-by-row build makes --------------------


def reference_graph(actors_csv, relations_csv, vocabulary) -> nx.MultiDiGraph:
    """The graph built the plain way: csv module, one row at a time, ``add_edge``."""
    with open(actors_csv, encoding="utf-8", newline="") as handle:
        actor_rows = list(csv.DictReader(handle))
    with open(relations_csv, encoding="utf-8", newline="") as handle:
        relation_rows = list(csv.DictReader(handle))
    documents = []
    for row in relation_rows:
        if row.get("document") and row["document"] not in documents:
            documents.append(row["document"])
    G = nx.MultiDiGraph(
        name="", title="", documents="\n".join(documents), **vocabulary.to_graph_attributes()
    )
    order = ["name", "kind", "aliases", "country", "description"]
    for row in actor_rows:
        columns = order + [c for c in row if c not in order and c != "id"]
        attrs = {c: row[c] for c in columns if row.get(c)}
        attrs["place"] = vocabulary.kind(row["kind"]).place
        G.add_node(row["id"], **attrs)
    known = ["start", "end", "evidence", "document", "reported"]
    seen: dict[tuple, int] = {}
    for row in relation_rows:
        kind = vocabulary.relation(row["relation"])
        attrs = {"relation": row["relation"], "weight": float(row.get("weight") or 1)}
        extras = [c for c in row if c not in {"source", "target", "relation", "weight", *known}]
        attrs.update({c: row[c] for c in known + extras if row.get(c)})
        attrs.update(polarity=kind.polarity, mode=kind.mode, symmetric=kind.symmetric)
        triple = (row["source"], row["target"], row["relation"])
        seen[triple] = seen.get(triple, 0) + 1
        key = row["relation"] if seen[triple] == 1 else f"{row['relation']}-{seen[triple]}"
        G.add_edge(row["source"], row["target"], key=key, **attrs)
    return G


def everything(G: nx.MultiDiGraph):
    """All a graph holds, in its own order, attribute order included."""
    return (
        list(G.graph.items()),
        [(n, list(d.items())) for n, d in G.nodes(data=True)],
        [(u, v, k, list(d.items())) for u, v, k, d in G.edges(keys=True, data=True)],
        [(v, u, k) for v, u, k in G.in_edges(keys=True)],
    )


def random_tables(tmp_path, seed: int, rows: int = 3_000):
    rng = np.random.default_rng(seed)
    vocabulary = gk.default_vocabulary()
    kinds, relations = vocabulary.kind_names(), vocabulary.relation_names()
    ids = [f"a{i}" for i in range(60)]
    maybe = lambda values: [v if rng.random() < 0.7 else "" for v in values]  # noqa: E731
    actors = pd.DataFrame(
        {
            "id": ids,
            "name": [f"Actor {i}" for i in range(60)],
            "kind": [kinds[i] for i in rng.integers(len(kinds), size=60)],
            "founded": maybe([str(y) for y in rng.integers(1900, 2020, size=60)]),
            "country": maybe(["TUR"] * 60),
        }
    )
    source = rng.integers(60, size=rows)
    target = (source + rng.integers(1, 60, size=rows)) % 60
    frame = pd.DataFrame(
        {
            "source": [ids[i] for i in source],
            "target": [ids[i] for i in target],
            "relation": [relations[i] for i in rng.integers(0, 6, size=rows)],
            "weight": maybe([f"{w:.2f}" for w in rng.uniform(0.05, 1, size=rows)]),
            "start": maybe([str(y) for y in rng.integers(1990, 2000, size=rows)]),
            "evidence": maybe([f"said {i}" for i in range(rows)]),
            "document": maybe([f"doc {i % 40}" for i in range(rows)]),
            "confidence": maybe(["high", "low"] * (rows // 2)),
        }
    )
    actors_csv, relations_csv = tmp_path / "actors.csv", tmp_path / "relations.csv"
    actors.to_csv(actors_csv, index=False)
    frame.to_csv(relations_csv, index=False)
    return actors_csv, relations_csv, vocabulary


@pytest.mark.parametrize("seed", [0, 1])
def test_build_makes_the_graph_a_row_by_row_build_makes(tmp_path, seed):
    actors_csv, relations_csv, vocabulary = random_tables(tmp_path, seed)
    G = gk.build_graph(actors_csv, relations_csv)
    reference = reference_graph(actors_csv, relations_csv, vocabulary)
    assert everything(G) == everything(reference)
    assert max(len(keys) for _, nbrs in G.adj.items() for keys in nbrs.values()) > 2
    # One dict of keys per pair, shared by both directions, as networkx keeps it.
    for u, v in G.edges():
        assert G._succ[u][v] is G._pred[v][u]
    H = G.copy()
    H.remove_edge(*next(iter(G.edges(keys=True))))
    assert H.number_of_edges() == G.number_of_edges() - 1


def test_the_bundled_dataset_is_the_graph_a_row_by_row_build_makes(syria):
    # load_dataset's graph (the doctests' Syria values start here) from its CSV files
    # read with the csv module; only the name and title come from the catalogue
    from graphkit.datasets import data_path

    reference = reference_graph(
        data_path("actors.csv"), data_path("relations.csv"), gk.default_vocabulary()
    )
    reference.graph.update(name=syria.graph["name"], title=syria.graph["title"])
    assert everything(syria) == everything(reference)


def test_dataframe_extra_numbers_stay_numbers_csv_extras_stay_text(tmp_path):
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state", "size": [3, 4]})
    relations = pd.DataFrame(
        {
            "source": ["a", "a", "b"],
            "target": ["b", "b", "a"],
            "relation": ["backs", "backs", "opposes"],
            "events": [12, 3, 7],
            "goldstein": [4.5, np.nan, -10.0],
            "verified": [True, False, True],
            "note": ["x", None, "z"],
        }
    )
    G = gk.build_graph(actors, relations)
    first, second = G.edges["a", "b", "backs"], G.edges["a", "b", "backs-2"]
    assert first["events"] == 12 and type(first["events"]) is int
    assert first["goldstein"] == 4.5 and "goldstein" not in second
    assert first["verified"] is True and second["verified"] is False
    assert G.nodes["a"]["size"] == 3 and "note" not in second
    relations.to_csv(tmp_path / "r.csv", index=False)
    actors.to_csv(tmp_path / "a.csv", index=False)
    from_csv = gk.build_graph(tmp_path / "a.csv", tmp_path / "r.csv")
    assert from_csv.edges["a", "b", "backs"]["events"] == "12"
    assert from_csv.edges["a", "b", "backs"]["goldstein"] == "4.5"


def test_build_leaves_its_dataframes_as_they_were():
    actors = pd.DataFrame(
        {
            "id": [" a", "b"],  # spaces around values are ignored by the build, not removed
            "name": ["A", "B"],
            "kind": "state",
            "size": [3, np.nan],
        }
    )
    relations = pd.DataFrame(
        {
            "source": ["a", "a", "b"],
            "target": ["b", "b", "a"],
            "relation": ["backs", "backs", "opposes"],
            "weight": [0.5, None, 1],
            "start": ["2020", "", "2021-03"],
            "note": ["x", None, "z"],
        },
        index=[10, 5, 7],  # an index of its own, not 0..n-1
    )
    relations.attrs["policy"] = {"dataset": "GDELT 2.0", "fates": {"relation": 1}}
    copies = [copy.deepcopy(actors), copy.deepcopy(relations)]
    G = gk.build_graph(actors, relations)
    assert G.number_of_edges() == 3
    for frame, before in zip((actors, relations), copies, strict=True):
        pd.testing.assert_frame_equal(frame, before, check_exact=True)
        assert frame.attrs == before.attrs
    assert list(relations.index) == [10, 5, 7] and actors.loc[0, "id"] == " a"


def test_an_aggregation_policy_travels_into_the_graph():
    # aggregate_events leaves its policy in attrs; the graph keeps it as JSON text
    import json

    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["backs"]})
    relations.attrs["policy"] = {"dataset": "GDELT 2.0", "period": "M", "fates": {"relation": 1}}
    G = gk.build_graph(actors, relations)
    assert json.loads(G.graph["event_policy"]) == relations.attrs["policy"]
    relations.attrs.clear()
    assert "event_policy" not in gk.build_graph(actors, relations).graph
