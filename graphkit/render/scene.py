"""What to draw: nodes, edges and legend as plain data, read from the graph's attributes.

The HTML page and the static image both draw this model. It is computed from node and edge
attributes, the graph's vocabulary, and tables passed in; it runs no analysis.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections import Counter
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..base.table import gc_paused
from ..core.dates import parse_date
from ..core.vocabulary import MODES, ActorKind, Vocabulary, vocabulary_of
from .layout import force_layout

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["view_model"]

NEUTRAL_NODE = "#757575"
"""Colour of actors whose kind (or category) has no colour."""
NEUTRAL_EDGE = "#9e9e9e"
"""Colour of relations whose type is not in the vocabulary."""
PALETTE = (
    "#1565c0",
    "#e65100",
    "#2e7d32",
    "#6a1b9a",
    "#c62828",
    "#00838f",
    "#ad1457",
    "#4e342e",
    "#9e9d24",
    "#37474f",
)
"""Colours of camps and of other categories, in order."""
SIZE_RANGE = (10.0, 38.0)
"""Smallest and largest node radius, in page units (pixels at zoom 1)."""
LABEL_ALL_UNTIL = 200
"""Graphs up to this many actors have every label shown; larger ones only the top ones."""

NODE_FIRST = ("kind", "country", "aliases", "description")
"""Actor attributes shown first in cards, in this order; the others follow sorted."""
_NODE_SKIP = {"name", "place", "label", "title", "x", "y"}
EDGE_FIRST = ("start", "end", "weight", "evidence", "document", "url", "reported")
"""Relation attributes shown first in cards, in this order; the others follow sorted."""
_EDGE_SKIP = {"relation", "polarity", "mode", "symmetric"}
FIGURES = ("pagerank", "betweenness", "degree", "backers", "opponents", "pn")
"""Columns of the centrality table shown in an actor's tooltip, when present."""


