"""Camp names over time: the same strings as gk.camps, carried from period to period; a
break between allies is a split, not a switch; annotate stores each period's camps; the
CSVs hold the labels as text. Expected values are worked out by hand in each test."""

from __future__ import annotations

import itertools
import json

import networkx as nx
import pandas as pd
import pytest

import graphkit as gk
from graphkit.analysis.temporal import over_time_summary, over_time_tables

PEOPLE = ("burhan", "hemedti", "abdelrahim")


def sudan() -> nx.MultiDiGraph:
    """The army (saf) and the militia (rsf) are allies until March 2023 and fight from
    April, each with its allies (the army with two, the militia with one); the US
    sanctions both from June. Leaders and a deputy have only structural relations."""
    rows = [
        ("saf", "allied_with", "rsf", 0.3, "2023-01", "2023-03"),
        ("saf", "fights", "rsf", 1.0, "2023-04", None),
        ("egypt", "backs", "saf", 1.0, "2023-01", None),
        ("eritrea", "backs", "saf", 0.6, "2023-01", None),
        ("wagner", "backs", "rsf", 1.0, "2023-01", None),
        ("us", "sanctions", "saf", 0.5, "2023-06", None),
        ("us", "sanctions", "rsf", 0.5, "2023-06", None),
        ("burhan", "leads", "saf", 1.0, None, None),
        ("hemedti", "leads", "rsf", 1.0, "2013", None),  # structural: not where periods start
        ("abdelrahim", "member_of", "rsf", 1.0, None, None),
    ]
    relations = pd.DataFrame(
        rows, columns=["source", "relation", "target", "weight", "start", "end"]
    )
    ids = sorted(set(relations["source"]) | set(relations["target"]))
    actors = pd.DataFrame(
        {
            "id": ids,
            "name": [i.title() for i in ids],
            "kind": ["person" if i in PEOPLE else "state" for i in ids],
        }
    )
    return gk.build_graph(actors, relations)


MONTHS = [f"2023-{m:02d}" for m in range(1, 7)]


def test_allies_who_break_are_a_split_not_a_switch():
    over = gk.balance_over_time(sudan(), freq="M")
    # periods from the first signed relation (January 2023), not the 2013 leadership,
    # to the last date of any relation (June 2023)
    assert [p["label"] for p in over.attrs["periods"]] == MONTHS
    assert all(switched == [] for switched in over["switched"])
    # signed weight over all dates: saf 0.7 (the net of 0.3 and -1) + 1 + 0.6 + 0.5 =
    # 2.8, rsf 0.7 + 1 + 0.5 = 2.2: one camp named saf, then saf and rsf
    assert over["split"].tolist() == [[], [], [], ["saf into saf, rsf"], [], []]
    assert over["camps"].tolist() == [1, 1, 1, 2, 2, 2]
    # sizes count inferred members: burhan with saf; hemedti and abdelrahim with rsf
    assert over["camp:saf"].tolist() == [8, 8, 8, 4, 4, 4]
    assert over["camp:rsf"].tolist() == [0, 0, 0, 4, 4, 5]  # the US joins in June
    assert over["inferred"].tolist() == [3] * 6
    text = over_time_summary(over)
    assert "split: saf into saf, rsf" in text and "switched" not in text


def test_each_period_places_leaders_with_what_they_lead_then():
    camps = gk.camps_over_time(sudan(), freq="M")
    row = lambda actor: camps.loc[actor].tolist()  # noqa: E731
    assert row("hemedti") == row("abdelrahim") == row("rsf") == ["saf"] * 3 + ["rsf"] * 3
    assert row("burhan") == row("saf") == ["saf"] * 6
    assert camps.loc["us"].isna().tolist() == [True] * 5 + [False]


def test_the_static_camps_flag_the_actor_hostile_to_both():
    # over all dates saf and rsf net -0.7, so one of the US's 0.5 sanctions is frustrated;
    # the lexicographically smallest optimum (rsf, saf, us in sorted order) puts it with rsf
    table = gk.camp_table(sudan())
    assert table.loc["us", ["camp", "opposes"]].tolist() == ["rsf", "saf"]
    assert table.loc["us", "against_both"] and table.loc["us", "frustrated_share"] == 0.5
    assert table.loc["hemedti", ["camp", "basis"]].tolist() == ["rsf", "inferred"]


