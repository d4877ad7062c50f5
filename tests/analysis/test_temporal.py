"""The signed graph over periods: a planted switch is found in its month, labels stay aligned,
and every period's figures equal those of the period's own graph solved on its own."""

import datetime as dt
import itertools
import math
import random

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphkit as gk
from graphkit.analysis.signed import frustration_solver
from graphkit.core.projection import edge_filtered

LEFT = ["l1", "l2", "l3", "l4", "l5"]
RIGHT = ["r1", "r2", "r3", "r4"]
SWITCHER = "x"
SWITCH_MONTH = "2024-05"


def planted() -> nx.MultiGraph:
    """Two camps all year; ``x`` is with the left until April and with the right from May;
    ``late`` is tied (to l1) only in March and April."""
    G = nx.MultiGraph()
    G.add_nodes_from(LEFT + RIGHT + [SWITCHER, "late", "loner"])
    for camp in (LEFT, RIGHT):
        for a, b in itertools.pairwise(camp):
            G.add_edge(a, b, sign=1, start="2024-01", end="2024-12")
    for a in LEFT:
        for b in RIGHT:
            G.add_edge(a, b, sign=-1, start="2024-01", end="2024-12")
    G.add_edge(SWITCHER, "l1", sign=1, start="2024-01", end="2024-04")
    G.add_edge(SWITCHER, "r1", sign=-1, start="2024-01", end="2024-04")
    G.add_edge(SWITCHER, "r1", sign=1, start=SWITCH_MONTH, end="2024-12")
    G.add_edge(SWITCHER, "l2", sign=-1, start=SWITCH_MONTH, end="2024-12")
    G.add_edge("late", "l1", sign=1, start="2024-03", end="2024-04")
    return G


def months(G=None):
    return pd.date_range("2024-01-01", "2024-12-01", freq="MS")


def test_the_planted_switch_is_found_in_its_month_and_nowhere_else():
    table = gk.balance_over_time(planted(), freq="M")
    assert list(table.index) == list(months())
    switched = {day.strftime("%Y-%m"): ids for day, ids in table["switched"].items() if ids}
    assert switched == {SWITCH_MONTH: [SWITCHER]}
    assert (table["frustration"] == 0).all() and table["exact"].all()


def test_camps_over_time_has_actors_as_rows_periods_as_columns_and_aligned_labels():
    camps = gk.camps_over_time(planted(), freq="M")
    assert list(camps.columns) == list(months())
    assert camps.index.name == "actor"
    assert "loner" not in camps.index  # never tied: never placed
    # every actor of a side keeps one label all year, and the two sides' labels differ
    left = {camps.loc[a].unique().tolist()[0] for a in LEFT}
    right = {camps.loc[a].unique().tolist()[0] for a in RIGHT}
    assert all(camps.loc[a].nunique() == 1 for a in LEFT + RIGHT)
    assert len(left) == len(right) == 1 and left != right
    (left_label,), (right_label,) = left, right
    x = camps.loc[SWITCHER]
    assert (x[x.index < SWITCH_MONTH] == left_label).all()
    assert (x[x.index >= SWITCH_MONTH] == right_label).all()


def test_an_actor_without_a_signed_tie_in_a_period_is_nan_there():
    late = gk.camps_over_time(planted(), freq="M").loc["late"]
    tied = [d for d in months() if d.month in (3, 4)]
    assert late[tied].notna().all()
    assert late.drop(tied).isna().all()


def test_camp_sizes_switches_and_tie_changes_by_hand():
    table = gk.balance_over_time(planted(), freq="M")
    april, may, june = (table.loc[f"2024-{m:02d}-01"] for m in (4, 5, 6))
    # Signed weight over all dates: l1 and l2 have 7 pairs (l1: l2, r1-r4, x, late; l2:
    # l1, l3, r1-r4, x), r2 and r3 have 7, r1 6 (its two ties with x cancel out): the
    # camps are named l1 and r2. April: left 5 + x + late, right 4; May: 5 and 4 + x.
    assert [c for c in table if c.startswith("camp:")] == ["camp:l1", "camp:r2"]
    assert (april["camp:l1"], april["camp:r2"]) == (7, 4)
    assert (may["camp:l1"], may["camp:r2"]) == (5, 5)
    assert april["actors"] == 11 and may["actors"] == 10 and may["inferred"] == 0
    # x-l1 and x-r1 (negative) and late-l1 end; x-r1 (positive) and x-l2 begin
    assert (may["gained"], may["lost"], may["flipped"]) == (1, 2, 1)
    assert (june["gained"], june["lost"], june["flipped"]) == (0, 0, 0)
    assert table.loc["2024-01-01", "gained"] == table.loc["2024-01-01", "pairs"] == 4 + 3 + 20 + 2


