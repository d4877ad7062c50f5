"""The over-time figure starts at the first signed relation and its switch labels cover
neither a line nor each other."""

from __future__ import annotations

import itertools

import matplotlib.dates as mdates
import networkx as nx
import pandas as pd
from conflict_graphs import sudan_size

import graphkit as gk


def test_the_time_axis_starts_at_the_first_signed_relation():
    G = sudan_size()  # leaders since 2003 and 2013; the first signed relation in April 2019
    table = gk.balance_over_time(G, freq="Q", start="2003-01-01")
    assert table.index[0] == pd.Timestamp("2003-01-01")  # the table starts 16 years earlier
    fig = gk.plot_over_time(table)
    top, _ = fig.axes
    xs = top.get_lines()[0].get_xdata()
    assert pd.Timestamp(mdates.num2date(min(mdates.date2num(xs))).date()) == pd.Timestamp(
        "2019-04-01"
    )
    first_signed = table.index[(table["pairs"] > 0).to_numpy().argmax()]
    assert first_signed == pd.Timestamp("2019-04-01")


def test_switch_labels_overlap_no_line_and_no_other_label():
    G = sudan_size()
    names = {n: d["name"] for n, d in G.nodes(data=True)}
    fig = gk.plot_over_time(gk.balance_over_time(G, freq="Q"), names=names)
    fig.draw_without_rendering()
    _, bottom = fig.axes
    texts = [t for t in bottom.texts if t.get_text().startswith("switched:")]
    assert len(texts) >= 4
    assert "switched: Sudan Shield Forces" in [t.get_text() for t in texts]
    boxes = [t.get_window_extent() for t in texts]
    for one, other in itertools.combinations(boxes, 2):
        assert not one.overlaps(other)
    panel = bottom.get_window_extent()
    lowest_label = min(box.y0 for box in boxes)
    for line in bottom.get_lines():
        points = line.get_transform().transform(line.get_xydata())
        assert points[:, 1].max() < lowest_label, line
        assert all(panel.x0 - 1 <= box.x0 and box.x1 <= panel.x1 + 1 for box in boxes)


def test_the_camps_panel_draws_every_named_camp_and_says_when_one_split():
    # two allies, a and b, each with its own ally, fall out in February
    G = nx.MultiGraph()
    G.add_edges_from(
        [
            ("a", "a2", {"sign": 1}),
            ("b", "b2", {"sign": 1}),
            ("a", "x", {"sign": -1}),
            ("a", "b", {"sign": 1, "end": "2024-01"}),
            ("a", "b", {"sign": -1, "start": "2024-02"}),
        ]
    )
    table = gk.balance_over_time(G, freq="M")
    camps = [c for c in table.columns if c.startswith("camp:")]
    fig = gk.plot_over_time(table, names={"a": "Army", "b": "Brigade", "x": "X"})
    bottom = next(ax for ax in fig.axes if ax.get_label() == "camps")
    assert len(bottom.get_lines()) >= len(camps) == 3
    legend = [t.get_text() for t in bottom.get_legend().get_texts()]
    assert legend == [f"camp of {name}" for name in ("Army", "X", "Brigade")]
    texts = " ".join(t.get_text() for t in bottom.texts)
    assert "split: a into a, b" in texts and "merged: x into b" in texts