def switching() -> nx.MultiGraph:
    """Two camps of three all year (a chain of allies each, every pair across hostile);
    x is with l1 against r1 in January and February, with r1 against l1 from March."""
    G = nx.MultiGraph()
    left, right = ["l1", "l2", "l3"], ["r1", "r2", "r3"]
    for side in (left, right):
        for a, b in itertools.pairwise(side):
            G.add_edge(a, b, sign=1, start="2024-01", end="2024-04")
    for a in left:
        for b in right:
            G.add_edge(a, b, sign=-1, start="2024-01", end="2024-04")
    G.add_edge("x", "l1", sign=1, start="2024-01", end="2024-02")
    G.add_edge("x", "r1", sign=-1, start="2024-01", end="2024-02")
    G.add_edge("x", "r1", sign=1, start="2024-03", end="2024-04")
    G.add_edge("x", "l1", sign=-1, start="2024-03", end="2024-04")
    return G


def test_an_actor_that_switches_in_march_has_one_camp_in_february_and_the_other_in_april():
    A = gk.annotate(switching(), freq="M")
    # signed weight over all dates: l2 and r2 have 5 pairs (two allies, three enemies),
    # l1, l3, r1, r3 have 4; x's ties cancel out (ambivalent), so x names nothing
    periods = json.loads(A.graph["periods"])
    assert periods[1] == {"label": "2024-02", "start": "2024-02-01", "end": "2024-02-29"}
    x = json.loads(A.nodes["x"]["camp_by_period"])
    assert x == {"2024-01": "l2", "2024-02": "l2", "2024-03": "r2", "2024-04": "r2"}
    assert json.loads(A.nodes["x"]["switched_in"]) == ["2024-03"]
    assert json.loads(A.nodes["l1"]["switched_in"]) == []


def test_labels_agree_between_camps_camp_table_over_time_annotate_and_the_csvs(tmp_path):
    G = sudan()
    static = gk.camps(G)
    report = gk.balance(G)
    assert report.camps == static == report.camp_table.query("camp != ''")["camp"].to_dict()
    over = gk.balance_over_time(G, freq="M")
    A = gk.annotate(G, camps=report, over_time=over)
    june = over.attrs["camps"]["2023-06-01"].dropna().to_dict()
    assert june == static  # in June the camps are those of all dates
    assert {a: A.nodes[a]["camp"] for a in static} == static
    assert {a: json.loads(A.nodes[a]["camp_by_period"])["2023-06"] for a in static} == static
    legend = json.loads(A.graph["camps"])["camps"]
    assert legend == [
        {"label": "rsf", "component": "saf", "opposes": "saf", "size": 5, "name": "Rsf"},
        {"label": "saf", "component": "saf", "opposes": "rsf", "size": 4, "name": "Saf"},
    ]
    gk.write_tables({"camps": report.camp_table, **over_time_tables(over)}, tmp_path)
    camps_csv = pd.read_csv(tmp_path / "camps.csv", index_col="actor", keep_default_na=False)
    assert camps_csv["camp"][camps_csv["camp"] != ""].to_dict() == static
    over_csv = pd.read_csv(tmp_path / "camps_over_time.csv", index_col="actor", dtype=str)
    assert over_csv["2023-06-01"].dropna().to_dict() == static
    assert "camp:saf" in pd.read_csv(tmp_path / "over_time.csv").columns


def test_a_graphkit_graph_and_the_plain_graph_give_the_same_camps_over_time():
    G = sudan()
    plain = nx.MultiGraph()
    for u, v, d in G.edges(data=True):
        plain.add_edge(
            u,
            v,
            sign=d["polarity"],
            weight=d["weight"],
            relation=d["relation"],
            mode=d["mode"],
            start=d.get("start"),
            end=d.get("end"),
        )
    # an undirected graph has no direction for leads/member_of: either end without a camp
    # takes the other's, which here gives the same placements
    for method in (gk.camps_over_time, lambda H, **kw: gk.balance_over_time(H, **kw)):
        pd.testing.assert_frame_equal(method(plain, freq="M"), method(G, freq="M"))


def test_start_overrides_the_first_signed_relation():
    over = gk.balance_over_time(sudan(), freq="Q", start="2022-07")
    assert [p["label"] for p in over.attrs["periods"]] == ["2022Q3", "2022Q4", "2023Q1", "2023Q2"]
    assert over["pairs"].tolist()[:2] == [0, 0] and over["camps"].tolist()[:2] == [0, 0]


