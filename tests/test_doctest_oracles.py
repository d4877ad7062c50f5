"""Independent oracles for the values the doctests show.

A doctest compares a function's output with the output it had when the example was
written: it pins the value, it does not say the value is right. For every doctest that
is the only check of a computed value, a test here derives that value again without the
code under test:

- the Syria figures (``signed_graph``, ``centrality``, ``balance``, ``camps``,
  ``frustration_index``, ``frustrated_edges``, ``annotate``, ``summarize``, ``snapshot``,
  ``diff``, ``view_model``) from the bundled CSV files read with the ``csv`` module, the
  rules the documentation states, networkx's own functions and a brute force over all
  partitions;
- the small graphs of the temporal doctests (``balance_over_time``, ``camps_over_time``,
  ``over_time_summary``) by a brute force per period;
- the engines' doctests (``betweenness``, ``pagerank``, ``hits``) by hand.

The event doctests and the shipped ``gdelt-2019-10`` tables have their oracle in
``tests/test_sample_oracle.py`` (plain SQL over the raw rows).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import itertools
from collections import Counter, defaultdict

import networkx as nx
import numpy as np
import pytest

import graphkit as gk
from graphkit.analysis import engines
from graphkit.datasets import data_path

SIGNED_MODES = ("verbal", "material")


def rows(name: str) -> list[dict]:
    with open(data_path(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ACTORS = {r["id"]: r for r in rows("actors.csv")}
RELATIONS = rows("relations.csv")
TYPES = {r["name"]: r for r in rows("relation_types.csv")}
KINDS = {r["name"]: r for r in rows("actor_kinds.csv")}
PLACES = {a for a, r in ACTORS.items() if KINDS[r["kind"]]["place"] == "true"}


def polarity(row: dict) -> int:
    return int(TYPES[row["relation"]]["polarity"])


def counted(row: dict) -> bool:
    """A relation the signed analyses take: verbal or material, between non-places."""
    return (
        TYPES[row["relation"]]["mode"] in SIGNED_MODES
        and row["source"] not in PLACES
        and row["target"] not in PLACES
    )


def weight(row: dict) -> float:
    return float(row["weight"] or 1)


# -- the signed graph -------------------------------------------------------------------


def signed_pairs(*, weighted: bool = True) -> dict[frozenset, dict]:
    """Each pair's net tie, from the CSV rows: the sum of polarity x weight both ways."""
    pairs: dict[frozenset, dict] = defaultdict(
        lambda: {"total": 0.0, "positive": 0.0, "negative": 0.0, "relations": set()}
    )
    for row in RELATIONS:
        if counted(row) and polarity(row) != 0:
            value = polarity(row) * (weight(row) if weighted else 1.0)
            pair = pairs[frozenset((row["source"], row["target"]))]
            pair["total"] += value
            pair["positive" if value > 0 else "negative"] += value
            pair["relations"].add(row["relation"])
    for pair in pairs.values():
        cancel = abs(pair["total"]) <= 1e-9 * max(pair["positive"], -pair["negative"])
        pair["sign"] = 0 if cancel else int(np.sign(pair["total"]))
    return dict(pairs)


def test_signed_graph_of_the_bundled_dataset_is_the_sum_of_its_csv_rows(syria):
    S = gk.signed_graph(syria)
    oracle = signed_pairs()
    assert set(S) == set(ACTORS) - PLACES
    assert {frozenset(e) for e in S.edges} == set(oracle)
    for u, v, d in S.edges(data=True):
        want = oracle[frozenset((u, v))]
        assert d["sign"] == want["sign"], (u, v)
        assert d["total"] == pytest.approx(want["total"]), (u, v)
        assert d["relations"] == ", ".join(sorted(want["relations"])), (u, v)
    # the doctest's values
    assert oracle[frozenset(("turkey", "syrian_government"))]["sign"] == -1
    assert oracle[frozenset(("united_states", "hts"))]["relations"] == {
        "favours",
        "designates_terrorist",
    }


# -- camps and frustration: a brute force over every partition ---------------------------


