"""The HTML page as written: self-contained, safe to embed data in, faithful to the graph."""

import json
import re

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphkit as gk
from graphkit.core.dates import parse_date
from graphkit.render import scene
from graphkit.render.palette import lighter

PROBE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;\u2028\"'"


def wire(page: str) -> dict:
    """The data block of a page, as the page's scripts read it (the wire format)."""
    match = re.search(
        r'<script type="application/json" id="graphkit-data">(.*?)</script>', page, re.S
    )
    assert match, "the page has no data block"
    return json.loads(match[1])


def column(table: dict, key: str) -> list:
    values = table["columns"][table["keys"].index(key)]
    if isinstance(values, dict):
        return [None if k < 0 else values["values"][k] for k in values["index"]]
    return values


def rows(table: dict, n: int) -> list[list]:
    """A wire table back as ``[[key, value], ...]`` per item."""
    columns = {key: column(table, key) for key in table["keys"]}
    return [
        [[k, columns[k][i]] for k in table["keys"] if columns[k][i] is not None] for i in range(n)
    ]


def payload(page: str) -> dict:
    """The page's data decoded, by the rules of graphkit/render/wire.py written out here,
    back into the view model's form (one dict per actor and relation)."""
    data = wire(page)
    nodes, edges, legend = data.pop("nodes"), data.pop("edges"), data["legend"]
    for relation in legend["relations"]:  # left out: derived from the mode, or a solid line
        relation["dashed"] = relation["mode"] == "verbal"
        relation.setdefault("dashes", None)
    if "camps" in data:  # left out: the camp's colour mixed with 55% of white
        data["camps"].setdefault("periods", [])  # left out when there is none
        camps = data["camps"]["camps"]
        for camp in camps:
            camp["light"] = lighter(camp["color"], 0.55)
        for entry in legend["colors"]:  # a camp's entry: written from its camp
            if "camp" in entry:
                camp = camps[entry["camp"]]
                entry.update(label=camp["title"], color=camp["color"])
                if data["camps"]["sides"]:
                    faces = camp["faces"]
                    entry["note"] = (
                        scene.NO_OPPOSITION
                        if faces is None
                        else scene.FACES + camps[faces]["title"]
                    )
    n, m = len(nodes["key"]), len(edges["from"])
    size = nodes["size"] if isinstance(nodes["size"], list) else [nodes["size"]] * n
    labelled = set(range(n)) if nodes["labelled"] is True else set(nodes["labelled"])
    info, figures = rows(nodes["info"], n), rows(nodes["figures"], n)
    data["nodes"] = [
        {
            "id": i,
            "key": nodes["key"][i],
            "label": nodes["label"][i],
            "kind": legend["kinds"][nodes["kind"][i]]["name"],
            "shape": legend["kinds"][nodes["kind"][i]]["shape"],
            "color": data["palette"][nodes["color"][i]],
            "size": size[i],
            "labelled": i in labelled,
            "x": nodes["x"][i],
            "y": nodes["y"][i],
            "info": info[i],
            "figures": figures[i],
        }
        for i in range(n)
    ]
    if "camp" in nodes:  # coloured by camp: each actor's camp, marks and periods
        rings = dict(zip(nodes["ring"]["index"], nodes["ring"]["value"], strict=True))
        for i, node in enumerate(data["nodes"]):
            node["camp"] = None if nodes["camp"][i] < 0 else nodes["camp"][i]
            node["inferred"] = i in nodes["inferred"]
            node["againstBoth"] = i in nodes["againstBoth"]
            if "periodCamp" in nodes:
                node["periodCamps"] = [
                    None if row[i] < 0 else row[i] for row in nodes["periodCamp"]
                ]
            node["ring"] = data["palette"][rings[i]] if i in rings else None
    curves = dict(zip(edges["curve"]["index"], edges["curve"]["value"], strict=True))
    edge_info = rows(edges["info"], m)

    def day(column, j):
        return None if column is None or column[j] < 0 else data["days"][column[j]]

    data["edges"] = []
    for j in range(m):
        relation = legend["relations"][edges["relation"][j]]
        weight = dict(edge_info[j]).get("weight")
        weight = 1.0 if weight is None else min(max(float(weight), 0), 1)
        data["edges"].append(
            {
                "id": j,
                "from": edges["from"][j],
                "to": edges["to"][j],
                "relation": relation["name"],
                "color": relation["color"],
                "dashed": relation["dashed"],
                "arrow": data["directed"] and not relation["symmetric"],
                "width": round(1 + 2 * weight, 2),
                "curve": curves.get(j, 0.0),
                "since": day(edges["since"], j),
                "until": day(edges["until"], j),
                "info": edge_info[j],
            }
        )
    del data["palette"], data["days"]
    return data