def test_a_minority_that_joins_a_camp_held_by_another_switched():
    # January: camp A = a1..a5 (allies of a1) against camp B = b1..b3 (allies of b1).
    # February: a4 and a5 turn on a1 and join b1. A continues as a1, a2, a3; B's three
    # members are a strict majority of their new camp's five: B holds it, so a4 and a5
    # moved from a camp that stayed to another that stayed.
    G = nx.MultiGraph()
    for b in ("b2", "b3"):
        G.add_edge("b1", b, sign=1)
    G.add_edge("a1", "b1", sign=-1)
    for a in ("a2", "a3", "a4", "a5"):
        G.add_edge("a1", a, sign=1, **({"end": "2024-01"} if a in ("a4", "a5") else {}))
    for a in ("a4", "a5"):
        G.add_edge(a, "b1", sign=1, start="2024-02")
        G.add_edge(a, "a1", sign=-1, start="2024-02")
    over = gk.balance_over_time(G, freq="M")
    assert over["switched"].tolist() == [[], ["a4", "a5"]]
    assert over["split"].tolist() == [[], []] and over["merged"].tolist() == [[], []]
    # a1: b1, a2, a3, and a4, a5 (each +1 then -1: ambivalent) -> 3; b1: a1, b2, b3,
    # a4, a5 -> 5: the camps are named a1 and b1 throughout
    assert over["camp:a1"].tolist() == [5, 3] and over["camp:b1"].tolist() == [3, 5]


@pytest.mark.filterwarnings("ignore::graphkit.UndefinedMeasureWarning")  # PN on one pair
def test_one_actor_leaving_for_a_camp_of_one_switched():
    # January: a and c against b. February: a against b and c. Each new camp has one
    # member of each old camp, so no old camp brings a majority to {b, c}; b's camp
    # continues in it, and c left a camp that stayed (a's) for another that stayed.
    G = nx.MultiGraph()
    G.add_edge("a", "b", sign=-1)
    G.add_edge("a", "c", sign=1, end="2024-01")
    G.add_edge("b", "c", sign=-1, end="2024-01")
    G.add_edge("b", "c", sign=1, start="2024-02", end="2024-02")
    G.add_edge("a", "c", sign=-1, start="2024-02", end="2024-02")
    over = gk.balance_over_time(G, freq="M")
    assert over["switched"].tolist() == [[], ["c"]]
    assert over["split"].tolist() == [[], []] and over["merged"].tolist() == [[], []]


def test_annotate_with_periods_on_an_undated_graph_is_one_clear_error():
    G = nx.Graph([("a", "b", {"sign": -1})])
    with pytest.raises(gk.DataError, match=r"annotate\(freq='M'\).*none of this.*without freq="):
        gk.annotate(G, freq="M")
    with pytest.raises(gk.DataError, match=r"annotate\(window='90D'\)"):
        gk.annotate(G, window="90D")
    A = gk.annotate(G)  # the camps of all dates, no periods
    assert A.nodes["a"]["camp"] == "a" and "periods" not in A.graph
    with pytest.raises(ValueError, match="not both"):
        gk.annotate(switching(), freq="M", over_time=gk.balance_over_time(switching()))


def test_annotate_reuses_a_table_over_time_without_solving_again(monkeypatch):
    from graphkit.analysis import temporal

    G = switching()
    over = gk.balance_over_time(G, freq="M")
    monkeypatch.setattr(temporal, "balance_over_time", None)  # calling it would fail
    A = gk.annotate(G, over_time=over)
    assert json.loads(A.nodes["x"]["switched_in"]) == ["2024-03"]


def test_a_dated_graph_without_signed_relations_gives_periods_without_camps():
    # only structural relations: the periods follow their dates, and say there is no camp
    G = nx.MultiGraph()
    G.add_edge("chief", "army", sign=0, relation="leads", mode="structural", start="2020")
    G.add_edge("aide", "chief", sign=0, relation="member_of", mode="structural", end="2021")
    over = gk.balance_over_time(G, freq="Y")
    assert list(over.index.year) == [2020, 2021]
    assert over["camps"].tolist() == [0, 0] and over["pairs"].tolist() == [0, 0]
    assert over.attrs["camps"].empty
    assert "camps none" in over_time_summary(over)