def brute_force(pairs: dict[frozenset, dict]) -> tuple[float, list[dict]]:
    """The least frustration of the signed pairs (sign != 0) over every two-camp
    partition, and every partition reaching it (the first actor fixed in camp 0)."""
    signed = {p: d for p, d in pairs.items() if d["sign"] != 0}
    actors = sorted({a for p in signed for a in p})
    best, optima = float("inf"), []
    for bits in itertools.product((0, 1), repeat=len(actors) - 1):
        camp = dict(zip(actors, (0, *bits), strict=True))
        cost = sum(
            abs(d["total"])
            for p, d in signed.items()
            if (d["sign"] > 0) != (len({camp[a] for a in p}) == 1)
        )
        if cost < best - 1e-12:
            best, optima = cost, [camp]
        elif abs(cost - best) <= 1e-12:
            optima.append(camp)
    return best, optima


def labels_by_hand(pairs: dict[frozenset, dict], optimum: dict) -> dict:
    """Each actor of the optimum -> its camp's name: the member with the largest signed
    weight (the sum of |net| over its signed pairs), ties by the smaller id."""
    strength: dict = defaultdict(float)
    for pair, d in pairs.items():
        if d["sign"] != 0:
            for actor in pair:
                strength[actor] += abs(d["total"])
    names = {}
    for side in set(optimum.values()):
        members = [a for a in optimum if optimum[a] == side]
        names[side] = min(members, key=lambda a: (-strength[a], a))
    return {a: names[optimum[a]] for a in optimum}


def inferred_by_hand(camps: dict) -> dict:
    """Actors with no signed pair that lead or belong to an actor with a camp: that camp
    (one step of the rule; every such actor of the dataset has one tie to follow)."""
    found = {}
    for row in RELATIONS:
        structural = row["relation"] in ("leads", "member_of") and not row.get("end")
        if structural and row["source"] not in camps and row["target"] in camps:
            found.setdefault(row["source"], set()).add(camps[row["target"]])
    return {actor: names.pop() for actor, names in found.items() if len(names) == 1}