def test_page_is_self_contained(syria):
    page = gk.html_page(syria, size_by=None)
    # No resource is loaded from anywhere: no src/href attribute, no <link>, no @import.
    assert not re.search(r"<(script|img|iframe|link)[^>]+(src|href)\s*=", page, re.I)
    assert "@import" not in page and "cdn" not in page.split("<script>")[0].lower()
    assert "default-src 'none'" in page  # the browser itself refuses any request
    assert page.count("vis-network") >= 1 and "window.network = network" in page
    assert "sourceMappingURL" not in page  # developer tools would fetch it


def test_the_page_takes_vis_network_from_pyvis_files_without_importing_pyvis():
    # pyvis's package imports IPython and jinja2 (0.17 s for every command that draws a
    # page); graphkit needs only the script file pyvis ships
    import subprocess
    import sys

    script = (
        "import sys, graphkit as gk\n"
        "page = gk.html_page(gk.load_dataset('syria-2024'))\n"
        "print('window.network = network' in page, 'pyvis' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "False"]


def test_the_page_holds_the_whole_view_model_in_columns(syria):
    model = gk.view_model(gk.annotate(syria), color_by="camp")
    page = gk.html_page(gk.annotate(syria), color_by="camp")
    assert payload(page) == model
    data = wire(page)
    assert isinstance(data["nodes"], dict) and isinstance(data["edges"]["from"], list)
    # the document is written once, not once per relation
    assert page.count("News report on the Syrian opposition offensive, 7 December 2024") <= 2


def test_the_wire_format_costs_few_bytes_per_relation():
    G = nx.gnm_random_graph(2_000, 8_000, seed=3, directed=True)
    for u, v, d in G.edges(data=True):
        d.update(relation="backs", weight=0.5, evidence=f"Statement {u}-{v}", document="Corpus")
    data = json.dumps(wire(gk.html_page(G, size_by=None, renderer="webgl")), separators=(",", ":"))
    assert len(data) / G.number_of_edges() <= 80


def test_model_matches_graph(syria):
    data = gk.view_model(syria, size_by=None)
    assert data["title"] == syria.graph["title"]
    assert data["counts"] == {"actors": 24, "relations": 41, "documents": 1}
    assert sorted(n["key"] for n in data["nodes"]) == sorted(syria)
    assert len(data["edges"]) == syria.number_of_edges()
    present = {d["relation"] for *_, d in syria.edges(data=True)}
    assert {r["name"] for r in data["legend"]["relations"]} == present
    assert {k["name"] for k in data["legend"]["kinds"]} == {
        d["kind"] for _, d in syria.nodes(data=True)
    }
    vocab = gk.default_vocabulary()
    by_key = {n["id"]: n["key"] for n in data["nodes"]}
    for e in data["edges"]:
        kind = vocab.relation(e["relation"])
        assert e["color"] == kind.color
        assert e["dashed"] == (kind.mode == "verbal")
        assert e["arrow"] == (not kind.symmetric)
        assert syria.has_edge(by_key[e["from"]], by_key[e["to"]])
    hts = next(n for n in data["nodes"] if n["key"] == "hts")
    assert (hts["label"], hts["shape"], hts["color"]) == (
        "Hayat Tahrir al-Sham",
        "triangle",
        vocab.kind("armed_group").color,
    )


def test_evidence_and_document_reach_the_page(syria):
    data = payload(gk.html_page(syria, size_by=None))
    keys = dict(enumerate(n["key"] for n in data["nodes"]))
    backs = next(
        e
        for e in data["edges"]
        if (keys[e["from"]], keys[e["to"]], e["relation"]) == ("turkey", "hts", "backs")
    )
    info = dict(backs["info"])
    assert info["evidence"] == syria.edges["turkey", "hts", "backs"]["evidence"]
    assert info["document"] == syria.edges["turkey", "hts", "backs"]["document"]


def test_text_from_data_cannot_close_the_data_block():
    G = nx.MultiDiGraph(title=PROBE, name=PROBE, documents=PROBE)
    G.add_node(PROBE, name=PROBE, kind=PROBE, description=PROBE)
    G.add_node("b", name="b")
    G.add_edge(PROBE, "b", key=PROBE, relation=PROBE, evidence=PROBE, document=PROBE)
    page = gk.html_page(G, size_by=None)
    block = page.split('id="graphkit-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block and "\u2028" not in block
    data = payload(page)  # parses back to exactly the strings given
    assert data["title"] == PROBE and data["nodes"][0]["label"] == PROBE
    assert dict(data["edges"][0]["info"])["evidence"] == PROBE
    # The <title> is HTML-escaped; the probe appears nowhere else outside the data block.
    assert "<title>&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<script>alert" not in page


def test_any_networkx_graph_renders_with_neutral_colours():
    G = nx.karate_club_graph()
    nx.set_node_attributes(G, {n: np.float32(n / 10) for n in G}, "score")
    G = nx.relabel_nodes(G, {n: np.int64(n) for n in G})
    page = gk.html_page(G, size_by="score", color_by="club")
    assert len(payload(page)["nodes"]) == 34
    data = gk.view_model(G, size_by="score", color_by="club")
    assert len(data["nodes"]) == 34 and len(data["edges"]) == 78
    assert {e["color"] for e in data["edges"]} == {scene.NEUTRAL_EDGE}
    assert not any(e["arrow"] for e in data["edges"])  # undirected
    assert {c["label"] for c in data["legend"]["colors"]} == {"Mr. Hi", "Officer"}
    sizes = {n["key"]: n["size"] for n in data["nodes"]}
    assert sizes["33"] == scene.SIZE_RANGE[1] and sizes["0"] == scene.SIZE_RANGE[0]


def test_size_by_mapping_and_top_say_what_was_left_out(syria):
    degree = {n: len(set(syria.predecessors(n)) | set(syria.successors(n))) for n in syria}
    data = payload(gk.html_page(syria, size_by=degree, top=5))
    kept = {n["key"] for n in data["nodes"]}
    assert len(kept) == 5 and "hts" in kept
    assert min(degree[n] for n in kept) >= sorted(degree.values())[-5]
    H = syria.subgraph(kept)
    assert len(data["edges"]) == H.number_of_edges()
    assert data["omitted"] == {
        "top": 5,
        "by": "given values",
        "actors": 19,
        "relations": 41 - H.number_of_edges(),
    }


def test_top_without_a_measure_is_refused(syria):
    with pytest.raises(ValueError, match="top needs size_by"):
        gk.html_page(syria, size_by=None, top=3)


def test_unknown_size_column_is_named(syria, monkeypatch):
    import pandas as pd

    table = pd.DataFrame({"pagerank": 1.0}, index=list(syria))
    with pytest.raises(ValueError, match=r"size_by='nope'.*pagerank"):
        gk.html_page(syria, size_by="nope", table=table)


def test_camp_colours_are_read_never_computed(syria):
    with pytest.raises(ValueError, match=r"color_by='camp': no actor has a camp.*annotate"):
        gk.html_page(syria, size_by=None, color_by="camp")
    camps = {"hts": 0, "iran": 1}
    data = gk.view_model(syria, size_by=None, color_by="camp", camps=camps)
    colour = {n["key"]: n["color"] for n in data["nodes"]}
    assert colour["hts"] != colour["iran"] and colour["turkey"] == scene.NO_CAMP
    # bare labels say nothing of who faces whom (the page says so once)
    assert data["camps"]["sides"] is False
    assert not any("faces" in c.get("note", "") for c in data["legend"]["colors"])
    assert [c["label"] for c in data["legend"]["colors"]][:2] == ["Camp 0", "Camp 1"]
    annotated = gk.view_model(gk.annotate(syria), size_by=None, color_by="camp")
    legend = [c["label"] for c in annotated["legend"]["colors"]][:2]
    assert legend == ["Camp of Hayat Tahrir al-Sham", "Camp of Syrian government (Assad)"]


def test_an_annotated_graph_without_camps_is_drawn_in_the_no_camp_colour():
    # annotate found no signed pair, so no actor has a camp: the page is still drawn (the
    # command line's default colouring), every actor in the no-camp colour, no camp listed
    G = gk.build_graph(
        pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": ["state", "state"]}),
        pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["borders"]}),
    )
    data = gk.view_model(gk.annotate(G), size_by=None, color_by="camp")
    assert data["camps"]["camps"] == []
    assert {n["color"] for n in data["nodes"]} == {scene.NO_CAMP}


