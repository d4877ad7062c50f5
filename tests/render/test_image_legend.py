"""The static picture's legend stays inside the picture, however long its labels."""

from __future__ import annotations

import networkx as nx
import pytest

import graphkit as gk
from graphkit.render.image import to_figure


def long_names() -> nx.MultiDiGraph:
    G = gk.load_dataset("syria-2024")
    H = G.copy()
    for node in H:
        H.nodes[node]["name"] = f"{H.nodes[node]['name']} of the Extraordinarily Long Name"
    return H


@pytest.mark.parametrize(
    "graph",
    [lambda: gk.load_dataset("syria-2024"), lambda: gk.load_dataset("gdelt-2019-10"), long_names],
)
def test_the_legend_fits_the_picture(graph):
    fig = to_figure(gk.annotate(graph(), time_limit=10), color_by="camp")
    fig.draw_without_rendering()
    (legend,) = fig.legends
    box, page = legend.get_window_extent(), fig.bbox
    assert box.x0 >= 0 and box.x1 <= page.x1 + 0.5
    assert box.y0 >= 0 and box.y1 <= page.y1
