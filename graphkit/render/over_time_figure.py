"""The signed graph over periods as a figure: frustration and camp sizes, switches marked."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from ..io.files import atomic_write
from .image import NO_METADATA, REPRODUCIBLE
from .scene import PALETTE

__all__ = ["plot_over_time", "save_over_time"]

_NAMED_SWITCHES = 3
"""Switches at one period named on the figure; more are counted."""


def plot_over_time(table: pd.DataFrame, *, figsize: tuple[float, float] = (11.0, 6.0)) -> Figure:
    """Draw a :func:`~graphkit.balance_over_time` table: two panels sharing the time axis.

    The upper panel is the frustration index per period; where a period was not proven
    optimal, its proven lower bound is drawn dashed below it and the point is hollow. The
    lower panel is the number of actors in each aligned camp (``camp_0``, ``camp_1``, ...)
    in the colours the page uses for camps. A period in which actors switched camp is
    marked by a vertical line in both panels, labelled with up to three of their ids.

    Drawing reads the table only; it runs no analysis.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`~graphkit.balance_over_time` returns it.
    figsize : (float, float), default (11, 6)
        Size in inches.

    Returns
    -------
    matplotlib.figure.Figure
        Save it with ``fig.savefig("over-time.png")``; it is not attached to pyplot.

    Examples
    --------
    >>> import networkx as nx
    >>> import graphkit as gk
    >>> G = nx.MultiGraph()
    >>> G.add_edges_from([("a", "b", {"sign": -1}), ("a", "c", {"sign": 1, "end": "2024-01"}),
    ...     ("b", "c", {"sign": 1, "start": "2024-02", "end": "2024-03"})])
    [0, 0, 0]
    >>> fig = gk.plot_over_time(gk.balance_over_time(G, freq="M"))
    >>> [ax.get_label() for ax in fig.axes]
    ['frustration', 'camps']
    """
    missing = {"frustration", "lower_bound", "exact", "switched"} - set(table.columns)
    if missing:
        raise ValueError(
            f"the table lacks {', '.join(sorted(missing))}: pass what gk.balance_over_time returns"
        )
    fig = Figure(figsize=figsize, layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(1, 1.3))
    top.set_label("frustration")
    bottom.set_label("camps")
    when = table.index
    top.plot(when, table["frustration"], color="#37474f", marker="o", label="frustration index")
    unproven = ~table["exact"].astype(bool)
    if unproven.any():
        top.plot(
            when[unproven],
            table["frustration"][unproven],
            linestyle="none",
            marker="o",
            markerfacecolor="white",
            color="#c62828",
            label="not proven optimal",
        )
        top.plot(when, table["lower_bound"], color="#c62828", linestyle="--", label="lower bound")
    top.set_ylabel("frustration index")
    top.set_ylim(bottom=0)
    top.legend(loc="upper left", fontsize="small", frameon=False)
    camp_columns = [c for c in table.columns if c.startswith("camp_") and c[5:].isdigit()]
    for column in camp_columns:
        label = int(column[5:])
        bottom.step(
            when,
            table[column],
            where="mid",
            color=PALETTE[label % len(PALETTE)],
            label=f"camp {label}",
        )
    bottom.set_ylabel("actors in camp")
    bottom.set_ylim(bottom=0)
    if camp_columns:
        bottom.legend(
            loc="upper left", fontsize="small", frameon=False, ncol=min(5, len(camp_columns))
        )
    for day, switched in table["switched"].items():
        if not switched:
            continue
        for ax in (top, bottom):
            ax.axvline(day, color="#ef6c00", linewidth=1, alpha=0.7)
        names = ", ".join(map(str, switched[:_NAMED_SWITCHES]))
        if len(switched) > _NAMED_SWITCHES:
            names += f" +{len(switched) - _NAMED_SWITCHES}"
        bottom.annotate(
            f"switched: {names}",
            xy=(day, 1.0),
            xycoords=("data", "axes fraction"),
            rotation=90,
            va="top",
            ha="right",
            fontsize="x-small",
            color="#bf360c",
        )
    bottom.set_xlabel("period")
    fig.suptitle("Structural balance over time")
    return fig


def save_over_time(table: pd.DataFrame, path: str | os.PathLike, *, dpi: int = 120) -> Path:
    """Write :func:`plot_over_time` of ``table`` to a PNG, SVG or PDF file, whole or not at
    all, with no date or software version in it (same table, same bytes)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    fig = plot_over_time(table)
    with matplotlib.rc_context(REPRODUCIBLE), atomic_write(path, "wb") as handle:
        fig.savefig(handle, format=fmt, dpi=dpi, facecolor="white", metadata=NO_METADATA[fmt])
    return path