def test_drawing_runs_no_analysis(syria, monkeypatch):
    from graphkit.analysis import centrality_table
    from graphkit.analysis.signed import structural_balance

    def forbidden(*args, **kwargs):
        raise AssertionError("drawing ran an analysis")

    A = gk.annotate(syria)
    for module, name in (
        (centrality_table, "centrality"),
        (structural_balance, "balance"),
        (structural_balance, "camps"),
        (structural_balance, "_analyse"),
    ):
        monkeypatch.setattr(module, name, forbidden)
    page = gk.html_page(A, color_by="camp")
    sizes = {n["key"]: n["size"] for n in payload(page)["nodes"]}
    assert sizes["hts"] > sizes["sohr"]  # sized by the PageRank annotate wrote
    gk.to_figure(A, color_by="camp")


def test_custom_vocabulary_is_drawn_in_its_colours_without_passing_it():
    import pandas as pd

    mine = (
        gk.default_vocabulary()
        .with_relation_type("mediates", polarity=0, mode="verbal", color="#123456")
        .with_actor_kind("tribe", shape="star", color="#654321")
    )
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": ["tribe", "state"]})
    relations = pd.DataFrame({"source": ["a"], "target": ["b"], "relation": ["mediates"]})
    G = gk.build_graph(actors, relations, vocabulary=mine)
    data = payload(gk.html_page(G))
    assert data["legend"]["relations"][0]["color"] == "#123456"
    node = next(n for n in data["nodes"] if n["key"] == "a")
    assert (node["color"], node["shape"]) == ("#654321", "star")


