"""GraphML, GEXF and node-link JSON: the format follows the extension, every graph type and
attribute comes back exactly, and what a format cannot hold is refused with one clear error
before anything is written."""

import calendar
import datetime as dt
import json
import math
import xml.etree.ElementTree as ET

import networkx as nx
import numpy as np
import pytest

import graphkit as gk
from graphkit import GraphWriteError

FORMATS = ["graphml", "gexf", "json"]


def assert_same_graph(G, H):
    """Same class, graph, nodes (in order) and edges with keys and attributes, types too."""
    assert type(H) is type(G)
    assert H.graph == G.graph
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    if G.is_multigraph():
        assert sorted(H.edges(keys=True, data=True), key=repr) == sorted(
            G.edges(keys=True, data=True), key=repr
        )
    elif G.is_directed():
        assert sorted(H.edges(data=True), key=repr) == sorted(G.edges(data=True), key=repr)
    else:
        assert {frozenset(e[:2]): e[2] for e in H.edges(data=True)} == {
            frozenset(e[:2]): e[2] for e in G.edges(data=True)
        }
    for (_, a), (_, b) in zip(G.nodes(data=True), H.nodes(data=True), strict=True):
        assert {k: type(v) for k, v in a.items()} == {k: type(v) for k, v in b.items()}


