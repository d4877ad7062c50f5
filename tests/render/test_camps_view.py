"""Camps as the page draws them, from the attributes gk.annotate writes (the contract of
issue 18, set here by hand): camps of different components are never drawn as opposed,
each camp is named by its label actor and says whom it faces, inferred placements and
actors against both sides are marked, and per-period camps reach the page."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from conflict_graphs import two_unrelated_pairs, war

import graphkit as gk
from graphkit.render import scene


def colours(model) -> dict:
    return {n["key"]: n["color"] for n in model["nodes"]}


def test_two_unrelated_pairs_are_two_groups_that_oppose_nobody():
    model = gk.view_model(two_unrelated_pairs(), color_by="camp", size_by=None)
    colour = colours(model)
    assert colour["a"] == colour["b"] and colour["c"] == colour["d"]
    assert colour["a"] != colour["c"]
    opposite_pairs = [set(pair) for pair in scene.CAMP_PAIRS]
    assert {colour["a"], colour["c"]} not in opposite_pairs
    assert [c["faces"] for c in model["camps"]["camps"]] == [None, None]
    legend = model["legend"]["colors"]
    assert [e["label"] for e in legend] == ["Group of A", "Group of C"]
    assert all("no opposing camp" in e["note"] for e in legend)
    assert not any("faces" in e["note"] for e in legend)


def test_the_two_camps_of_a_conflict_take_a_pair_and_name_each_other():
    model = gk.view_model(war(), color_by="camp", size_by=None)
    colour = colours(model)
    assert (colour["army"], colour["militia"]) == scene.CAMP_PAIRS[0]
    assert colour["ally"] == colour["army"]
    assert colour["town"] == scene.NO_CAMP
    legend = {e["label"]: e for e in model["legend"]["colors"]}
    assert legend["Camp of ARMY"]["note"] == "faces the Camp of MILITIA"
    assert legend["Camp of MILITIA"]["note"] == "faces the Camp of ARMY"
    assert legend["Camp of ARMY"]["count"] == 3  # army, ally and the inferred leader
    assert legend["no camp (places, no signed tie)"]["count"] == 1
    camps = model["camps"]["camps"]
    assert [c["label"] for c in camps] == ["army", "militia"]
    assert camps[0]["faces"] == 1 and camps[1]["faces"] == 0


def test_an_inferred_placement_is_lighter_and_ringed_and_an_actor_against_both_is_ringed():
    model = gk.view_model(war(), color_by="camp", size_by=None)
    node = {n["key"]: n for n in model["nodes"]}
    army = scene.CAMP_PAIRS[0][0]
    assert node["leader"]["inferred"] and node["leader"]["color"] == gk.render.palette.lighter(
        army, scene.LIGHT_SHARE
    )
    assert node["leader"]["ring"] == army
    assert node["envoy"]["againstBoth"] and node["envoy"]["ring"] == scene.AGAINST_BOTH_RING
    assert node["army"]["ring"] is None and not node["army"]["inferred"]
    marks = [e for e in model["legend"]["colors"] if "ring" in e]
    assert [(e["label"].split(":")[0], e["count"]) for e in marks] == [
        ("lighter", 1),
        ("dark ring", 1),
    ]
    assert ["frustrated_share", "50%"] in node["envoy"]["figures"]
    # the camp attributes are shown as camps, not as raw text
    assert not any(k in scene.CAMP_ATTRIBUTES for k, _ in node["envoy"]["info"])


def test_the_camps_attribute_gives_the_order_and_the_names():
    G = war()
    G.graph["camps"] = json.dumps(
        {
            "camps": [
                {
                    "label": "militia",
                    "component": "army",
                    "opposes": "army",
                    "size": 2,
                    "name": "The Militia",
                },
                {
                    "label": "army",
                    "component": "army",
                    "opposes": "militia",
                    "size": 3,
                    "name": "The Army",
                },
            ]
        }
    )
    model = gk.view_model(G, color_by="camp", size_by=None)
    assert [c["title"] for c in model["camps"]["camps"]] == [
        "Camp of The Militia",
        "Camp of The Army",
    ]
    assert colours(model)["militia"] == scene.CAMP_PAIRS[0][0]


def test_a_malformed_camps_attribute_is_named():
    G = war()
    G.graph["camps"] = "[not json"
    with pytest.raises(ValueError, match="graph attribute 'camps' is not the JSON"):
        gk.view_model(G, color_by="camp")


def test_periods_give_each_actor_its_camp_of_each_period():
    periods = [
        {"label": "2023-02", "start": "2023-02-01", "end": "2023-02-28"},
        {"label": "2023-03", "start": "2023-03-01", "end": "2023-03-31"},
        {"label": "2023-04", "start": "2023-04-01", "end": "2023-04-30"},
    ]
    G = war()
    G.graph["periods"] = json.dumps(periods)
    G.nodes["army"]["camp_by_period"] = json.dumps({"2023-02": "army", "2023-04": "army"})
    G.nodes["militia"]["camp_by_period"] = json.dumps(
        {"2023-02": "army", "2023-03": "army", "2023-04": "militia"}
    )
    G.nodes["militia"]["switched_in"] = json.dumps(["2023-04"])
    G.nodes["ally"]["camp_by_period"] = json.dumps({"2023-03": "rebels"})  # a new camp
    model = gk.view_model(G, color_by="camp", size_by=None)
    camps = model["camps"]
    assert [p["label"] for p in camps["periods"]] == ["2023-02", "2023-03", "2023-04"]
    assert (
        camps["periods"][0]["start"] == "2023-02-01" and camps["periods"][0]["end"] == "2023-02-28"
    )
    index = {c["label"]: i for i, c in enumerate(camps["camps"])}
    node = {n["key"]: n for n in model["nodes"]}
    assert node["militia"]["periodCamps"] == [index["army"], index["army"], index["militia"]]
    assert node["army"]["periodCamps"] == [index["army"], None, index["army"]]
    assert node["ally"]["periodCamps"] == [None, index["rebels"], None]
    assert camps["camps"][index["rebels"]]["faces"] is None
    ids = {n["key"]: n["id"] for n in model["nodes"]}
    assert [p["switched"] for p in camps["periods"]] == [[], [], [ids["militia"]]]
    # every camp of a period has a colour; the camps of all dates keep theirs
    assert len({c["color"] for c in camps["camps"]}) == len(camps["camps"])


@pytest.mark.parametrize(
    ("attribute", "value", "message"),
    [
        ("periods", "{}", "graph attribute 'periods'"),
        (
            "periods",
            '[{"label": "x", "start": "soon", "end": "2023"}]',
            "graph attribute 'periods'",
        ),
        ("camp_by_period", "[1, 2]", "actor 'army': the attribute 'camp_by_period'"),
        ("switched_in", '{"a": 1}', "actor 'army': the attribute 'switched_in'"),
    ],
)
def test_malformed_period_attributes_are_named(attribute, value, message):
    G = war()
    G.graph["periods"] = json.dumps([{"label": "2023", "start": "2023-01-01", "end": "2023-12-31"}])
    if attribute == "periods":
        G.graph["periods"] = value
    else:
        G.nodes["army"][attribute] = value
    with pytest.raises(ValueError, match=message):
        gk.view_model(G, color_by="camp")


def test_the_annotated_dataset_draws_with_its_camps_and_no_period():
    """What gk.annotate writes draws: camps per conflict when it writes the components
    (the contract), bare labels otherwise (graphkit before issue 18)."""
    A = gk.annotate(gk.load_dataset("syria-2024"))
    model = gk.view_model(A, color_by="camp")
    assert model["camps"]["periods"] == []
    assert model["camps"]["sides"] == any("component" in d for _, d in A.nodes(data=True))
    assert model["legend"]["colors"][0]["label"].startswith("Camp ")


def test_figures_come_in_a_fixed_order_and_read_as_people_write_numbers():
    A = gk.annotate(gk.load_dataset("syria-2024"))
    A.nodes["sohr"]["hub"] = 8.41621e-44
    model = gk.view_model(A, color_by="camp")
    order = {name: i for i, name in enumerate(scene.FIGURES)}
    for node in model["nodes"]:
        names = [name for name, _ in node["figures"]]
        assert names == sorted(names, key=order.__getitem__)
        for name, text in node["figures"]:
            assert "e-" not in text and "e+" not in text, (name, text)
            if name in scene.SHARES:
                assert text.endswith("%"), (name, text)
            else:
                assert (
                    len(text.replace("-", "").replace(".", "").lstrip("0")) <= 3 or "." not in text
                )
    sohr = next(n for n in model["nodes"] if n["key"] == "sohr")
    assert dict(sohr["figures"])["hub"] == "<0.01%"
    hts = next(n for n in model["nodes"] if n["key"] == "hts")
    assert dict(hts["figures"])["pagerank"] == f"{100 * A.nodes['hts']['pagerank']:.3g}%"


@pytest.mark.parametrize(
    ("graph", "title"),
    [
        ({"title": "Syria", "name": "syria"}, "Syria"),
        ({"title": "", "name": "relations-2024"}, "relations-2024"),
        ({"event_policy": json.dumps({"dataset": "gdelt2"})}, "gdelt2 events"),
        ({}, "Actors and relations"),
    ],
)
def test_the_default_title_comes_from_the_data(graph, title):
    G = nx.MultiDiGraph(**graph)
    G.add_edge("a", "b")
    assert gk.view_model(G, size_by=None)["title"] == title
    assert "Graph" not in gk.view_model(G, size_by=None)["title"]


def test_the_command_line_names_a_page_after_its_relations_file(tmp_path):
    data = gk.render.scene  # noqa: F841 (the module is loaded)
    actors = tmp_path / "actors.csv"
    relations = tmp_path / "sudan-war.csv"
    actors.write_text("id,name,kind\na,A,state\nb,B,state\n")
    relations.write_text("source,target,relation\na,b,backs\n")
    G = gk.build_graph(actors, relations, name=relations.stem)
    assert gk.view_model(G)["title"] == "sudan-war"


def test_a_camp_keeps_its_colour_through_time_whatever_its_label_in_a_period():
    """Labels per period are the analysis's to choose; the colour follows the members:
    a period's camp takes the colour of the camp of all dates most of its members are in."""
    G = war()
    G.graph["periods"] = json.dumps(
        [
            {"label": "P", "start": "2024-01-01", "end": "2024-01-31"},
            {"label": "Q", "start": "2024-02-01", "end": "2024-02-29"},
        ]
    )
    by_period = {
        "army": {"P": "x", "Q": "y"},
        "ally": {"P": "x"},
        "militia": {"P": "militia", "Q": "army"},  # named after the army in Q
        "envoy": {"Q": "army"},
    }
    for node, camps in by_period.items():
        G.nodes[node]["camp_by_period"] = json.dumps(camps)
    model = gk.view_model(G, color_by="camp", size_by=None)
    camps = model["camps"]
    index = {c["label"]: i for i, c in enumerate(camps["camps"])}
    army, militia = scene.CAMP_PAIRS[0]
    p, q = (period["colors"] for period in camps["periods"])
    assert (p[index["x"]], p[index["militia"]]) == (army, militia)
    assert (q[index["y"]], q[index["army"]]) == (army, militia)
    assert p[index["y"]] is None and q[index["x"]] is None  # not in that period
    for colours in (p, q):
        present = [c for c in colours if c is not None]
        assert len(present) == len(set(present))  # never one colour for two camps
