"""The signed graph over periods as a figure: frustration and camp sizes, switches marked."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from ..io.files import atomic_write
from .image import NO_METADATA, REPRODUCIBLE
from .scene import PALETTE, drawable

__all__ = ["plot_over_time", "save_over_time", "write_over_time_to"]

_NAMED_SWITCHES = 3
"""Switches at one period named on the figure; more are counted."""


def plot_over_time(
    table: pd.DataFrame,
    *,
    figsize: tuple[float, float] = (11.0, 6.0),
    names: Mapping | None = None,
) -> Figure:
    """Draw a :func:`~graphkit.balance_over_time` table: two panels sharing the time axis.

    The upper panel is the frustration index per period; where a period was not proven
    optimal, its proven lower bound is drawn dashed below it and the point is hollow. The
    lower panel is the number of actors in each camp (the ``camp:LABEL`` columns, a camp
    named after its most central member) in the colours the page uses for categories. A
    period in which actors switched camp, or a camp split or merged, is marked by a
    vertical line in both panels, labelled with what happened (up to three names of those
    who switched); the labels sit in a band above the camp lines, in as many rows as they
    need not to overlap each other, so they never cover a line. The time axis starts at the first
    period with a signed relation (the ``pairs`` column): periods before it, with only
    structural or territorial relations, are left out.

    Drawing reads the table only; it runs no analysis.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`~graphkit.balance_over_time` returns it.
    figsize : (float, float), default (11, 6)
        Size in inches.
    names : mapping, optional
        ``{actor: display name}`` for the camps and the switch labels (ids by default).

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
    if "pairs" in table.columns and len(table):
        signed = (table["pairs"].fillna(0) > 0).to_numpy()
        if signed.any():
            table = table.iloc[int(signed.argmax()) :]
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
            color="#b2182b",
            label="not proven optimal",
        )
        top.plot(when, table["lower_bound"], color="#b2182b", linestyle="--", label="lower bound")
    top.set_ylabel("frustration index")
    top.set_ylim(bottom=0)
    # legends beside the panels, where no line or label can be
    top.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    camp_columns = [
        c
        for c in table.columns
        if isinstance(c, str) and c.startswith("camp:") and pd.api.types.is_numeric_dtype(table[c])
    ]
    names = names or {}
    highest = 0.0
    for k, column in enumerate(camp_columns):
        label = column[5:]
        bottom.step(
            when,
            table[column],
            where="mid",
            color=PALETTE[k % len(PALETTE)],
            label=drawable(f"camp of {names.get(label, label)}"),
        )
        highest = max(highest, float(table[column].max() or 0))
    bottom.set_ylabel("actors in camp")
    if camp_columns:
        bottom.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    changes = [(day, text) for day, row in table.iterrows() if (text := _change_text(row, names))]
    _switch_labels(fig, top, bottom, changes, highest)
    bottom.set_xlabel("period")
    fig.suptitle("Structural balance over time")
    return fig


_LANE = 0.085
"""Height of one row of switch labels, as a share of the camps panel."""


def _change_text(row: pd.Series, names: Mapping) -> str:
    """What happened to the camps in one period, in words: who switched, which camps split
    or merged (a table without ``split``/``merged`` columns has switches only)."""
    parts = []
    switched = list(row["switched"]) if len(row["switched"]) else []
    if switched:
        shown = [str(names.get(a, a)) for a in switched[:_NAMED_SWITCHES]]
        more = len(switched) - _NAMED_SWITCHES
        parts.append("switched: " + ", ".join(shown) + (f" +{more}" if more > 0 else ""))
    for column in ("split", "merged"):
        events = row.get(column)
        if events is not None and len(events):
            parts.append(f"{column}: " + "; ".join(str(e) for e in events))
    return drawable("; ".join(parts))


def _switch_labels(fig, top, bottom, changes, highest: float) -> None:
    """Vertical lines at the changes, and their labels in rows above the camp lines."""
    texts = []
    for day, text in changes:
        texts.append(
            bottom.annotate(
                text,
                xy=(day, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(2, 0),
                textcoords="offset points",
                va="top",
                ha="left",
                fontsize="x-small",
                color="#bf360c",
                annotation_clip=False,
            )
        )
    # Rows: each label takes the first row where it overlaps no label already placed.
    lanes: list[list] = []
    if texts:
        fig.draw_without_rendering()
        right = bottom.get_window_extent().x1
        for text in texts:
            box = text.get_window_extent()
            if box.x1 > right:  # it would leave the panel: to the left of its line instead
                text.set_horizontalalignment("right")
                text.xyann = (-2, 0)
                fig.draw_without_rendering()
                box = text.get_window_extent()
            for k, lane in enumerate(lanes):
                if all(box.x1 < other.x0 - 2 or other.x1 < box.x0 - 2 for other in lane):
                    lane.append(box)
                    text.xy = (text.xy[0], 1.0 - k * _LANE)
                    break
            else:
                text.xy = (text.xy[0], 1.0 - len(lanes) * _LANE)
                lanes.append([box])
    band = 0.04 + len(lanes) * _LANE  # the share of the panel the labels take, at the top
    bottom.set_ylim(0, max(highest, 1.0) * 1.05 / (1 - band))
    for day, _ in changes:
        top.axvline(day, color="#ef6c00", linewidth=1, alpha=0.7)
        bottom.axvline(day, ymax=1 - band, color="#ef6c00", linewidth=1, alpha=0.7)


def save_over_time(table: pd.DataFrame, path: str | os.PathLike, *, dpi: int = 120) -> Path:
    """Write :func:`plot_over_time` of ``table`` to a PNG, SVG or PDF file, whole or not at
    all, with no date or software version in it (same table, same bytes)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    fig = plot_over_time(table)
    with atomic_write(path, "wb") as handle:
        _save(fig, handle, fmt, dpi)
    return path


def write_over_time_to(table: pd.DataFrame, handle: IO[bytes], fmt: str, *, dpi: int = 120) -> None:
    """Write :func:`plot_over_time` of ``table`` to an open binary file as ``fmt`` (png,
    svg or pdf), as :func:`save_over_time` does (for a file written with others, all or
    nothing)."""
    _save(plot_over_time(table), handle, fmt, dpi)


def _save(fig, handle: IO[bytes], fmt: str, dpi: int) -> None:
    with matplotlib.rc_context(REPRODUCIBLE):
        fig.savefig(handle, format=fmt, dpi=dpi, facecolor="white", metadata=NO_METADATA[fmt])