def same_partition(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all((a[x] == a[y]) == (b[x] == b[y]) for x in a for y in a)


def frustrated(pairs: dict[frozenset, dict], camp: dict) -> set[frozenset]:
    return {
        p
        for p, d in pairs.items()
        if d["sign"] != 0 and (d["sign"] > 0) != (len({camp[a] for a in p}) == 1)
    }


def test_camps_and_frustration_of_the_bundled_dataset_by_brute_force(syria):
    pairs = signed_pairs()
    best, optima = brute_force(pairs)
    assert len(optima) == 1  # one optimal partition: the camps are not a tie-break
    (optimum,) = optima
    report = gk.balance(syria)
    assert report.frustration_index == pytest.approx(best) == pytest.approx(0.4)
    assert gk.frustration_index(syria) == pytest.approx(best)
    assert report.exact and report.actors == len(optimum) == 10
    assert report.pairs == sum(d["sign"] != 0 for d in pairs.values()) == 12
    signed = {a: c for a, c in gk.camps(syria).items() if a in optimum}
    assert same_partition(signed, optimum)
    assert signed == labels_by_hand(pairs, optimum)
    assert {a: c for a, c in report.camps.items() if a in optimum} == signed
    # the actors placed through leads / member_of, by hand from the CSV rows
    inferred = {a: c for a, c in gk.camps(syria).items() if a not in optimum}
    assert inferred and inferred == {
        a: c for a, c in inferred_by_hand(signed).items() if a in inferred
    }
    table = report.camp_table
    assert set(table.index[table["basis"] == "inferred"]) == set(inferred)
    sizes = Counter(signed.values())
    assert sorted(sizes.values()) == [2, 8]
    # the frustrated pair and its relations (frustrated_edges, the report's tensions)
    (pair,) = frustrated(pairs, optimum)
    assert pair == {"united_states", "hts"} and report.frustrated_pairs == 1
    tensions = gk.frustrated_edges(syria)
    assert {frozenset(p) for p in zip(tensions["source"], tensions["target"], strict=True)} == {
        pair
    }
    expected = sorted(
        (r["source"], r["target"], r["relation"])
        for r in RELATIONS
        if frozenset((r["source"], r["target"])) == pair and counted(r) and polarity(r)
    )
    found = zip(tensions["source"], tensions["target"], tensions["relation"], strict=True)
    assert sorted(found) == expected


def test_unweighted_frustration_of_the_bundled_dataset_by_brute_force(syria):
    pairs = signed_pairs(weighted=False)
    # favours (+1) and designates as terrorist (-1) cancel: the pair is ambivalent
    assert pairs[frozenset(("united_states", "hts"))]["sign"] == 0
    best, _ = brute_force(pairs)
    assert best == 0.0 == gk.frustration_index(syria, weight=None)


def test_triangles_of_the_bundled_dataset_counted_by_hand(syria):
    signed = {p: d["sign"] for p, d in signed_pairs().items() if d["sign"] != 0}
    actors = sorted({a for p in signed for a in p})
    triangles = [
        t
        for t in itertools.combinations(actors, 3)
        if all(frozenset(e) in signed for e in itertools.combinations(t, 2))
    ]
    balanced = [
        t
        for t in triangles
        if np.prod([signed[frozenset(e)] for e in itertools.combinations(t, 2)]) > 0
    ]
    report = gk.balance(syria)
    assert (report.triangles, report.balanced_triangles) == (len(triangles), len(balanced))
    assert (len(triangles), len(balanced)) == (2, 1)
    assert report.triangle_balance == len(balanced) / len(triangles)


def test_annotate_writes_the_oracles_camps_degrees_and_tensions(syria):
    pairs = signed_pairs()
    _, (optimum,) = brute_force(pairs)
    A = gk.annotate(syria)
    camps = {n: d["camp"] for n, d in A.nodes(data=True) if n in optimum}
    assert camps == labels_by_hand(pairs, optimum)
    degrees = centrality_by_hand()["degree"]
    assert {n: A.nodes[n]["degree"] for n in degrees} == degrees
    tense = frustrated(pairs, optimum)
    for u, v, d in A.edges(data=True):
        pair = frozenset((u, v))
        want = pair in tense and counted({"source": u, "target": v, "relation": d["relation"]})
        assert bool(d.get("frustrated", False)) == bool(want and d["polarity"] != 0), (u, v)


# -- the centrality table ---------------------------------------------------------------


def centrality_by_hand() -> dict[str, dict[str, int]]:
    """degree, backers and opponents of each non-place actor, from the CSV rows."""
    partners: dict[str, set] = defaultdict(set)
    backers: dict[str, set] = defaultdict(set)
    opponents: dict[str, set] = defaultdict(set)
    for row in RELATIONS:
        if not counted(row):
            continue
        s, t = row["source"], row["target"]
        partners[s].add(t)
        partners[t].add(s)
        directions = [(s, t), (t, s)] if TYPES[row["relation"]]["symmetric"] == "true" else [(s, t)]
        for a, b in directions:
            if polarity(row) > 0:
                backers[b].add(a)
            elif polarity(row) < 0:
                opponents[b].add(a)
    actors = sorted(set(ACTORS) - PLACES)
    return {
        "degree": {a: len(partners[a]) for a in actors},
        "backers": {a: len(backers[a]) for a in actors},
        "opponents": {a: len(opponents[a]) for a in actors},
    }


def arcs(positive_only: bool = False) -> nx.DiGraph:
    """The simple directed projection ``D`` (or the support graph, weighted)."""
    D = nx.DiGraph()
    D.add_nodes_from(sorted(set(ACTORS) - PLACES))
    for row in RELATIONS:
        if not counted(row) or (positive_only and polarity(row) <= 0):
            continue
        s, t = row["source"], row["target"]
        directions = [(s, t), (t, s)] if TYPES[row["relation"]]["symmetric"] == "true" else [(s, t)]
        for a, b in directions:
            if positive_only:
                previous = D.edges[a, b]["weight"] if D.has_edge(a, b) else 0.0
                D.add_edge(a, b, weight=previous + weight(row))
            else:
                D.add_edge(a, b)
    return D


def test_centrality_table_of_the_bundled_dataset_by_hand_and_by_networkx(syria):
    table = gk.centrality(syria, engine="networkx")
    by_hand = centrality_by_hand()
    for column, values in by_hand.items():
        assert table[column].to_dict() == values, column
    D = arcs()
    betweenness = nx.betweenness_centrality(D)
    support = arcs(positive_only=True)
    pagerank = nx.pagerank(support, alpha=0.85, weight="weight", tol=1e-13, max_iter=10_000)
    for actor in table.index:
        assert table.loc[actor, "betweenness"] == pytest.approx(betweenness[actor]), actor
        assert table.loc[actor, "pagerank"] == pytest.approx(pagerank[actor], abs=1e-9), actor
    # the doctest's three rows: the largest degrees, ties by betweenness
    top = sorted(by_hand["degree"], key=lambda a: (-by_hand["degree"][a], -betweenness[a]))
    assert list(table.index[:3]) == top[:3] == ["hts", "syrian_government", "united_states"]
    assert [by_hand[c]["hts"] for c in ("degree", "backers", "opponents")] == [7, 5, 2]


# -- counts, dates and changes ----------------------------------------------------------


def test_summary_counts_of_the_bundled_dataset_from_the_csv(syria):
    kinds = Counter(r["kind"] for r in ACTORS.values())
    signs = Counter(np.sign(polarity(r)) for r in RELATIONS)
    assert (kinds["state"], kinds["armed_group"], kinds["city"]) == (6, 5, 5)
    assert (len(ACTORS), len(RELATIONS)) == (24, 41)
    assert (signs[1], signs[-1], signs[0]) == (10, 7, 24)
    head = gk.summarize(syria).splitlines()[1:3]
    assert head[0].split()[:3] == ["actors", str(len(ACTORS)), "(state"]
    assert f"({signs[1]} supportive, {signs[-1]} hostile, {signs[0]} unsigned)" in head[1]
    model = gk.view_model(syria, size_by=None)
    assert (len(model["nodes"]), len(model["edges"])) == (len(ACTORS), len(RELATIONS))


def days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a partial ISO date, by hand."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def keyed_rows() -> list[tuple[tuple[str, str, str], dict]]:
    """Each CSV row with its edge key: the type, then type-2, type-3, ... in file order."""
    seen: Counter = Counter()
    out = []
    for row in RELATIONS:
        triple = (row["source"], row["target"], row["relation"])
        seen[triple] += 1
        key = row["relation"] if seen[triple] == 1 else f"{row['relation']}-{seen[triple]}"
        out.append(((row["source"], row["target"], key), row))
    return out


def holding_on(day: dt.date) -> set[tuple[str, str, str]]:
    return {
        edge
        for edge, row in keyed_rows()
        if (not row["start"] or days(row["start"])[0] <= day)
        and (not row["end"] or day <= days(row["end"])[1])
    }


@pytest.mark.parametrize("day", [dt.date(2024, 11, 30) + dt.timedelta(d) for d in range(10)])
def test_snapshots_of_the_bundled_dataset_by_the_csv_dates(syria, day):
    assert set(gk.snapshot(syria, day).edges(keys=True)) == holding_on(day)


def test_the_diff_doctest_by_the_csv_dates(syria):
    before, after = holding_on(dt.date(2024, 12, 4)), holding_on(dt.date(2024, 12, 7))
    gained = {e for e in after - before if e[1] == "hama"}
    lost = {e for e in before - after if e[1] == "hama"}
    assert gained == {("hts", "hama", "captures")}
    assert lost == {("syrian_government", "hama", "controls")}
    changes = gk.diff(gk.snapshot(syria, "2024-12-04"), gk.snapshot(syria, "2024-12-07"))
    hama = changes[changes["target"] == "hama"]
    assert sorted(zip(hama["change"], hama["source"], hama["relation"], strict=True)) == [
        ("gained", "hts", "captures"),
        ("lost", "syrian_government", "controls"),
    ]


# -- the temporal doctests' graphs, period by period --------------------------------------


def balance_over_time_graph() -> nx.MultiGraph:
    """The graph of balance_over_time's doctest."""
    G = nx.MultiGraph()
    G.add_edge("a", "b", sign=-1)
    G.add_edge("a", "c", sign=1, end="2024-01")
    G.add_edge("b", "c", sign=-1, end="2024-01")
    G.add_edge("b", "c", sign=1, start="2024-02", end="2024-03")
    G.add_edge("a", "c", sign=-1, start="2024-02", end="2024-03")
    return G


def camps_over_time_graph() -> nx.MultiGraph:
    """The graph of camps_over_time's and over_time_summary's doctests."""
    G = nx.MultiGraph()
    G.add_edges_from(
        [
            ("a", "b", {"sign": -1}),
            ("a", "c", {"sign": 1, "end": "2024-01"}),
            ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-02"}),
        ]
    )
    return G


def month_pairs(G: nx.MultiGraph, year: int, month: int) -> dict[frozenset, dict]:
    """The signed pairs of the relations holding at some time in the month."""
    first, last = days(f"{year:04d}-{month:02d}")
    pairs: dict[frozenset, dict] = defaultdict(lambda: {"total": 0.0})
    for u, v, d in G.edges(data=True):
        if (not d.get("start") or days(d["start"])[0] <= last) and (
            not d.get("end") or first <= days(d["end"])[1]
        ):
            pairs[frozenset((u, v))]["total"] += d["sign"]
    for pair in pairs.values():
        pair["sign"] = int(np.sign(pair["total"]))
    return dict(pairs)


@pytest.mark.parametrize(
    ("graph", "months"),
    [(balance_over_time_graph, [1, 2, 3]), (camps_over_time_graph, [1, 2])],
)
def test_each_period_of_the_temporal_doctests_by_brute_force(graph, months):
    G = graph()
    over = gk.balance_over_time(G, freq="M")
    camps = gk.camps_over_time(G, freq="M")
    assert [p.month for p in over.index] == months
    for period in over.index:
        pairs = month_pairs(G, period.year, period.month)
        best, optima = brute_force(pairs)
        assert over.loc[period, "frustration"] == best == 0.0
        assert over.loc[period, "pairs"] == len(pairs)
        column = camps[period].dropna().to_dict()
        assert any(same_partition(column, o) for o in optima), period
    # who switched: an actor whose camp-mates changed from one period to the next
    switched = [sorted(s) for s in over["switched"]]
    expected = [[]]
    for previous, period in itertools.pairwise(over.index):
        old, new = camps[previous], camps[period]
        expected.append(
            sorted(
                a
                for a in camps.index
                if {b for b in camps.index if old[b] == old[a]}
                != {b for b in camps.index if new[b] == new[a]}
                and old[a] != new[a]
            )
        )
    assert switched == expected


# -- the engines' doctests, by hand -----------------------------------------------------


def test_betweenness_of_a_directed_path_by_hand():
    # 2 lies on the one shortest path 1 -> 3; normalised by (n - 1)(n - 2) = 2
    path = nx.DiGraph([(1, 2), (2, 3)])
    assert engines.betweenness(path) == {1: 0.0, 2: 0.5, 3: 0.0}


def test_pagerank_of_a_star_by_hand():
    # three leaves point at 0; 0 is dangling, so its rank is spread over all four nodes:
    # x0 = 0.15/4 + 0.85 (3 x_leaf + x0/4), x_leaf = 0.15/4 + 0.85 x0/4, sum = 1
    a = 0.85
    M = np.array([[1 - a / 4, -3 * a], [-a / 4, 1]])
    x0, leaf = np.linalg.solve(M, [(1 - a) / 4, (1 - a) / 4])
    assert x0 + 3 * leaf == pytest.approx(1)
    star = nx.DiGraph([(1, 0), (2, 0), (3, 0)])
    assert engines.pagerank(star)[0] == pytest.approx(x0, abs=1e-6)
    assert round(x0, 4) == 0.542


def test_hits_of_two_hubs_and_one_authority_by_hand():
    # A = arcs 1->0, 2->0: hubs ~ A A^T 1 = (0, 1, 1), authorities ~ A^T A 1 = (2, 0, 0)
    hubs, authorities = engines.hits(nx.DiGraph([(1, 0), (2, 0)]))
    assert hubs == pytest.approx({1: 0.5, 0: 0.0, 2: 0.5})
    assert authorities == pytest.approx({1: 0.0, 0: 1.0, 2: 0.0})