def period_graph(G, first, last):
    """The graph of a period by the rule stated in the docs, written out independently."""

    def held(d):
        s, e = d.get("start"), d.get("end")
        begins = dt.date.fromisoformat(f"{s}-01") if s else dt.date.min
        ends = (pd.Period(e, "M").end_time.date()) if e else dt.date.max
        return begins <= last and ends >= first

    return edge_filtered(G, held)


def random_dated_graph(seed: int, n: int = 14, m: int = 60) -> nx.MultiGraph:
    rng = random.Random(seed)
    G = nx.MultiGraph()
    G.add_nodes_from(range(n))
    for _ in range(m):
        a, b = rng.sample(range(n), 2)
        start = rng.randint(1, 12)
        end = rng.randint(start, 12)
        G.add_edge(
            a,
            b,
            sign=rng.choice((1, 1, -1)),
            weight=round(rng.uniform(0.2, 1.0), 2),
            start=f"2023-{start:02d}",
            end=f"2023-{end:02d}",
        )
    return G


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_period_equals_its_own_graph_solved_alone(seed):
    G = random_dated_graph(seed)
    table = gk.balance_over_time(G, freq="M")
    camps = table.attrs["camps"]
    for day, row in table.iterrows():
        first, last = dt.date.fromisoformat(row["from"]), dt.date.fromisoformat(row["to"])
        H = period_graph(G, first, last)
        report = gk.balance(H)
        assert math.isclose(row["frustration"], report.frustration_index, abs_tol=1e-9)
        assert row["pairs"] == report.pairs and row["actors"] == report.actors
        assert row["relations"] == H.number_of_edges()
        # same partition up to the labels: two actors share a camp in one iff in the other
        placed = camps[day].dropna()
        assert set(placed.index) == set(report.camps)
        for a in placed.index:
            for b in placed.index:
                assert (placed[a] == placed[b]) == (report.camps[a] == report.camps[b])


def test_a_rolling_window_covers_the_days_before_each_period_end():
    G = planted()
    table = gk.balance_over_time(G, freq="M", window="61D")
    may = table.loc["2024-05-01"]
    assert (may["from"], may["to"]) == ("2024-04-01", "2024-05-31")
    # April's and May's ties of x both hold in that window: x is frustrated for one of them
    assert may["frustration"] == pytest.approx(1.0)
    assert may["actors"] == 11  # late's April tie is inside the window


def test_identical_periods_are_solved_once(monkeypatch):
    calls = []
    solve = frustration_solver.solve

    def counted(*args, **kwargs):
        calls.append(1)
        return solve(*args, **kwargs)

    monkeypatch.setattr(frustration_solver, "solve", counted)
    gk.balance_over_time(planted(), freq="M")
    # Jan-Feb, Mar-Apr and May-Dec hold three distinct sets of relations
    assert len(calls) == 3


def test_a_period_not_proven_optimal_says_so():
    rng = np.random.default_rng(7)
    G = nx.MultiGraph()
    for a in range(40):
        for b in range(a + 1, 40):
            if rng.random() < 0.6:
                G.add_edge(a, b, sign=int(rng.choice((-1, 1))), start="2020")
    with pytest.warns(gk.NotProvenOptimalWarning, match="not proven optimal"):
        table = gk.balance_over_time(G, freq="Y", time_limit=0.0)
    row = table.iloc[0]
    assert not row["exact"] and row["lower_bound"] <= row["frustration"]
    assert row["method"] == "heuristic"


def test_the_bundled_graph_over_years_by_its_dates():
    G = gk.load_dataset("syria-2024")
    table = gk.balance_over_time(G, freq="Y")
    # from the first date a signed relation carries (the US armed and funded HTS's
    # founding factions until 2017; the structural relations of 2016 do not count) to
    # the last date of any relation (the offensive, December 2024)
    assert table.index[0] == pd.Timestamp("2017-01-01")
    assert table.index[-1] == pd.Timestamp("2024-01-01")
    assert gk.balance_over_time(G, freq="Y", start="2016").index[0] == pd.Timestamp("2016-01-01")
    last = table.iloc[-1]
    oracle = gk.balance(period_graph_days(G, dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    assert last["frustration"] == pytest.approx(oracle.frustration_index)


def period_graph_days(G, first, last):
    from graphkit.core.dates import first_day, last_day

    return edge_filtered(
        G,
        lambda d: (
            (not d.get("start") or first_day(d["start"]) <= last)
            and (not d.get("end") or last_day(d["end"]) >= first)
        ),
    )


def test_the_input_graph_is_left_as_it_was(graph_state):
    G = planted()
    before = graph_state(G)
    gk.balance_over_time(G, freq="Q")
    assert graph_state(G) == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"freq": "fortnightly"}, "not a period length"),
        ({"window": "soon"}, "not a duration"),
        ({"start": "2025", "end": "2024"}, "before start"),
    ],
)
def test_bad_arguments_are_one_clear_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        gk.balance_over_time(planted(), **kwargs)