# Describing 200,000 relations makes millions of small dicts and lists, none in a cycle;
# the collector's full scans took 40% of the time at that size.
@gc_paused()
def view_model(
    G: nx.Graph,
    *,
    color_by: str | Mapping = "kind",
    size_by: str | Mapping | None = "auto",
    table: pd.DataFrame | None = None,
    camps: Mapping | None = None,
    top: int | None = None,
    labels: int | None = None,
    positions: Mapping | None = None,
    seed: int = 0,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> dict:
    """What the page and the static image draw: nodes, edges and legend as plain data.

    Takes the options of :func:`~graphkit.to_html`. Node and edge ids are their positions
    in the lists; every value is a JSON type. Nothing is computed but the layout: sizes,
    camps and figures come from node attributes (:func:`~graphkit.annotate` writes them)
    or from the ``table`` and ``camps`` given.

    Parameters
    ----------
    G : networkx.Graph
        The graph to draw.
    color_by, size_by, table, camps, top, labels, positions, seed, title, vocabulary
        As for :func:`~graphkit.to_html`.

    Returns
    -------
    dict
        ``title``, ``counts``, ``documents``, ``nodes`` and ``edges`` (lists of dicts),
        ``dates``, ``legend`` and what was left out (``omitted``): plain JSON data.

    Raises
    ------
    ValueError
        If ``top`` is not a positive number, or is given without a ``size_by`` measure.

    Examples
    --------
    >>> import graphkit as gk
    >>> model = gk.view_model(gk.load_dataset("syria-2024"), size_by=None)
    >>> len(model["nodes"]), len(model["edges"])
    (24, 41)
    >>> [(r["name"], r["mode"], r["dashed"]) for r in model["legend"]["relations"][:2]]
    [('courts', 'verbal', True), ('favours', 'verbal', True)]
    """
    vocabulary = vocabulary or vocabulary_of(G)
    graph_title = title or str(G.graph.get("title") or G.graph.get("name") or "Graph")
    if top is not None and top < 1:
        raise ValueError(f"top must be a positive number of actors, got {top!r}")
    size_by, sizes = _sizes(G, size_by, table)
    kept = list(G)
    if top is not None and top < len(kept):
        if sizes is None:
            raise ValueError("top needs size_by, the measure that ranks the actors")

        def rank(i: int) -> float:
            value = sizes.get(kept[i])
            return -math.inf if value is None else value

        order = sorted(range(len(kept)), key=lambda i: -rank(i))
        chosen = set(order[:top])
        kept = [node for i, node in enumerate(kept) if i in chosen]
    # Iterating a subgraph view filters every edge; draw the graph itself when all is kept.
    H = G if len(kept) == len(G) else G.subgraph(kept)
    colors, color_legend = _node_colors(G, H, color_by, camps, vocabulary)
    pos = _scaled(positions, H, seed)
    nodes = _nodes(H, sizes, table, colors, pos, labels, vocabulary, size_by)
    edges, relations = _edges(H, {node: i for i, node in enumerate(H)}, vocabulary)
    documents = _documents(G)
    size_label = size_by if isinstance(size_by, str) or size_by is None else "given values"
    kinds = Counter(d.get("kind") or "(no kind)" for _, d in H.nodes(data=True))
    return {
        "title": graph_title,
        "name": str(G.graph.get("name") or ""),
        "directed": G.is_directed(),
        "counts": {
            "actors": G.number_of_nodes(),
            "relations": G.number_of_edges(),
            "documents": len(documents),
        },
        "documents": documents,
        "colorBy": color_by if isinstance(color_by, str) else "category",
        "sizeBy": size_label,
        "omitted": None
        if len(kept) == len(G)
        else {
            "top": top,
            "by": size_label,
            "actors": len(G) - len(kept),
            "relations": G.number_of_edges() - H.number_of_edges(),
        },
        "nodes": nodes,
        "edges": edges,
        "dates": _change_days(edges),
        "legend": {
            "relations": relations,
            "kinds": [
                _kind_entry(name, count, vocabulary) for name, count in sorted(kinds.items())
            ],
            "colors": color_legend,
        },
    }


# -- nodes ------------------------------------------------------------------------------


def _sizes(G: nx.Graph, size_by, table):
    """The size measure's label and ``{actor: number}`` (None for equal sizes).

    ``"auto"`` is PageRank when the actors carry it (:func:`~graphkit.annotate`) or the
    table has it, else equal sizes.
    """
    if size_by is None:
        return None, None
    if isinstance(size_by, Mapping) or hasattr(size_by, "items"):
        return size_by, {n: _number(v) for n, v in dict(size_by.items()).items() if n in G}
    auto = size_by == "auto"
    measure = "pagerank" if auto else size_by
    values = nx.get_node_attributes(G, measure)
    if values:
        return measure, {n: _number(v) for n, v in values.items()}
    if table is not None and measure in table.columns:
        return measure, {n: _number(v) for n, v in table[measure].items() if n in G}
    if auto:
        return None, None
    found = "" if table is None else f" or a column of the table ({', '.join(map(str, table))})"
    raise ValueError(
        f"size_by={size_by!r} is neither a node attribute{found}; pass table=gk.centrality(G) "
        "or draw gk.annotate(G), whose actors carry the centrality measures"
    )


def _node_colors(G, H, color_by, camps, vocabulary):
    """``{actor: colour}`` and the colour legend (empty when colours are the kinds')."""
    if color_by == "kind":
        return {n: _kind(vocabulary, d.get("kind")).color for n, d in H.nodes(data=True)}, []
    if color_by == "camp":
        categories = dict(camps) if camps is not None else nx.get_node_attributes(G, "camp")
        if not categories:
            raise ValueError(
                "color_by='camp': no actor has a camp; pass camps=gk.camps(G) or draw "
                "gk.annotate(G), whose actors carry their camp"
            )
        label = "camp {}".format
        missing = "no camp (places, unsigned)"
    elif isinstance(color_by, Mapping):
        categories, label, missing = dict(color_by), str, "(none)"
    elif isinstance(color_by, str):
        categories = nx.get_node_attributes(G, color_by)
        if not categories:
            raise ValueError(
                f"color_by={color_by!r}: no actor has that attribute; use 'kind', "
                "'camp', a node attribute or a mapping {actor: category}"
            )
        label, missing = str, "(none)"
    else:
        raise TypeError(f"color_by must be a string or a mapping, not {type(color_by).__name__}")
    values = sorted({categories[n] for n in H if n in categories}, key=lambda v: (str(type(v)), v))
    palette = {v: PALETTE[i % len(PALETTE)] for i, v in enumerate(values)}
    colors = {
        n: palette.get(categories.get(n), NEUTRAL_NODE) if n in categories else NEUTRAL_NODE
        for n in H
    }
    counts = Counter(categories.get(n, None) if n in categories else None for n in H)
    legend = [{"label": label(v), "color": palette[v], "count": counts[v]} for v in values]
    if counts[None]:
        legend.append({"label": missing, "color": NEUTRAL_NODE, "count": counts[None]})
    return colors, legend


def _nodes(H, sizes, table, colors, pos, labels, vocabulary, size_by):
    low, high = _size_range(len(H))
    values = [sizes.get(n) for n in H] if sizes else []
    finite = [v for v in values if v is not None]
    vmin, vmax = (min(finite), max(finite)) if finite else (0.0, 0.0)
    ranked = sorted(H, key=lambda n: -(sizes.get(n) or 0.0)) if sizes else list(H)
    n_labels = labels if labels is not None else (len(H) if len(H) <= LABEL_ALL_UNTIL else 30)
    labelled = set(ranked[:n_labels])
    extent = _extent(len(H))
    figures = _figure_columns(table)
    node_order = _attribute_order(NODE_FIRST, _NODE_SKIP | set(FIGURES))
    nodes = []
    for i, (node, d) in enumerate(H.nodes(data=True)):
        kind = d.get("kind")
        value = sizes.get(node) if sizes else None
        if value is None:  # not measured (places are left out of centrality): smallest
            size = low if sizes else low + (high - low) / 3
        elif vmax == vmin:
            size = low + (high - low) / 3
        else:
            size = low + (high - low) * math.sqrt((value - vmin) / (vmax - vmin))
        x, y = pos[node]
        info = [[str(k), _text(d[k])] for k in node_order(d) if d[k] != "" or k not in NODE_FIRST]
        if table is not None and node in table.index:
            figs = [[col, _figure(table.at[node, col])] for col in figures]
        else:  # an annotated graph carries its figures
            figs = [[col, _figure(d[col])] for col in FIGURES if col in d]
        if isinstance(size_by, str) and value is not None and all(f[0] != size_by for f in figs):
            figs.insert(0, [size_by, _figure(value)])
        nodes.append(
            {
                "id": i,
                "key": _text(node),
                "label": _text(d.get("name", node)),
                "kind": _text(kind) if kind else "(no kind)",
                "shape": _kind(vocabulary, kind).shape,
                "color": colors[node],
                "size": round(size, 2),
                "labelled": node in labelled,
                "x": round(x * extent, 2),
                "y": round(-y * extent, 2),
                "info": info,
                "figures": figs,
            }
        )
    return nodes


def _attribute_order(first: tuple, skip: set):
    """``order(attributes)``: the keys a card shows, ``first`` ones first, then the others
    sorted; computed once per distinct set of keys (items of a graph share a few)."""
    known: dict[tuple, list] = {}

    def order(attributes: dict) -> list:
        keys = tuple(attributes)
        if keys not in known:
            present = set(keys)
            rest = sorted((k for k in keys if k not in first and k not in skip), key=str)
            known[keys] = [k for k in first if k in present] + rest
        return known[keys]

    return order


def _size_range(n: int) -> tuple[float, float]:
    """Node radii for ``n`` actors: large graphs get smaller nodes, the largest less so."""
    low, high = SIZE_RANGE
    shrink = min(1.0, (LABEL_ALL_UNTIL / max(n, 1)) ** 0.35)
    return low * shrink, high * math.sqrt(shrink)


def _figure_columns(table) -> list[str]:
    if table is None:
        return []
    return [c for c in FIGURES if c in table.columns]


def _extent(n: int) -> float:
    """Half the width of the drawing, in page units: room for labels in small graphs."""
    return max(420.0, 28.0 * math.sqrt(n))


def _scaled(positions, H, seed) -> dict:
    if positions is None:
        return force_layout(H, seed=seed)
    missing = [n for n in H if n not in positions]
    if missing:
        raise ValueError(f"positions has no entry for {len(missing)} actors, e.g. {missing[0]!r}")
    xs = [float(positions[n][0]) for n in H]
    ys = [float(positions[n][1]) for n in H]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max([abs(x - cx) for x in xs] + [abs(y - cy) for y in ys] + [1e-12])
    return {n: ((x - cx) / span, (y - cy) / span) for n, x, y in zip(H, xs, ys, strict=True)}


def _kind(vocabulary: Vocabulary, name):
    try:
        return vocabulary.kind(name)
    except (KeyError, TypeError):
        return ActorKind(
            name=str(name), place=False, shape="dot", color=NEUTRAL_NODE, description=""
        )


def _kind_entry(name: str, count: int, vocabulary: Vocabulary) -> dict:
    kind = _kind(vocabulary, name)
    return {
        "name": name,
        "shape": kind.shape,
        "color": kind.color,
        "count": count,
        "description": kind.description,
    }


# -- edges ------------------------------------------------------------------------------


def _edges(H, ids: dict, vocabulary: Vocabulary):
    multi = H.is_multigraph()
    triples = (
        H.edges(keys=True, data=True)
        if multi
        else ((u, v, None, d) for u, v, d in H.edges(data=True))
    )
    edge_order = _attribute_order(EDGE_FIRST, _EDGE_SKIP)
    pair_count: Counter = Counter()
    edges: list[dict] = []
    counts: Counter = Counter()
    types: dict[str, dict] = {}
    for i, (u, v, _key, d) in enumerate(triples):
        relation = _text(d.get("relation")) if d.get("relation") is not None else "(untyped)"
        kind = types.get(relation) or types.setdefault(relation, _relation(vocabulary, relation, d))
        counts[relation] += 1
        pair = (ids[u], ids[v]) if ids[u] <= ids[v] else (ids[v], ids[u])
        nth = pair_count[pair]
        pair_count[pair] += 1
        start, end = d.get("start"), d.get("end")
        weight = _number(d.get("weight", 1.0))
        edges.append(
            {
                "id": i,
                "from": ids[u],
                "to": ids[v],
                "relation": relation,
                "color": kind["color"],
                "dashed": kind["mode"] == "verbal",
                "arrow": H.is_directed() and not kind["symmetric"],
                "width": round(
                    1.0 + 2.0 * min(max(weight if weight is not None else 1.0, 0), 1), 2
                ),
                "curve": _curve(nth, reversed_=ids[u] > ids[v]),
                "since": _day(start, first=True),
                "until": _day(end, first=False),
                "info": [
                    [str(k), _text(d[k])]
                    for k in edge_order(d)
                    if d[k] != "" or k not in EDGE_FIRST
                ],
            }
        )
    order = {mode: i for i, mode in enumerate(MODES)}
    legend = sorted(
        ({**types[name], "count": count} for name, count in counts.items()),
        key=lambda t: (order.get(t["mode"], len(order)), t["name"]),
    )
    return edges, legend


def _relation(vocabulary: Vocabulary, name: str, d: dict) -> dict:
    try:
        known = vocabulary.relation(name)
        color, description = known.color, known.description
        mode, polarity, symmetric = known.mode, known.polarity, known.symmetric
    except KeyError:
        color, description, mode, polarity, symmetric = NEUTRAL_EDGE, "", "", 0, False
    mode = _text(d.get("mode", mode))
    sign = _number(d.get("polarity", polarity)) or 0
    symmetric = bool(d.get("symmetric", symmetric))
    return {
        "name": name,
        "color": color,
        "mode": mode,
        "dashed": mode == "verbal",
        "polarity": int(sign),
        "symmetric": symmetric,
        "description": description,
    }


def _curve(nth: int, *, reversed_: bool) -> float:
    """Signed roundness of the ``nth`` relation of a pair, so parallel relations fan out.

    The sign is given for the pair's canonical direction and flipped for relations drawn
    the other way, because vis-network curves relative to each edge's own direction.
    """
    if nth == 0:
        return 0.0
    roundness = 0.18 * ((nth + 1) // 2) * (1 if nth % 2 else -1)
    return -roundness if reversed_ else roundness


def _day(value, *, first: bool) -> str | None:
    """First (or last) day covered by a date value, as ``YYYY-MM-DD``; None if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        first_day, last_day = parse_date(str(value))
    except ValueError:
        return None
    return (first_day if first else last_day).isoformat()


_LAST_DAY = dt.date.max.isoformat()


def _change_days(edges: list[dict]) -> list[str]:
    """Days on which the set of relations holding changes, for the "as of" control."""
    days = set()
    for e in edges:
        if e["since"]:
            days.add(e["since"])
        if e["until"] and e["until"] != _LAST_DAY:  # after 9999-12-31, nothing changes
            days.add((dt.date.fromisoformat(e["until"]) + dt.timedelta(days=1)).isoformat())
    return sorted(days)


def _documents(G) -> list[str]:
    listed = G.graph.get("documents")
    if isinstance(listed, str) and listed.strip():
        return [line for line in listed.split("\n") if line.strip()]
    edges = G.edges(data=True)
    return sorted({_text(d["document"]) for *_, d in edges if d.get("document") not in (None, "")})


# -- values -----------------------------------------------------------------------------


def _number(value) -> float | None:
    if type(value) is float or type(value) is int:  # the usual case, without an ABC check
        return float(value) if math.isfinite(value) else None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        try:
            value = float(value)
        except (TypeError, ValueError):
            return None
    value = float(value)
    return value if math.isfinite(value) else None


def _figure(value) -> str:
    number = _number(value)
    if number is None:
        return _text(value)
    if number == int(number) and abs(number) < 1e9:
        return str(int(number))
    return f"{number:.3g}"


def _text(value: Hashable | Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
