"""The graph as one self-contained, offline HTML page (vis-network inlined, no request).

The page is ``templates/page.html`` with its own small ``page.css`` and ``page.js`` and two
things substituted in: vis-network's script, read at render time from the installed pyvis
package (a dependency already, so there is one copy on disk and its licence header, MIT or
Apache-2.0, travels with it), and the data as JSON in a ``<script type="application/json">``
block with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped. ``page.js`` builds every element
from the data with ``textContent``; pyvis's own template and its HTML tooltips are not used.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import numbers
import os
import re
from collections import Counter
from collections.abc import Hashable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .build import signed_graph
from .dates import parse_date
from .files import atomic_write
from .layout import force_layout
from .vocabulary import MODES, Vocabulary, default_vocabulary

__all__ = ["html_page", "to_html", "view_model"]

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

_NODE_FIRST = ("kind", "country", "aliases", "description")
_NODE_SKIP = {"name", "place", "label", "title", "x", "y"}
_EDGE_FIRST = ("start", "end", "weight", "evidence", "document", "url", "reported")
_EDGE_SKIP = {"relation", "polarity", "mode", "symmetric"}
_FIGURES = ("pagerank", "betweenness", "degree", "backers", "opponents", "pn")
"""Columns of the centrality table shown in an actor's tooltip, when present."""


