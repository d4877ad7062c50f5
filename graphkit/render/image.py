"""The graph as a static PNG or SVG for reports: the page's colours, shapes, layout and legend."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import matplotlib
import networkx as nx
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.path import Path as MarkerPath
from matplotlib.transforms import Affine2D

from ..io.files import atomic_write
from .scene import drawable, view_model

__all__ = ["to_figure", "to_image"]

FORMATS = ("png", "svg", "pdf")
"""File formats :func:`to_image` writes, chosen by the file's extension."""

NO_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}
"""What matplotlib would otherwise write into a file that changes between runs or versions
(a timestamp, its own version): left out, so the same graph gives the same bytes."""

REPRODUCIBLE: dict[Any, Any] = {"svg.hashsalt": "graphkit"}
"""matplotlib settings for files that do not change between runs: SVG element ids are
derived from a fixed salt instead of a random one."""

_ELLIPSE = MarkerPath.unit_circle().transformed(Affine2D().scale(1.35, 0.8))
_MARKERS: dict[str, Any] = {
    "dot": "o",
    "ellipse": _ELLIPSE,
    "square": "s",
    "triangle": "^",
    "triangleDown": "v",
    "diamond": "D",
    "star": "*",
    "hexagon": "h",
}
_ARROWS_UNTIL = 1500
"""Graphs with up to this many relations get arrowed edges, a pair's relations folded into
one line with their number; larger ones plain lines."""
_MIXED = "#3d4a57"
"""Colour of a folded pair whose relations are of several types (as on the page)."""
_POINTS_PER_PIXEL = 0.75
"""Line patterns are given in page pixels; a point is 4/3 of a CSS pixel."""