@pytest.mark.parametrize(
    ("dates", "kwargs", "message"),
    [
        (("0001-01-01", "2020"), {"freq": "Y"}, "pass start= and end= within"),
        (("2020", "9999-12-31"), {"freq": "W"}, "pass start= and end= within"),
        (("1800-01-01", "2020"), {"freq": "D"}, "at most 5,000 periods, but .* is 80,719"),
    ],
)
def test_spans_beyond_the_calendar_or_too_many_periods_are_one_clear_error(dates, kwargs, message):
    G = nx.Graph([("a", "b", {"sign": 1, "start": dates[0], "end": dates[1]})])
    with pytest.raises(gk.DataError, match=message):
        gk.balance_over_time(G, **kwargs)
    with pytest.raises(gk.DataError, match=message):
        gk.camps_over_time(G, **kwargs)
    table = gk.balance_over_time(G, freq="Y", start="2020", end="2020")  # held in 2020
    assert len(table) == 1 and table["pairs"].tolist() == [1]


def test_an_undated_graph_needs_a_span():
    G = nx.Graph([(1, 2, {"sign": 1})])
    with pytest.raises(ValueError, match="pass start= and end="):
        gk.balance_over_time(G)
    table = gk.balance_over_time(G, start="2024-01", end="2024-02")
    assert len(table) == 2 and (table["pairs"] == 1).all()


def test_an_unreadable_date_names_the_edge():
    G = nx.Graph([("a", "b", {"sign": 1, "start": "last spring"})])
    with pytest.raises(gk.DataError, match=r"edge \('a', 'b'\), column 'start'.*'last spring'"):
        gk.balance_over_time(G)


def test_plot_over_time_marks_the_switch():
    table = gk.balance_over_time(planted(), freq="M")
    fig = gk.plot_over_time(table)
    top, bottom = fig.axes
    texts = [t.get_text() for t in bottom.texts]
    assert texts == [f"switched: {SWITCHER}"]
    assert len(top.get_lines()) >= 2  # the frustration line and the switch marker
    with pytest.raises(ValueError, match="balance_over_time"):
        gk.plot_over_time(pd.DataFrame({"x": [1]}))


def test_analyze_over_time_prints_and_writes_the_same_bytes_twice(tmp_path, capsys, monkeypatch):
    from graphkit.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "--over-time", "Y", "--csv", "first"]) == 0
    out = capsys.readouterr().out
    assert "Over time (8 periods, 2017-01-01 to 2024-12-31):" in out
    assert "wrote over_time.csv, camps_over_time.csv, over_time.png to first" in out
    assert main(["analyze", "--over-time", "Y", "--csv", "second"]) == 0
    for name in ("over_time.csv", "camps_over_time.csv", "over_time.png"):
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()
    rows = pd.read_csv(tmp_path / "first" / "over_time.csv")
    assert list(rows["period"]) == [f"{y}-01-01" for y in range(2017, 2025)]
    assert list(rows.filter(like="camp:").columns) == ["camp:hts", "camp:syrian_government"]
    text = (tmp_path / "first" / "camps_over_time.csv").read_text()
    assert "hts,hts,hts,hts,hts,hts,hts,hts,hts" in text  # labels as text, not 0.0
    camps = pd.read_csv(tmp_path / "first" / "camps_over_time.csv", index_col="actor")
    assert (camps.loc["bashar_al_assad"] == "syrian_government").all()


@pytest.mark.parametrize("command", ["analyze", "build"])
def test_over_time_with_a_bad_period_is_a_usage_error_naming_it(
    command, tmp_path, capsys, monkeypatch
):
    from graphkit.cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main([command, "--over-time", "fortnightly"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "usage: graphkit " + command in err
    assert "'fortnightly' is not a period length" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_over_time_takes_a_multiple_of_a_period(tmp_path, capsys, monkeypatch):
    from graphkit.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "-q", "--over-time", "2Y", "--csv", "out"]) == 0
    rows = pd.read_csv(tmp_path / "out" / "over_time.csv")
    assert list(rows["period"]) == [f"{y}-01-01" for y in range(2017, 2025, 2)]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_table_does_not_depend_on_the_order_of_actors_and_relations(seed):
    G = random_dated_graph(seed)
    rng = random.Random(seed)
    nodes, edges = list(G.nodes), list(G.edges(data=True))
    rng.shuffle(nodes)
    rng.shuffle(edges)
    H = nx.MultiGraph()
    H.add_nodes_from(nodes)
    H.add_edges_from((b, a, d) if rng.random() < 0.5 else (a, b, d) for a, b, d in edges)
    first, second = gk.balance_over_time(G, freq="M"), gk.balance_over_time(H, freq="M")
    pd.testing.assert_frame_equal(first, second)
    pd.testing.assert_frame_equal(first.attrs["camps"], second.attrs["camps"])