def to_html(
    G: nx.Graph,
    path: str | os.PathLike,
    *,
    color_by: str | Mapping = "kind",
    size_by: str | Mapping | None = "pagerank",
    table=None,
    top: int | None = None,
    labels: int | None = None,
    positions: Mapping | None = None,
    seed: int = 0,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Path:
    """Write the graph as one self-contained interactive HTML page.

    The page needs no server and makes no network request: vis-network (from the
    installed pyvis package) and the data are inlined. It shows a header (title, counts,
    documents), a legend naming every relation type and actor kind present with
    check boxes that show or hide them, an "as of" date control when relations are
    dated (the same rule as :func:`~graphkit.snapshot`), tooltips on hover and details
    with evidence and document on click. Positions are computed in Python
    (:func:`~graphkit.force_layout`) and physics is off, so large graphs draw at once.
    Every text from the data is shown as text, never interpreted as HTML; documents
    become links only when they are ``http(s)`` URLs. The vis ``Network`` is
    ``window.network`` in the page.

    Parameters
    ----------
    G : networkx.Graph
        Usually a graph from :func:`~graphkit.build_graph`; any networkx graph renders
        (missing names, kinds or relation types are drawn in neutral colours).
    path : str or path-like
        The file to write; parent folders are created, and the file is replaced whole
        or not at all.
    color_by : {"kind", "camp"}, node attribute name or mapping, default "kind"
        Node colour: the actor kind's colour; the camp from :func:`graphkit.balance.camps`
        (raises ``ValueError`` if the graph has no signed relation); the categories of a
        node attribute; or a mapping ``{actor: category}``.
    size_by : str, mapping or None, default "pagerank"
        Node size: a numeric node attribute, a column of the centrality table
        (``"pagerank"``, ``"betweenness"``, ``"degree"``, ...), a mapping
        ``{actor: number}``, or None for equal sizes.
    table : pandas.DataFrame, optional
        The centrality table of ``G`` (:func:`graphkit.centrality`) if already
        computed; otherwise it is computed when ``size_by`` names one of its columns.
        Its main figures appear in the actors' tooltips.
    top : int, optional
        Keep only the ``top`` actors with the largest ``size_by`` value (and the
        relations among them); the page says how many actors and relations were left out.
    labels : int, optional
        How many actors (the largest) have a label at full view; the others show theirs
        when zoomed in. Default: all up to 200 actors, else 30.
    positions : mapping, optional
        ``{actor: (x, y)}`` in any scale (y upwards), for example to keep the layout of
        another snapshot; :func:`~graphkit.force_layout` of the drawn graph otherwise.
    seed : int, default 0
        Seed of the layout.
    title : str, optional
        Page title; ``G.graph["title"]``, or else ``G.graph["name"]``, by default.
    vocabulary : Vocabulary, optional
        Colours, shapes and modes of relation types and actor kinds; the default
        vocabulary if omitted.

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> page = gk.to_html(G, pathlib.Path(tempfile.mkdtemp()) / "syria.html", size_by="degree")
    >>> text = page.read_text(encoding="utf-8")
    >>> "Hayat Tahrir al-Sham" in text, "https://" in text.split("vis-network")[0]
    (True, False)
    """
    page = html_page(
        G,
        color_by=color_by,
        size_by=size_by,
        table=table,
        top=top,
        labels=labels,
        positions=positions,
        seed=seed,
        title=title,
        vocabulary=vocabulary,
    )
    path = Path(path)
    with atomic_write(path) as handle:
        handle.write(page)
    return path


def html_page(G: nx.Graph, **options: Any) -> str:
    """The page :func:`to_html` writes, as a string (same keyword options).

    Examples
    --------
    >>> import graphkit as gk
    >>> page = gk.html_page(gk.load_dataset("syria-2024"), size_by=None)
    >>> page.startswith("<!DOCTYPE html>"), 'window.network' in page
    (True, True)
    """
    model = view_model(G, **options)
    title = model["title"]
    parts = {
        "TITLE": html.escape(title),
        "STYLE": _template("page.css"),
        "VIS_JS": _vis_js(),
        "DATA": _script_json(_wire(model)),
        "APP_JS": _template("page.js"),
    }
    # One pass over the template: text substituted in is never scanned for placeholders.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m[1]], _template("page.html"))


def _wire(model: dict) -> dict:
    """The model as the page reads it, lighter: ids are list positions, defaults and what
    the legend says for every relation of a type (colour, dashes, arrows) are left out."""

    def slim(item: dict, drop: set) -> dict:
        return {k: v for k, v in item.items() if k not in drop and not _empty(v)}

    nodes = [slim(n, {"id"}) for n in model["nodes"]]
    edges = [slim(e, {"id", "color", "dashed", "arrow"}) for e in model["edges"]]
    for e in edges:
        if e.get("curve") == 0:
            del e["curve"]
    return {**model, "nodes": nodes, "edges": edges}


def _empty(value) -> bool:
    return value is None or value is False or (isinstance(value, list) and not value)


def view_model(
    G: nx.Graph,
    *,
    color_by: str | Mapping = "kind",
    size_by: str | Mapping | None = "pagerank",
    table=None,
    top: int | None = None,
    labels: int | None = None,
    positions: Mapping | None = None,
    seed: int = 0,
    title: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> dict:
    """What the page and the static image draw: nodes, edges and legend as plain data.

    Takes the options of :func:`to_html`. Node and edge ids are their positions in the
    lists; every value is a JSON type.

    Examples
    --------
    >>> import graphkit as gk
    >>> model = gk.view_model(gk.load_dataset("syria-2024"), size_by=None)
    >>> len(model["nodes"]), len(model["edges"])
    (24, 41)
    >>> [(r["name"], r["mode"], r["dashed"]) for r in model["legend"]["relations"][:2]]
    [('courts', 'verbal', True), ('favours', 'verbal', True)]
    """
    vocabulary = vocabulary or default_vocabulary()
    graph_title = title or str(G.graph.get("title") or G.graph.get("name") or "Graph")
    if top is not None and top < 1:
        raise ValueError(f"top must be a positive number of actors, got {top!r}")
    sizes, table = _sizes(G, size_by, table)
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
    H = G.subgraph(kept)
    colors, color_legend = _node_colors(G, H, color_by, vocabulary)
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
    """``{actor: number}`` for size_by, and the centrality table if one was used."""
    if size_by is None:
        return None, table
    if isinstance(size_by, Mapping) or hasattr(size_by, "items"):
        return {n: _number(v) for n, v in dict(size_by.items()).items() if n in G}, table
    values = nx.get_node_attributes(G, size_by)
    if values:
        return {n: _number(v) for n, v in values.items()}, table
    if table is None:
        from .centrality import centrality

        table = centrality(G)
    if size_by not in table.columns:
        raise ValueError(
            f"size_by={size_by!r} is neither a node attribute nor a column of the "
            f"centrality table ({', '.join(map(str, table.columns))})"
        )
    return {n: _number(v) for n, v in table[size_by].items() if n in G}, table


def _node_colors(G, H, color_by, vocabulary):
    """``{actor: colour}`` and the colour legend (empty when colours are the kinds')."""
    if color_by == "kind":
        return {n: _kind(vocabulary, d.get("kind")).color for n, d in H.nodes(data=True)}, []
    if color_by == "camp":
        categories = _camps(G)
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


def _camps(G) -> dict:
    S = signed_graph(G)
    if not any(d["sign"] for *_, d in S.edges(data=True)):
        raise ValueError(
            "color_by='camp' needs signed relations (a non-zero polarity in a "
            "verbal or material relation); this graph has none: use "
            "color_by='kind' or a node attribute"
        )
    from .balance import camps

    return camps(G)


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
        info = [[key, _text(d[key])] for key in _NODE_FIRST if key in d and d[key] != ""]
        info += [
            [str(k), _text(v)]
            for k, v in sorted(d.items(), key=lambda kv: str(kv[0]))
            if k not in _NODE_FIRST and k not in _NODE_SKIP
        ]
        figs = []
        if isinstance(size_by, str) and sizes and size_by not in figures and value is not None:
            figs.append([size_by, _figure(value)])
        if table is not None and node in table.index:
            figs += [[col, _figure(table.at[node, col])] for col in figures]
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


def _size_range(n: int) -> tuple[float, float]:
    """Node radii for ``n`` actors: large graphs get smaller nodes, the largest less so."""
    low, high = SIZE_RANGE
    shrink = min(1.0, (LABEL_ALL_UNTIL / max(n, 1)) ** 0.35)
    return low * shrink, high * math.sqrt(shrink)


def _figure_columns(table) -> list[str]:
    if table is None:
        return []
    return [c for c in _FIGURES if c in table.columns]


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
        from .vocabulary import ActorKind

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
    pair_count: Counter = Counter()
    edges, counts, types = [], Counter(), {}
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
                "info": [[key, _text(d[key])] for key in _EDGE_FIRST if key in d and d[key] != ""]
                + [
                    [str(k), _text(val)]
                    for k, val in sorted(d.items(), key=lambda kv: str(kv[0]))
                    if k not in _EDGE_FIRST and k not in _EDGE_SKIP
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
    polarity = _number(d.get("polarity", polarity)) or 0
    symmetric = bool(d.get("symmetric", symmetric))
    return {
        "name": name,
        "color": color,
        "mode": mode,
        "dashed": mode == "verbal",
        "polarity": int(polarity),
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


def _change_days(edges: list[dict]) -> list[str]:
    """Days on which the set of relations holding changes, for the "as of" control."""
    days = set()
    for e in edges:
        if e["since"]:
            days.add(e["since"])
        if e["until"]:
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


def _script_json(data) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>``, no comment."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


@cache
def _template(name: str) -> str:
    return resources.files("graphkit").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _vis_js() -> str:
    """vis-network's script, read from the installed pyvis package (one copy on disk)."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    found = sorted(
        lib.glob("vis-*/vis-network.min.js"),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)),
    )
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}; reinstall pyvis")
    script = found[-1].read_text(encoding="utf-8")
    # No source map: developer tools would try to fetch it from next to the page.
    script = re.sub(r"^//# sourceMappingURL=.*$", "", script, flags=re.MULTILINE)
    return re.sub(r"</(script)", r"<\\/\1", script, flags=re.IGNORECASE)