def to_image(
    G: nx.Graph,
    path: str | os.PathLike,
    *,
    figsize: tuple[float, float] = (13.0, 8.0),
    dpi: int = 150,
    **options: Any,
) -> Path:
    """Draw the graph into a PNG, SVG or PDF file, as the HTML page shows it.

    Same colours (relation types, actor kinds or camps), shapes, sizes, dashes for
    verbal relations, arrows and layout as :func:`~graphkit.to_html` with the same
    options and seed; a legend names every relation type and actor kind drawn. In SVG
    and PDF, text stays text (searchable, editable). No date or software version is
    written into the file, so the same graph and options give the same bytes.

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    path : str or path-like
        ``.png``, ``.svg`` or ``.pdf``; written whole or not at all, folders created.
    figsize : (float, float), default (13, 8)
        Size in inches.
    dpi : int, default 150
        Resolution of a PNG.
    **options
        The keyword options of :func:`~graphkit.to_html` (``color_by``, ``size_by``,
        ``top``, ``labels``, ``positions``, ``seed``, ``title``, ``vocabulary``, ``table``).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        For another extension.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import graphkit as gk
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> gk.to_image(gk.load_dataset("syria-2024"), folder / "syria.svg").suffix
    '.svg'
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(
            f"cannot tell the image format from {path.name!r}: use a file name "
            f"ending in {', '.join('.' + f for f in FORMATS)}"
        )
    with matplotlib.rc_context({**REPRODUCIBLE, "svg.fonttype": "none", "pdf.fonttype": 42}):
        fig = to_figure(G, figsize=figsize, **options)
        with atomic_write(path, "wb") as handle:
            fig.savefig(handle, format=fmt, dpi=dpi, facecolor="white", metadata=NO_METADATA[fmt])
    return path


def to_figure(G: nx.Graph, *, figsize: tuple[float, float] = (13.0, 8.0), **options: Any) -> Figure:
    """The matplotlib figure :func:`to_image` saves, to adjust before saving.

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    figsize : tuple of float, default (13.0, 8.0)
        Width and height in inches.
    **options
        The keyword options of :func:`~graphkit.to_html` that choose what is drawn
        (``color_by``, ``size_by``, ``top``, ``labels``, ``positions``, ``seed``,
        ``title``, ``vocabulary``, ``table``, ``camps``).

    Returns
    -------
    matplotlib.figure.Figure
        The graph on axes labelled ``"graph"``, and its legend; not attached to pyplot.

    Examples
    --------
    >>> import graphkit as gk
    >>> fig = gk.to_figure(gk.load_dataset("syria-2024"), size_by=None)
    >>> [ax.get_label() for ax in fig.axes]
    ['graph']
    """
    model = drawable(view_model(G, **options))
    fig = Figure(figsize=figsize, layout=None)
    ax = fig.add_axes((0.01, 0.02, 0.76, 0.86), label="graph")
    ax.set_axis_off()
    nodes, edges = model["nodes"], model["edges"]
    xy = np.array([[n["x"], -n["y"]] for n in nodes], dtype=float).reshape(-1, 2)
    _fit(fig, ax, xy)
    points_per_unit = _points_per_unit(fig, ax)
    radius = {n["id"]: n["size"] * points_per_unit for n in nodes}
    patterns = {r["name"]: r.get("dashes") for r in model["legend"]["relations"]}
    if len(edges) <= _ARROWS_UNTIL:
        by_pair: dict[tuple[int, int], list[dict]] = {}
        for e in edges:
            if e["from"] != e["to"]:
                by_pair.setdefault((min(e["from"], e["to"]), max(e["from"], e["to"])), []).append(e)
        for (a, b), group in by_pair.items():
            if len(group) == 1:
                e = group[0]
                _arrow(ax, xy[e["from"]], xy[e["to"]], e, radius, patterns.get(e["relation"]))
            else:
                _folded(ax, xy[a], xy[b], group, radius[a], radius[b], patterns)
    else:
        lines = LineCollection(
            [(xy[e["from"]], xy[e["to"]]) for e in edges],
            colors=[e["color"] for e in edges],
            linewidths=0.3,
            alpha=0.35,
            zorder=1,
        )
        ax.add_collection(lines)
    for shape in sorted({n["shape"] for n in nodes}):
        group = [n for n in nodes if n["shape"] == shape]
        ax.scatter(
            [xy[n["id"]][0] for n in group],
            [xy[n["id"]][1] for n in group],
            s=[(2 * radius[n["id"]]) ** 2 * 0.8 for n in group],
            c=[n["color"] for n in group],
            marker=_MARKERS.get(shape, "o"),
            edgecolors=[n.get("ring") or "white" for n in group],
            linewidths=[2.0 if n.get("ring") else 0.8 for n in group],
            zorder=3,
        )
    _labels(fig, ax, nodes, xy, radius)
    _header(fig, model)
    _legend(fig, model)
    return fig


def _fit(fig: Figure, ax, xy: np.ndarray) -> None:
    """Limits that show every node with room for labels, at equal scales on both axes."""
    low, high = (xy.min(axis=0), xy.max(axis=0)) if len(xy) else (np.zeros(2), np.ones(2))
    span = np.maximum(high - low, 1.0)
    low, high = low - span * [0.1, 0.05] - 40, high + span * [0.1, 0.05] + 40
    box = ax.get_position()
    aspect = (fig.get_figheight() * box.height) / (fig.get_figwidth() * box.width)
    width, height = high - low
    if height / width < aspect:
        grow = (width * aspect - height) / 2
        low, high = low - np.array([0, grow]), high + np.array([0, grow])
    else:
        grow = (height / aspect - width) / 2
        low, high = low - np.array([grow, 0]), high + np.array([grow, 0])
    ax.set_xlim(low[0], high[0])
    ax.set_ylim(low[1], high[1])


def _points_per_unit(fig: Figure, ax) -> float:
    """How many typographic points one drawing unit spans, once the aspect is equal."""
    width_in = fig.get_figwidth() * ax.get_position().width
    height_in = fig.get_figheight() * ax.get_position().height
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    return 72 * min(width_in / max(x1 - x0, 1e-9), height_in / max(y1 - y0, 1e-9))


def _linestyle(pattern) -> Any:
    if not pattern:
        return "-"
    return (0, tuple(length * _POINTS_PER_PIXEL for length in pattern))


def _arrow(ax, start, end, e: dict, radius: dict, pattern=None) -> None:
    if e["from"] == e["to"]:
        return
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            arrowstyle="-|>" if e["arrow"] else "-",
            mutation_scale=9,
            connectionstyle=f"arc3,rad={-e['curve']:.3f}",
            color=e["color"],
            linewidth=0.6 + 0.5 * e["width"],
            linestyle=_linestyle(pattern),
            shrinkA=radius[e["from"]] + 1,
            shrinkB=radius[e["to"]] + 2,
            alpha=0.9,
            zorder=2,
        )
    )


def _folded(ax, start, end, group: list[dict], ra: float, rb: float, patterns: dict) -> None:
    """Several relations between two actors: one line with their number, as on the page."""
    types = sorted({e["relation"] for e in group})
    colour = group[0]["color"] if len(types) == 1 else _MIXED
    pattern = patterns.get(types[0]) if len(types) == 1 else None
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            arrowstyle="-",
            color=colour,
            linewidth=1.2 + 0.35 * min(len(group), 8),
            linestyle=_linestyle(pattern),
            shrinkA=ra + 1,
            shrinkB=rb + 1,
            alpha=0.95,
            zorder=2,
        )
    )
    middle = (np.asarray(start) + np.asarray(end)) / 2
    ax.annotate(
        str(len(group)),
        middle,
        ha="center",
        va="center",
        fontsize=7,
        color="#1c2530",
        bbox={"boxstyle": "square,pad=0.2", "facecolor": "white", "edgecolor": colour},
        zorder=4,
        label="count",
    )


def _labels(fig: Figure, ax, nodes: list[dict], xy: np.ndarray, radius: dict) -> None:
    """Names of the actors labelled in the model, largest first, each below, above, right
    or left of its actor where it overlaps no name or pair count already written; a name
    with no free place is left out (never written over another)."""
    # A light box rather than a stroked halo: path effects would turn SVG text into paths.
    halo = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}
    order = sorted((n for n in nodes if n["labelled"]), key=lambda n: (-n["size"], n["id"]))
    if not order:
        return
    renderer = FigureCanvasAgg(fig).get_renderer()  # measures text as any format draws it
    taken = [t.get_window_extent(renderer) for t in ax.texts]
    frame = ax.get_window_extent(renderer)
    for n in order:
        r = radius[n["id"]] + 2
        for offset, ha, va in (
            ((0, -r), "center", "top"),
            ((0, r), "center", "bottom"),
            ((r, 0), "left", "center"),
            ((-r, 0), "right", "center"),
        ):
            text = ax.annotate(
                n["label"],
                xy[n["id"]],
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=8,
                color="#1c2530",
                bbox=halo,
                zorder=4,
                parse_math=False,
            )
            box = text.get_window_extent(renderer)
            inside = (
                frame.x0 <= box.x0
                and box.x1 <= frame.x1
                and frame.y0 <= box.y0 <= box.y1 <= frame.y1
            )
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                break
            text.remove()


def _header(fig: Figure, model: dict) -> None:
    c = model["counts"]
    bits = [f"{c['actors']:,} actors", f"{c['relations']:,} relations"]
    if c["documents"]:
        bits.append(f"{c['documents']:,} document" + ("s" if c["documents"] != 1 else ""))
    if model["sizeBy"]:
        bits.append(f"node size: {model['sizeBy']}")
    if model["omitted"]:
        o = model["omitted"]
        bits.append(
            f"top {len(model['nodes']):,} by {o['by']} shown ({o['actors']:,} actors, "
            f"{o['relations']:,} relations left out)"
        )
    fig.text(
        0.015,
        0.965,
        model["title"],
        fontsize=15,
        fontweight="bold",
        va="top",
        color="#1c2530",
        parse_math=False,
    )
    fig.text(
        0.015, 0.925, " · ".join(bits), fontsize=9.5, va="top", color="#5d6b7a", parse_math=False
    )


_LEGEND_WIDTH = 34
"""Characters a legend line holds: the legend's column is a fifth of the picture."""