def test_camp_colours(syria):
    camps = gk.camps(syria)
    data = payload(gk.html_page(syria, size_by=None, color_by="camp", camps=camps))
    colour = {n["key"]: n["color"] for n in data["nodes"]}
    for a in camps:
        for b in camps:
            assert (colour[a] == colour[b]) == (camps[a] == camps[b])
    assert data["legend"]["colors"]


def test_as_of_dates_follow_snapshot(syria):
    """The page's rule on since/until days keeps exactly the relations snapshot keeps."""
    data = gk.view_model(syria, size_by=None)
    assert data["dates"] and data["dates"] == sorted(data["dates"])
    keys = {n["id"]: n["key"] for n in data["nodes"]}
    for day in [*data["dates"], "2016-06-30", "2024-12-04", "2024-12-06"]:
        shown = sorted(
            (keys[e["from"]], keys[e["to"]], e["relation"])
            for e in data["edges"]
            if (not e["since"] or e["since"] <= day) and (not e["until"] or day <= e["until"])
        )
        snap = gk.snapshot(syria, day)
        assert shown == sorted((u, v, d["relation"]) for u, v, d in snap.edges(data=True))


def test_unreadable_dates_are_shown_but_do_not_filter():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", relation="backs", start="sometime", end="2020")
    (edge,) = gk.view_model(G, size_by=None)["edges"]
    assert edge["since"] is None and edge["until"] == parse_date("2020")[1].isoformat()
    assert ["start", "sometime"] in edge["info"]


def test_parallel_relations_are_fanned_out(syria):
    data = gk.view_model(syria, size_by=None)
    keys = {n["id"]: n["key"] for n in data["nodes"]}
    us_hts = [
        e["curve"]
        for e in data["edges"]
        if {keys[e["from"]], keys[e["to"]]} == {"united_states", "hts"}
    ]
    assert len(us_hts) == 2 and len(set(us_hts)) == 2


def test_same_seed_same_page_and_positions_can_be_given(syria):
    assert gk.html_page(syria, size_by=None, seed=3) == gk.html_page(syria, size_by=None, seed=3)
    pos = {n: (i, -i) for i, n in enumerate(syria)}
    nodes = payload(gk.html_page(syria, size_by=None, positions=pos))["nodes"]
    xs = [n["x"] for n in nodes]
    assert xs == sorted(xs)
    with pytest.raises(ValueError, match="no entry for 1 actors"):
        gk.html_page(syria, size_by=None, positions={n: (0, 0) for n in list(syria)[1:]})


def test_to_html_writes_atomically(syria, tmp_path):
    target = tmp_path / "a" / "b" / "page.html"
    assert gk.to_html(syria, target, size_by=None) == target
    before = target.read_bytes()
    with pytest.raises(ValueError):
        gk.to_html(syria, target, size_by=None, color_by="no_such_attribute")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.html"]
    # (a failure while the page is being written, a full disk, is probed in
    # tests/probes/test_writer_probes.py; a lone surrogate, which once made one, is now
    # drawn as U+FFFD: tests/probes/test_picture_probes.py)


def test_large_graph_layout_is_repeatable_and_labels_are_few():
    G = nx.gnm_random_graph(10_000, 30_000, seed=2)
    pos = gk.force_layout(G, seed=0)
    assert pos == gk.force_layout(G, seed=0)
    degree = dict(G.degree())
    data = gk.view_model(G, size_by=degree, positions=pos)
    labelled = [n for n in data["nodes"] if n["labelled"]]
    assert len(labelled) == 30
    assert min(degree[int(n["key"])] for n in labelled) >= sorted(degree.values())[-30]


def test_relations_at_the_ends_of_the_calendar_are_drawn(tmp_path):
    actors = pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"], "kind": ["state"] * 3})
    relations = pd.DataFrame(
        {
            "source": ["a", "b"],
            "target": ["b", "c"],
            "relation": ["backs", "opposes"],
            "start": ["0001-01-01", "2020"],
            "end": ["2024", "9999-12-31"],
        }
    )
    G = gk.build_graph(actors, relations)
    model = scene.view_model(G)
    # the "as of" control changes when a relation starts, and on the day after one ends
    assert model["dates"] == ["0001-01-01", "2020-01-01", "2025-01-01"]
    assert gk.to_html(G, tmp_path / "page.html").stat().st_size > 1000