def round_trip(G, tmp_path, fmt):
    return gk.read_graph(gk.write_graph(G, tmp_path / f"g.{fmt}"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_bundled_graph(tmp_path, syria, fmt):
    assert_same_graph(syria, round_trip(syria, tmp_path, fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_snapshot_and_signed_graph(tmp_path, syria, fmt):
    snap = gk.snapshot(syria, "2024-12-04")
    assert_same_graph(snap, gk.read_graph(gk.write_graph(snap, tmp_path / f"snap.{fmt}")))
    signed = gk.signed_graph(syria)
    assert_same_graph(signed, gk.read_graph(gk.write_graph(signed, tmp_path / f"s.{fmt}")))


def _graphs():
    def multidi_parallel():
        G = nx.MultiDiGraph()
        G.add_edge("a", "b", key="backs", weight=1.0)
        G.add_edge("a", "b", key="backs-2", weight=0.5)
        G.add_edge("b", "c", key="opposes")
        return G

    def multidi_no_parallel():
        return nx.MultiDiGraph([("a", "b", "backs", {"w": 1}), ("b", "a", "backs", {"w": 2})])

    def multidi_no_edges():
        G = nx.MultiDiGraph(name="actors only")
        G.add_nodes_from([("a", {"name": "A"}), ("b", {"name": "B"})])
        return G

    def multigraph_int_keys():
        G = nx.MultiGraph()
        G.add_edge("a", "b")
        G.add_edge("a", "b")
        G.add_edge("b", "c", sign=-1)
        return G

    return {
        "MultiDiGraph with parallel edges": multidi_parallel,
        "MultiDiGraph without parallel edges": multidi_no_parallel,
        "MultiDiGraph with actors and no relations": multidi_no_edges,
        "MultiDiGraph with nothing": nx.MultiDiGraph,
        "MultiGraph with integer keys": multigraph_int_keys,
        "DiGraph": lambda: nx.DiGraph([("a", "b", {"sign": 1}), ("b", "a", {"sign": -1})]),
        "Graph": lambda: nx.Graph([("a", "b", {"sign": 1}), ("c", "b", {"sign": -1})]),
        "Graph with no edges": lambda: nx.Graph(name="empty"),
        "graphkit graph with no parallel relations": lambda: nx.MultiDiGraph(
            gk.relation_subgraph(gk.load_dataset(), ["backs"])
        ),
    }


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(_graphs()))
def test_round_trip_keeps_graph_type_and_keys(tmp_path, fmt, kind):
    G = _graphs()[kind]()
    H = round_trip(G, tmp_path, fmt)
    assert_same_graph(G, H)


@pytest.mark.parametrize("fmt", FORMATS)
def test_snapshot_and_diff_work_on_what_a_round_trip_gives(tmp_path, syria, fmt):
    backs = nx.MultiDiGraph(gk.relation_subgraph(syria, ["backs", "opposes"]))
    H = round_trip(backs, tmp_path, fmt)
    assert gk.diff(gk.snapshot(H, "2024-12-07"), gk.snapshot(backs, "2024-12-07")).empty


def awkward_text():
    return "tab\there, new\nline, cr\r\nlf, <b>&amp;</b> \"quoted\" 'x' ]]> é 中文 \u202e  "


@pytest.mark.parametrize("fmt", FORMATS)
def test_attribute_values_come_back_with_their_types(tmp_path, fmt):
    G = nx.MultiDiGraph(title=awkward_text(), year=2024, ratio=0.1, flag=True)
    G.add_node("a b", name=awkward_text(), big=2**70, small=-(2**40), ratio=1 / 3)
    G.add_node("<c&d>", name="", flag=False, count=0, leading="  spaced  ")
    G.add_edge("a b", "<c&d>", key="k 1", weight=1, note=awkward_text())
    G.add_edge("a b", "<c&d>", key="k 2", weight=0.5, note="")  # weight: int and float
    H = round_trip(G, tmp_path, fmt)
    assert_same_graph(G, H)
    assert type(H.edges["a b", "<c&d>", "k 1"]["weight"]) is int
    assert type(H.edges["a b", "<c&d>", "k 2"]["weight"]) is float


@pytest.mark.parametrize("fmt", FORMATS)
def test_numpy_scalars_are_written_as_the_numbers_they_equal(tmp_path, fmt):
    G = nx.DiGraph()
    G.add_node("a", degree=np.int64(3), score=np.float32(0.1), flag=np.bool_(True))
    G.add_edge("a", "b", weight=np.float64(0.25), count=np.uint8(7))
    H = round_trip(G, tmp_path, fmt)
    a = H.nodes["a"]
    assert (a["degree"], a["score"], a["flag"]) == (3, float(np.float32(0.1)), True)
    assert (type(a["degree"]), type(a["score"]), type(a["flag"])) == (int, float, bool)
    assert H.edges["a", "b"] == {"weight": 0.25, "count": 7}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_non_finite_floats_round_trip_in_xml(tmp_path, fmt):
    G = nx.Graph()
    G.add_node("a", x=float("nan"), y=float("inf"), z=float("-inf"))
    a = round_trip(G, tmp_path, fmt).nodes["a"]
    assert math.isnan(a["x"]) and a["y"] == math.inf and a["z"] == -math.inf


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize(
    ("value", "kind"),
    [(["a", "list"], "list"), ({"a": 1}, "dict"), (None, "None"), (dt.date(2024, 12, 7), "date")],
)
def test_xml_formats_refuse_what_they_cannot_hold(tmp_path, fmt, value, kind):
    path = tmp_path / f"g.{fmt}"
    path.write_text("previous")
    G = nx.MultiDiGraph()
    G.add_node("hts", tags=value)
    G.add_edge("turkey", "hts", key="backs", when=value)
    G.add_edge("iran", "hts", key="opposes", when=value)
    with pytest.raises(GraphWriteError) as info:
        gk.write_graph(G, path)
    message = str(info.value)
    name = {"graphml": "GraphML", "gexf": "GEXF"}[fmt]
    assert message.startswith(f"cannot write {name}: 2 problems")
    assert "node 'hts', attribute 'tags'" in message
    assert "edge ('turkey', 'hts', 'backs') and 1 other edge, attribute 'when'" in message
    assert isinstance(info.value, gk.DataError)
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_json_holds_lists_dicts_and_none(tmp_path):
    G = nx.Graph()
    G.add_node("a", tags=["x", 1, None], meta={"k": [1.5, {"deep": True}]}, gone=None)
    assert_same_graph(G, round_trip(G, tmp_path, "json"))


@pytest.mark.parametrize(
    "value",
    [dt.date(2024, 1, 1), ("a", "b"), {"a"}, float("nan"), float("inf"), {1: "int key"}, b"x"],
)
def test_json_refuses_what_it_cannot_hold(tmp_path, value):
    G = nx.Graph([("a", "b", {"value": value})])
    with pytest.raises(GraphWriteError, match=r"edge \('a', 'b'\), attribute 'value'"):
        gk.write_graph(G, tmp_path / "g.json")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        (nx.Graph([("a", "b")], **{"graphkit.format": "x"}), "the graph, attribute"),
        (nx.Graph([(1, "1")]), "node ids whose text differs"),
        (nx.Graph([(("a", 1), "b")]), "node ids that are text or whole numbers"),
        (nx.MultiGraph([("a", "b", 0), ("a", "b", "x")]), "all text or all whole numbers"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_ids_keys_and_reserved_names_are_checked(tmp_path, fmt, graph, message):
    with pytest.raises(GraphWriteError, match=message):
        gk.write_graph(graph, tmp_path / f"g.{fmt}")


@pytest.mark.parametrize(
    ("where", "character"), [(w, c) for w in ("node", "edge", "id") for c in "\x00\x07\x0b\x1b"]
)
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_control_characters_are_refused_by_xml_writers(tmp_path, fmt, where, character):
    G = nx.MultiDiGraph()
    text = f"Hama{character}"
    if where == "node":
        G.add_node("hama", name=text)
    elif where == "edge":
        G.add_edge("hts", "hama", key="captures", evidence=text)
    else:
        G.add_node(text)
    with pytest.raises(GraphWriteError, match=rf"U\+{ord(character):04X}") as info:
        gk.write_graph(G, tmp_path / f"g.{fmt}")
    assert repr(text)[1:-1] in str(info.value) or where == "id"
    assert not list(tmp_path.iterdir())


def test_control_characters_round_trip_in_json(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("hts\x1b", "hama", key="captures", evidence="NUL\x00 BEL\x07 VT\x0b ESC\x1b")
    assert_same_graph(G, round_trip(G, tmp_path, "json"))


@pytest.mark.parametrize("multigraph", [True, False])
@pytest.mark.parametrize("fmt", FORMATS)
def test_edge_attribute_named_id_is_kept_and_gexf_stays_valid(tmp_path, fmt, multigraph):
    G = nx.MultiDiGraph() if multigraph else nx.DiGraph()
    G.add_edge("a", "b", id="same")
    G.add_edge("b", "c", id="same")
    G.add_edge("c", "a", id=7, label="a label", start="soon", type="custom", weight="heavy")
    path = gk.write_graph(G, tmp_path / f"g.{fmt}")
    assert_same_graph(G, gk.read_graph(path))
    if fmt == "gexf":
        ids = [e.get("id") for e in ET.parse(path).iter() if e.tag.endswith("}edge")]
        assert len(ids) == 3 == len(set(ids))


def test_gexf_is_gephi_gexf_with_time_bounds_and_no_date(tmp_path, syria):
    path = gk.write_graph(syria, tmp_path / "g.gexf")
    root = ET.parse(path).getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    assert root.tag == "{http://www.gexf.net/1.2draft}gexf"
    graph = root.find("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed" and graph.get("timeformat") == "date"
    nodes = {n.get("id"): n for n in graph.iterfind("g:nodes/g:node", ns)}
    assert nodes["hts"].get("label") == "Hayat Tahrir al-Sham"
    bounds = [(e.get("start"), e.get("end")) for e in graph.iterfind("g:edges/g:edge", ns)]
    starts = {s for s, _ in bounds if s}
    assert starts and all(len(s) == 10 and s.isascii() for s in starts)
    text = path.read_text()
    assert dt.date.today().isoformat() not in text and "lastmodifieddate" not in text


def test_gexf_time_bounds_span_partial_dates(tmp_path):
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="k", start="2024-02", end="2016")  # ends before it starts
    G.add_edge("a", "c", key="k", start="2016", end="2024-02")
    root = ET.parse(gk.write_graph(G, tmp_path / "g.gexf")).getroot()
    edges = [e for e in root.iter() if e.tag.endswith("}edge")]
    assert (edges[0].get("start"), edges[0].get("end")) == (None, None)
    assert (edges[1].get("start"), edges[1].get("end")) == ("2016-01-01", "2024-02-29")


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_graph_same_bytes(tmp_path, syria, fmt):
    first = gk.write_graph(syria, tmp_path / f"a.{fmt}").read_bytes()
    second = gk.write_graph(gk.load_dataset(), tmp_path / f"b.{fmt}").read_bytes()
    assert first == second


@pytest.mark.parametrize(
    ("name", "root"),
    [("g.gexf", "gexf"), ("g.GRAPHML", "graphml")],
)
def test_the_format_follows_the_extension(tmp_path, syria, name, root):
    path = gk.write_graph(syria, tmp_path / name)
    assert ET.parse(path).getroot().tag.endswith("}" + root)
    json_path = gk.write_graph(syria, tmp_path / "g.json")
    assert json.loads(json_path.read_text())["multigraph"] is True


def test_a_format_that_contradicts_the_extension_is_refused(tmp_path, syria):
    with pytest.raises(ValueError, match=r"ends in \.graphml, which is GraphML.*json"):
        gk.write_graph(syria, tmp_path / "g.graphml", format="json")
    with pytest.raises(ValueError, match=r"\.graphml, \.gexf, \.json"):
        gk.write_graph(syria, tmp_path / "g.xlsx")
    assert not list(tmp_path.iterdir())
    path = gk.write_graph(syria, tmp_path / "g.xml", format="gexf")
    assert_same_graph(syria, gk.read_graph(path, format="gexf"))


@pytest.mark.parametrize("edges", ["links", "edges"])
def test_node_link_json_with_links_or_edges_and_ids_as_text(tmp_path, edges):
    G = nx.MultiDiGraph()
    G.add_edge(1, 2, key="k", sign=-1)
    G.add_node(3, name="three")
    path = tmp_path / "d3.json"
    path.write_text(json.dumps(nx.node_link_data(G, edges=edges)))
    H = gk.read_graph(path)
    assert isinstance(H, nx.MultiDiGraph)
    assert list(H.nodes) == ["1", "2", "3"]
    assert list(H.edges(keys=True, data=True)) == [("1", "2", "k", {"sign": -1})]


def test_d3_json_without_flags(tmp_path):
    path = tmp_path / "d3.json"
    path.write_text(
        json.dumps(
            {
                "nodes": [{"id": "a"}, {"id": "b"}],
                "links": [{"source": "a", "target": "b", "value": 3}],
            }
        )
    )
    H = gk.read_graph(path)
    assert H.edges["a", "b", 0] == {"value": 3}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("g.graphml", "<graphml><graph>\n<node id='a'\x07/></graph></graphml>", "line 2"),
        ("g.gexf", "<gexf><graph><nodes>", "well-formed XML"),
        ("g.json", '{"nodes": [\n  {"id": "a"},\n]}', "line 3"),
        ("g.json", '{"vertices": []}', "'nodes' and 'edges' (or 'links')"),
        ("g.json", '{"nodes": [{"name": "no id"}], "edges": [{"source": "a"}]}', "nodes[0]"),
    ],
)
def test_unreadable_files_are_a_located_data_error(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(gk.DataError) as info:
        gk.read_graph(path)
    assert expected in str(info.value) and name in str(info.value)


def test_json_ids_that_collide_as_text_are_refused(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"nodes": [{"id": 1}, {"id": "1"}], "edges": []}))
    with pytest.raises(gk.DataError, match="distinct as text"):
        gk.read_graph(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_files_from_networkx_itself_are_read(tmp_path, fmt):
    G = nx.DiGraph([("a", "b", {"weight": 2.0})])
    G.nodes["a"]["name"] = "A"
    path = tmp_path / f"nx.{fmt}"
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(G, path)
    H = gk.read_graph(path)
    assert H.is_directed() and H.nodes["a"]["name"] == "A"
    assert H.edges["a", "b"]["weight"] == 2.0


def test_node_link_json_nested_too_deeply_is_a_data_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(gk.DataError, match=r"deep\.json.*nested less deeply"):
        gk.read_graph(path)


def test_node_link_edges_must_name_listed_nodes(tmp_path):
    path = tmp_path / "g.json"
    data = {
        "directed": True,
        "multigraph": False,
        "nodes": [{"id": "a"}, {"id": "b"}],
        "edges": [{"source": "a", "target": "b"}, {"source": "a", "target": "zz"}],
    }
    path.write_text(json.dumps(data))
    with pytest.raises(gk.DataError) as caught:
        gk.read_graph(path)
    assert len(caught.value.problems) == 1
    assert "edges[1].target" in str(caught.value) and "'zz'" in str(caught.value)
    path.write_text(json.dumps({**data, "nodes": {"a": 1}}))
    with pytest.raises(gk.DataError, match="an object with 'nodes'"):
        gk.read_graph(path)


# -- graphkit -> networkx: the files graphkit writes are read by networkx's own readers --


def _networkx_reads(G, tmp_path, fmt):
    path = gk.write_graph(G, tmp_path / f"g.{fmt}")
    return (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)


def _as_networkx_reads_it(G) -> type:
    """networkx reads a multigraph file as a multigraph only if it has parallel edges (its
    own files too: checked below against networkx's own writer)."""
    if not G.is_multigraph() or any(len(keys) > 1 for _, _, keys in _pairs(G)):
        return type(G)
    return nx.DiGraph if G.is_directed() else nx.Graph


def _pairs(G):
    return ((u, v, keys) for u, nbrs in G.adj.items() for v, keys in nbrs.items())


def _with_types(d: dict) -> dict:
    return {k: (type(v), v) for k, v in d.items()}


def _edges_by_id(H, data) -> dict:
    """``{edge: data(u, v, k, d)}``, an edge named (u, v, k) in a multigraph, (u, v) in a
    directed graph, {u, v} in an undirected one."""
    if H.is_multigraph():
        edges = H.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in H.edges(data=True))
    out = {}
    for u, v, k, d in edges:
        pair = (u, v) if H.is_directed() else frozenset((u, v))
        out[(*pair, k) if H.is_multigraph() else pair] = _with_types(data(u, v, k, d))
    return out


def _day(value: str, end: bool) -> str:
    """A partial ISO date's first (or last) day, by hand: the GEXF time bounds."""
    parts = value.split("-")
    if len(parts) == 3:
        return value
    year = int(parts[0])
    month = int(parts[1]) if len(parts) == 2 else (12 if end else 1)
    day = calendar.monthrange(year, month)[1] if end else 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def _for_networkx():
    """The graphkit graphs and plain graphs networkx must read back."""
    dated = nx.MultiDiGraph()
    dated.add_node("a", name="A", founded=1990, ratio=0.25, place=False)
    dated.add_node("b")  # no name: the GEXF label is the id
    dated.add_edge("a", "b", key="backs", relation="backs", weight=1, start="2020-02")
    dated.add_edge("a", "b", key="backs-2", relation="backs", weight=0.5, end="2021")
    dated.add_edge("b", "a", key="opposes", relation="opposes", note=awkward_text())
    return {
        "bundled graphkit graph": gk.load_dataset,
        "graphkit signed graph": lambda: gk.signed_graph(gk.load_dataset()),
        "graphkit snapshot": lambda: gk.snapshot(gk.load_dataset(), "2024-12-04"),
        "dated relations made by hand": lambda: dated,
        **_graphs(),
    }


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("kind", list(_for_networkx()))
def test_networkx_reads_the_graph_type_as_from_its_own_files(tmp_path, kind, fmt):
    G = _for_networkx()[kind]()
    H = _networkx_reads(G, tmp_path, fmt)
    assert type(H) is _as_networkx_reads_it(G)
    own = tmp_path / f"networkx.{fmt}"
    if fmt == "graphml":
        nx.write_graphml(G, own)
        assert type(nx.read_graphml(own)) is type(H)
    else:
        nx.write_gexf(G, own)
        assert type(nx.read_gexf(own)) is type(H)


@pytest.mark.parametrize("kind", list(_for_networkx()))
def test_networkx_reads_graphkit_graphml_with_every_value_and_type(tmp_path, kind):
    G = _for_networkx()[kind]()
    H = _networkx_reads(G, tmp_path, "graphml")
    # the graph's attributes, and the record of the graph type graphkit adds
    extra = {"node_default", "edge_default", "graphkit.format"}
    assert {k: v for k, v in H.graph.items() if k not in extra} == G.graph
    assert json.loads(H.graph["graphkit.format"])["graph_type"] == type(G).__name__
    assert [(n, _with_types(d)) for n, d in H.nodes(data=True)] == [
        (n, _with_types(d)) for n, d in G.nodes(data=True)
    ]
    # networkx keeps a multigraph's edge key as the attribute "key" too
    with_key = (lambda u, v, k, d: {"key": k, **d}) if G.is_multigraph() else (lambda *e: e[3])
    expected = {
        (e[:2] if not H.is_multigraph() and len(e) == 3 else e): d
        for e, d in _edges_by_id(G, with_key).items()
    }
    assert _edges_by_id(H, lambda u, v, k, d: d) == expected


@pytest.mark.parametrize("kind", list(_for_networkx()))
def test_networkx_reads_graphkit_gexf_with_labels_ids_and_time_bounds(tmp_path, kind):
    G = _for_networkx()[kind]()
    H = _networkx_reads(G, tmp_path, "gexf")
    # GEXF has no graph attributes (graphkit keeps them in <meta>, which networkx skips)
    assert {k: v for k, v in H.graph.items() if k not in {"node_default", "edge_default"}} == {
        "mode": "dynamic"
        if any("start" in d or "end" in d for *_, d in G.edges(data=True))
        else "static"
    }
    # each node labelled with its name, else its id
    assert [(n, _with_types(d)) for n, d in H.nodes(data=True)] == [
        (n, _with_types({**d, "label": d.get("name", n)})) for n, d in G.nodes(data=True)
    ]
    # each edge numbered 0, 1, ..., labelled with its relation type, its weight the GEXF
    # weight (a float), and its dates the days Gephi's timeline needs (the exact values are
    # what graphkit reads back)
    got = _edges_by_id(H, lambda u, v, k, d: d)
    ids = sorted(int(d.pop("id")[1]) for d in got.values())
    assert ids == list(range(G.number_of_edges()))

    def expected(u, v, k, d):
        bounds = {b: _day(d[b], end=b == "end") for b in ("start", "end") if b in d}
        if isinstance(d.get("weight"), int | float) and not isinstance(d["weight"], bool):
            bounds["weight"] = float(d["weight"])
        return {**d, **({"label": d["relation"]} if "relation" in d else {}), **bounds}

    want = _edges_by_id(G, expected)
    if not H.is_multigraph():  # a simple graph read back has no keys
        want = {(e[:2] if len(e) == 3 else e): d for e, d in want.items()}
    assert got == want