def _legend_lines(text: str) -> str:
    """A legend label broken into lines that fit the legend's column."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, _LEGEND_WIDTH, break_on_hyphens=False) or [""])
        for line in text.split("\n")
    )


def _legend(fig: Figure, model: dict) -> None:
    legend = model["legend"]
    handles: list = []
    labels: list[str] = []
    headings: set[int] = set()
    subheadings: set[int] = set()

    def heading(text: str) -> None:
        headings.add(len(labels))
        handles.append(Line2D([], [], linestyle="none"))
        labels.append(text.upper())

    if legend["colors"]:
        heading(f"Colour: {model['colorBy']}")
        for c in legend["colors"]:
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=7,
                    markerfacecolor=c["color"],
                    markeredgecolor=c.get("ring") or "white",
                    markeredgewidth=1.6 if c.get("ring") else 1.0,
                )
            )
            note = f"\n{c['note']}" if c.get("note") else ""
            labels.append(_legend_lines(f"{c['label']} ({c['count']:,}){note}"))
    heading("Actors")
    for k in legend["kinds"]:
        color = k["color"] if model["colorBy"] == "kind" else "#8a96a3"
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=_MARKERS.get(k["shape"], "o"),
                markersize=7,
                markerfacecolor=color,
                markeredgecolor="white",
            )
        )
        labels.append(_legend_lines(f"{k['name']} ({k['count']:,})"))
    heading("Relations")
    lines = {
        "material": "solid",
        "verbal": "dashed",
        "structural": "dotted",
        "territorial": "dash-dot",
    }
    mode = None
    for r in legend["relations"]:
        if r["mode"] != mode:
            mode = r["mode"]
            handles.append(Line2D([], [], linestyle="none"))
            labels.append(f"{mode or 'other'}" + (f" ({lines[mode]})" if mode in lines else ""))
            subheadings.add(len(labels) - 1)
        handles.append(
            Line2D([], [], color=r["color"], linewidth=2, linestyle=_linestyle(r.get("dashes")))
        )
        labels.append(_legend_lines(f"{r['name']} ({r['count']:,})"))
    # the legend keeps to the picture: smaller type until it fits above the bottom edge
    for size in (8.0, 7.0, 6.0, 5.0):
        box = fig.legend(
            handles,
            labels,
            loc="upper left",
            bbox_to_anchor=(0.79, 0.9),
            frameon=False,
            fontsize=size,
            handlelength=2.4,
            labelspacing=0.35 * size / 8,
            borderaxespad=0,
        )
        fig.draw_without_rendering()
        if box.get_window_extent().y0 >= 0 or size == 5.0:
            break
        box.remove()
    for text in box.get_texts():
        text.set_parse_math(False)  # names are text: "$5bn$" is not mathematics
    for i in headings:
        text = box.get_texts()[i]
        text.set_fontweight("bold")
        text.set_color("#5d6b7a")
    for i in subheadings:
        box.get_texts()[i].set_color("#5d6b7a")
        box.get_texts()[i].set_fontstyle("italic")
