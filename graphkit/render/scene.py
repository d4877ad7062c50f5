"""What to draw: nodes, edges and legend as plain data, read from the graph's attributes.

The HTML page and the static image both draw this model. It is computed from node and edge
attributes, the graph's vocabulary, and tables passed in; it runs no analysis.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import numbers
from collections import Counter
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..analysis.layout import force_layout
from ..base.characters import CONTROL_CHARACTERS
from ..base.table import gc_paused
from ..core.dates import parse_date
from ..core.vocabulary import MODES, ActorKind, Vocabulary, vocabulary_of
from .palette import lighter, line_patterns

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["drawable", "view_model"]

NEUTRAL_NODE = "#757575"
"""Colour of actors whose kind (or category) has no colour."""
NO_CAMP = "#c3c9d0"
"""Colour of actors without a camp (places, actors without a signed tie) in camp colours."""
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
"""Colours of the categories of ``color_by`` (an attribute or a mapping), in order."""
CAMP_PAIRS = (
    ("#0072b2", "#d55e00"),
    ("#009e73", "#cc79a7"),
    ("#56b4e9", "#e69f00"),
    ("#332288", "#999933"),
    ("#44aa99", "#882255"),
)
"""Colours of the two camps of each conflict (a signed component with a negative tie), in
the order of the components (largest first): each pair, and any two pairs, can be told
apart with the common colour-vision deficiencies (Okabe-Ito and Tol colours). A sixth
conflict takes the first pair again."""
GROUP_COLORS = ("#a6761d", "#7570b3", "#6b8e23")
"""Colours of the first components without opposition (one group each, never drawn as two
sides); the next ones share :data:`OTHER_GROUPS`."""
OTHER_GROUPS = "#8e9aa6"
"""Colour shared by the groups without opposition beyond :data:`GROUP_COLORS`."""
AGAINST_BOTH_RING = "#1c2530"
"""Ring drawn around an actor with negative ties to both camps of its component."""
FACES = "faces the "
NO_OPPOSITION = "its component has no negative tie: no opposing camp"
"""The notes of a camp in the colour legend (the page composes them from ``camps``)."""
LIGHT_SHARE = 0.55
"""Share of white mixed into a camp's colour for actors placed in it by inference."""
SIZE_RANGE = (10.0, 38.0)
"""Smallest and largest node radius, in page units (pixels at zoom 1)."""
LABEL_ALL_UNTIL = 200
"""Graphs up to this many actors have every label shown; larger ones only the top ones."""

NODE_FIRST = ("kind", "country", "aliases", "description")
"""Actor attributes shown first in cards, in this order; the others follow sorted."""
EDGE_FIRST = ("start", "end", "weight", "evidence", "document", "url", "reported")
"""Relation attributes shown first in cards, in this order; the others follow sorted."""
_EDGE_SKIP = {"relation", "polarity", "mode", "symmetric"}
FIGURES = (
    "pagerank",
    "betweenness",
    "degree",
    "in_degree",
    "out_degree",
    "backers",
    "opponents",
    "pn",
    "hub",
    "authority",
    "frustrated_share",
)
"""Figures shown for an actor, in this order, when present: the columns of the centrality
table (from ``table`` or the node attributes :func:`~graphkit.annotate` writes) and the
share of its signed weight that is frustrated."""
SHARES = frozenset({"pagerank", "betweenness", "hub", "authority", "frustrated_share"})
"""Figures that are shares of a whole, shown as percentages."""
CAMP_ATTRIBUTES = (
    "camp",
    "component",
    "opposes",
    "camp_basis",
    "against_both",
    "camp_by_period",
    "switched_in",
)
"""Node attributes of the annotated graph that the page shows as camps, not as text."""
_NODE_SKIP = {"name", "place", "label", "title", "x", "y", *CAMP_ATTRIBUTES}


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
    graph_title = _title(G, title)
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
    if color_by == "camp":
        camp_view = _CampView(G, H, camps)
        colors, color_legend = camp_view.colors, camp_view.legend()
    else:
        camp_view = None
        colors, color_legend = _node_colors(G, H, color_by, vocabulary)
    pos = _scaled(positions, H, seed)
    nodes = _nodes(H, sizes, table, colors, pos, labels, vocabulary, size_by)
    edges, relations = _edges(H, {node: i for i, node in enumerate(H)}, vocabulary)
    documents = _documents(G)
    size_label = size_by if isinstance(size_by, str) or size_by is None else "given values"
    kinds = Counter(d.get("kind") or "(no kind)" for _, d in H.nodes(data=True))
    model = {
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
    if camp_view is not None:
        camp_view.describe(model)
    return model


def _title(G: nx.Graph, title: str | None) -> str:
    """The page's title: the one given, the graph's ``title``, its ``name`` (the dataset's
    name, or the relations file's for graphs the command line builds), the dataset of the
    events it was aggregated from, else "Actors and relations"."""
    if title:
        return str(title)
    for key in ("title", "name"):
        value = G.graph.get(key)
        if value not in (None, ""):
            return str(value)
    policy = G.graph.get("event_policy")
    if isinstance(policy, str):
        try:
            dataset = json.loads(policy).get("dataset")
        except (ValueError, AttributeError):
            dataset = None
        if dataset:
            return f"{dataset} events"
    return "Actors and relations"


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


def _node_colors(G, H, color_by, vocabulary):
    """``{actor: colour}`` and the colour legend (empty when colours are the kinds')."""
    if color_by == "kind":
        return {n: _kind(vocabulary, d.get("kind")).color for n, d in H.nodes(data=True)}, []
    if isinstance(color_by, Mapping):
        categories, missing = dict(color_by), "(none)"
    elif isinstance(color_by, str):
        categories = nx.get_node_attributes(G, color_by)
        if not categories:
            raise ValueError(
                f"color_by={color_by!r}: no actor has that attribute; use 'kind', "
                "'camp', a node attribute or a mapping {actor: category}"
            )
        missing = "(none)"
    else:
        raise TypeError(f"color_by must be a string or a mapping, not {type(color_by).__name__}")
    values = sorted({categories[n] for n in H if n in categories}, key=lambda v: (str(type(v)), v))
    palette = {v: PALETTE[i % len(PALETTE)] for i, v in enumerate(values)}
    colors = {
        n: palette.get(categories.get(n), NEUTRAL_NODE) if n in categories else NEUTRAL_NODE
        for n in H
    }
    counts = Counter(categories.get(n, None) if n in categories else None for n in H)
    legend = [{"label": str(v), "color": palette[v], "count": counts[v]} for v in values]
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
    in_table = set(_figure_columns(table))
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
        row = table.index if table is not None else ()
        figs = []
        for col in FIGURES:  # the table's figures, else the ones the actor carries
            if col in in_table and node in row:
                figs.append([col, _figure(table.at[node, col], share=col in SHARES)])
            elif col in d and not (col in in_table and table is not None):
                figs.append([col, _figure(d[col], share=col in SHARES)])
        if isinstance(size_by, str) and value is not None and all(f[0] != size_by for f in figs):
            figs.insert(0, [size_by, _figure(value, share=size_by in SHARES)])
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
                "x": round(x * extent, 1),
                "y": round(-y * extent, 1),
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
    """Positions in [-1, 1]²: those given, else the actors' ``x`` and ``y`` attributes when
    every actor drawn has both as numbers (:func:`~graphkit.with_positions`), else
    :func:`~graphkit.force_layout` of the drawn graph."""
    if positions is None:
        positions = _stored_positions(H)
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


def _stored_positions(H) -> dict | None:
    """``{actor: (x, y)}`` from the node attributes, or None unless every actor has both."""
    found = {}
    for node, d in H.nodes(data=True):
        x, y = _number(d.get("x")), _number(d.get("y"))
        if x is None or y is None:
            return None
        found[node] = (x, y)
    return found or None


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


# -- camps ------------------------------------------------------------------------------


class _CampView:
    """Colours, legend and per-period camps of ``color_by="camp"``, read from the graph.

    With the attributes :func:`~graphkit.annotate` writes (``camp``, ``component``,
    ``opposes``, ``camp_basis``, ``against_both`` on actors; ``camps`` and, per period,
    ``periods`` on the graph and ``camp_by_period``, ``switched_in`` on actors), the two
    camps of a conflict get a pair of colours and every other group one colour of its own,
    so camps of different components are never drawn as opposed. With only camp labels
    (``camps=`` or a bare ``camp`` attribute), each camp gets a colour and the legend says
    that which camps face each other is not recorded.
    """

    def __init__(self, G: nx.Graph, H: nx.Graph, camps: Mapping | None):
        self.G, self.H = G, H
        if camps is not None:
            labels = {n: c for n, c in dict(camps).items() if n in G and _present(c)}
            self.sides = False
        else:
            labels = {n: d["camp"] for n, d in G.nodes(data=True) if _present(d.get("camp"))}
            self.sides = "camps" in G.graph or any(
                _present(G.nodes[n].get("component")) for n in labels
            )
        if not labels and (camps is not None or "camps" not in G.graph):
            # an annotated graph whose actors have no camp (no signed pair) is drawn with
            # every actor in the no-camp colour; a graph never annotated is a mistake
            raise ValueError(
                "color_by='camp': no actor has a camp; pass camps=gk.camps(G) or draw "
                "gk.annotate(G), whose actors carry their camp"
            )
        self.labels = {n: _text(c) for n, c in labels.items()}
        self.entries = self._entries()
        self.periods, self.period_camps = self._periods()
        for label in sorted({c for row in self.period_camps.values() for c in row if c}):
            if label not in self.index:
                self._add(label, component=None, opposes=None, size=0)
        self._colour()
        self._period_colours()
        self.colors = {}
        for node in H:
            entry = self.entry_of(node)
            if entry is None:
                self.colors[node] = NO_CAMP
            else:
                self.colors[node] = entry["light"] if self.inferred(node) else entry["color"]

    # the camps, in the documented order, each with a colour
    def _entries(self) -> list[dict]:
        self.index: dict[str, int] = {}
        entries: list[dict] = []
        self._entry_list = entries
        if self.sides:
            listed = self._listed_camps()
            for row in listed:
                self._add(row["label"], row["component"], row["opposes"], row["size"], row["name"])
        else:
            sizes = Counter(self.labels.values())
            for label in sorted(sizes, key=lambda c: (-sizes[c], c)):
                self._add(label, component=None, opposes=None, size=sizes[label])
        return entries

    def _add(self, label, component, opposes, size, name=None) -> None:
        if name is None:
            name = _text(self.G.nodes[label].get("name", label)) if label in self.G else None
        self.index[label] = len(self._entry_list)
        self._entry_list.append(
            {
                "label": label,
                "name": name,
                "component": component,
                "opposes": opposes or None,
                "size": size,
            }
        )

    def _listed_camps(self) -> list[dict]:
        """The camps of the graph attribute ``camps`` (JSON) when valid, else from the
        actors' attributes, components by size, then camps by size, then label."""
        listed = self.G.graph.get("camps")
        if isinstance(listed, str) and listed.strip():
            try:
                rows = json.loads(listed)["camps"]
                clean = [
                    {
                        "label": _text(r["label"]),
                        "component": _text(r.get("component") or r["label"]),
                        "opposes": _text(r.get("opposes") or ""),
                        "size": int(r.get("size") or 0),
                        "name": _text(r["name"]) if r.get("name") not in (None, "") else None,
                    }
                    for r in rows
                ]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ValueError(
                    "the graph attribute 'camps' is not the JSON gk.annotate writes "
                    f'({{"camps": [{{"label", "component", "opposes", "size", "name"}}, ...]}}): '
                    f"{exc}"
                ) from None
            known = {r["label"] for r in clean}
            if set(self.labels.values()) <= known:
                return clean
        members: dict[str, list] = {}
        component: dict[str, str] = {}
        opposes: dict[str, str] = {}
        for node, label in self.labels.items():
            d = self.G.nodes[node]
            members.setdefault(label, []).append(node)
            component.setdefault(label, _text(d.get("component") or label))
            if _present(d.get("opposes")):
                opposes.setdefault(label, _text(d["opposes"]))
        component_size: Counter[str] = Counter()
        for label, nodes in members.items():
            component_size[component[label]] += len(nodes)
        order = sorted(
            members,
            key=lambda c: (-component_size[component[c]], component[c], -len(members[c]), c),
        )
        return [
            {
                "label": c,
                "component": component[c],
                "opposes": opposes.get(c, ""),
                "size": len(members[c]),
                "name": None,
            }
            for c in order
        ]

    def _colour(self) -> None:
        pairs = groups = extra = 0
        coloured: set[int] = set()
        for k, entry in enumerate(self._entry_list):
            if k in coloured:
                continue
            faces = self.index.get(entry["opposes"]) if entry["opposes"] else None
            if self.sides and faces is not None and faces not in coloured:
                one, other = CAMP_PAIRS[pairs % len(CAMP_PAIRS)]
                pairs += 1
                entry["color"], self._entry_list[faces]["color"] = one, other
                coloured |= {k, faces}
            elif self.sides and entry["component"] is not None and faces is None:
                entry["color"] = (
                    GROUP_COLORS[groups] if groups < len(GROUP_COLORS) else OTHER_GROUPS
                )
                groups += 1
                coloured.add(k)
            else:
                entry["color"] = PALETTE[extra % len(PALETTE)]
                extra += 1
                coloured.add(k)
        for entry in self._entry_list:
            entry["light"] = lighter(entry["color"], LIGHT_SHARE)
            faces = self.index.get(entry["opposes"]) if entry["opposes"] else None
            entry["faces"] = faces
            if not self.sides or entry["component"] is None:
                entry["title"] = (
                    f"Camp of {entry['name']}" if entry["name"] else f"Camp {entry['label']}"
                )
            elif faces is not None:
                entry["title"] = f"Camp of {entry['name'] or entry['label']}"
            else:
                entry["title"] = f"Group of {entry['name'] or entry['label']}"

    def _periods(self) -> tuple[list[dict], dict]:
        listed = self.G.graph.get("periods")
        if not self.sides or not isinstance(listed, str) or not listed.strip():
            return [], {}
        try:
            rows = json.loads(listed)
            if not isinstance(rows, list):
                raise TypeError(f"a list was expected, not {type(rows).__name__}")
            periods: list[dict[str, Any]] = [
                {
                    "label": _text(r["label"]),
                    "start": _iso(r["start"]),
                    "end": _iso(r["end"]),
                    "switched": [],
                }
                for r in rows
            ]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                "the graph attribute 'periods' is not the JSON gk.annotate(G, freq=...) "
                'writes ([{"label", "start", "end"}, ...], ISO dates): '
                f"{exc}"
            ) from None
        labels = [p["label"] for p in periods]
        rows_by_node = {}
        for node, d in self.H.nodes(data=True):
            by_period = _json_field(d, "camp_by_period", node, dict)
            switched = _json_field(d, "switched_in", node, list)
            rows_by_node[node] = [
                _text(by_period[p]) if _present(by_period.get(p)) else None for p in labels
            ]
            for label in switched:
                if label in labels:
                    periods[labels.index(label)]["switched"].append(node)
        return periods, rows_by_node

    def _period_colours(self) -> None:
        """Each period's colour for each of its camps, so a camp keeps its colour through
        time whatever its label in a period: the colour of the camp of all dates most of
        its members belong to (largest camp of the period first), unless a larger camp of
        the period has it; then its own colour, else one no camp of the period has."""
        for k, period in enumerate(self.periods):
            members: dict[str, list] = {}
            for node, row in self.period_camps.items():
                if row[k] is not None:
                    members.setdefault(row[k], []).append(node)
            taken: set[str] = set()
            colours: list[str | None] = [None] * len(self._entry_list)
            for label in sorted(members, key=lambda c: (-len(members[c]), c)):
                votes = Counter(self.labels[n] for n in members[label] if n in self.labels)
                ranked = sorted(votes, key=lambda c: (-votes[c], self.index[c]))
                choices = [self._entry_list[self.index[c]]["color"] for c in ranked[:1]]
                choices.append(self._entry_list[self.index[label]]["color"])
                choices.extend(PALETTE)
                colour = next(c for c in choices if c not in taken)
                taken.add(colour)
                colours[self.index[label]] = colour
            period["colors"] = colours

    # per actor
    def entry_of(self, node) -> dict | None:
        label = self.labels.get(node)
        return None if label is None else self._entry_list[self.index[label]]

    def inferred(self, node) -> bool:
        return self.sides and self.G.nodes[node].get("camp_basis") == "inferred"

    def against_both(self, node) -> bool:
        return self.sides and self.G.nodes[node].get("against_both") in (True, "true", "True", 1)

    def legend(self) -> list[dict]:
        """The colour legend: each camp with the one it faces, each group alone."""
        counts = Counter(self.labels.get(n) for n in self.H)
        legend = []
        others = {"count": 0, "groups": 0}
        for entry in self._entry_list:
            count = counts[entry["label"]]
            if not count:
                continue
            if entry["color"] == OTHER_GROUPS and self.sides and entry["faces"] is None:
                others["count"] += count
                others["groups"] += 1
                continue
            if not self.sides:
                note = None  # the page says once that who faces whom is not recorded
            elif entry["faces"] is not None:
                note = FACES + self._entry_list[entry["faces"]]["title"]
            else:
                note = NO_OPPOSITION
            item = {"label": entry["title"], "color": entry["color"], "count": count}
            if note:
                item["note"] = note
            item["camp"] = self.index[entry["label"]]
            legend.append(item)
        if others["groups"]:
            legend.append(
                {
                    "label": f"{others['groups']} other groups",
                    "color": OTHER_GROUPS,
                    "count": others["count"],
                    "note": "each in its own component, none opposed",
                }
            )
        if counts[None]:
            legend.append(
                {
                    "label": "no camp (places, no signed tie)",
                    "color": NO_CAMP,
                    "count": counts[None],
                }
            )
        inferred = sum(self.inferred(n) for n in self.H if n in self.labels)
        if inferred:
            legend.append(
                {
                    "label": "lighter: placed through leads or member_of (inferred)",
                    "color": lighter(CAMP_PAIRS[0][0], LIGHT_SHARE),
                    "ring": CAMP_PAIRS[0][0],
                    "count": inferred,
                }
            )
        against = sum(self.against_both(n) for n in self.H if n in self.labels)
        if against:
            legend.append(
                {
                    "label": "dark ring: against both camps of its conflict",
                    "color": "#ffffff",
                    "ring": AGAINST_BOTH_RING,
                    "count": against,
                }
            )
        return legend

    def describe(self, model: dict) -> None:
        """Add the camps, each actor's camp and the periods to the view model."""
        ids = {node: i for i, node in enumerate(self.H)}
        model["camps"] = {
            "sides": self.sides,
            "none": NO_CAMP,
            "camps": [
                {
                    "label": e["label"],
                    "title": e["title"],
                    "color": e["color"],
                    "light": e["light"],
                    "faces": e["faces"],
                }
                for e in self._entry_list
            ],
            "periods": [
                {
                    "label": p["label"],
                    "start": p["start"],
                    "end": p["end"],
                    "switched": sorted(ids[n] for n in p["switched"]),
                    "colors": p["colors"],
                }
                for p in self.periods
            ],
        }
        for node, item in zip(self.H, model["nodes"], strict=True):
            label = self.labels.get(node)
            item["camp"] = None if label is None else self.index[label]
            item["inferred"] = self.inferred(node) if label is not None else False
            item["againstBoth"] = self.against_both(node) if label is not None else False
            if self.periods:
                item["periodCamps"] = [
                    None if c is None else self.index[c] for c in self.period_camps[node]
                ]
            ring = AGAINST_BOTH_RING if item["againstBoth"] else None
            if ring is None and item["inferred"] and label is not None:
                ring = self._entry_list[self.index[label]]["color"]
            item["ring"] = ring


def _present(value) -> bool:
    """True for a value that names something: not None, NaN or empty."""
    return value is not None and value == value and value != ""


def _iso(value) -> str:
    day = _day(value, first=True)
    if day is None:
        raise ValueError(f"{value!r} is not a date")
    return day


def _json_field(d: dict, key: str, node, kind: type):
    """A node attribute holding JSON text (or the object itself), checked to be ``kind``."""
    value = d.get(key)
    if value is None or value == "":
        return kind()
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = None
    if not isinstance(value, kind):
        raise ValueError(
            f"actor {node!r}: the attribute {key!r} is not the JSON "
            f"{'object' if kind is dict else 'list'} gk.annotate(G, freq=...) writes: "
            f"{d.get(key)!r}"
        )
    return value


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
    # Line patterns are given out in the vocabulary's order (that of relation_types.csv,
    # the common types first): its first types keep the plain pattern of their mode, later
    # ones of too close a colour get the next one.
    rank = {name: i for i, name in enumerate(vocabulary.relation_types.index)}
    by_rank = sorted(legend, key=lambda t: (rank.get(t["name"], len(rank)), t["name"]))
    for entry, pattern in zip(
        by_rank, line_patterns([(t["mode"], t["color"]) for t in by_rank]), strict=True
    ):
        entry["dashes"] = list(pattern) if pattern else None
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


def _figure(value, *, share: bool = False) -> str:
    """A number as a person reads it: integers whole, others to 3 significant digits,
    shares as percentages ("34.2%"); what is not a number as text.

    Examples
    --------
    >>> _figure(7), _figure(0.0687512), _figure(0.342275, share=True), _figure(1234.6)
    ('7', '0.0688', '34.2%', '1,235')
    >>> _figure(8.41621e-44, share=True), _figure(-2e-9), _figure(0.0, share=True)
    ('<0.01%', '-<0.001', '0%')
    """
    number = _number(value)
    if number is None or isinstance(value, bool):
        return _text(value)
    if share:
        percent = number * 100
        if percent != 0 and abs(percent) < 0.01:
            return ("-" if percent < 0 else "") + "<0.01%"
        return _short(percent) + "%"
    return _short(number)


def _short(number: float) -> str:
    if number == int(number) and abs(number) < 1e15:
        return f"{int(number):,}"
    if abs(number) >= 1000:
        return f"{round(number):,}"
    if abs(number) < 0.001:
        return ("-" if number < 0 else "") + "<0.001"
    text = f"{number:.3g}"
    return text if "e" not in text else f"{number:.3f}"


def _text(value: Hashable | Any) -> str:
    if isinstance(value, float):
        return _figure(value) if math.isfinite(value) else f"{value:g}"
    return str(value)


def drawable(value: Any) -> Any:
    """``value`` (text, or lists and dicts of it) with each character a picture or an
    HTML text cannot show replaced by U+FFFD, as a browser shows it: lone surrogates and
    the control characters but tab, line feed and carriage return
    (:data:`~graphkit.base.characters.CONTROL_CHARACTERS`).

    A lone surrogate (half a UTF-16 pair) is not text, but Python strings can hold one,
    and graphs made in Python or read from JSON (``"\\ud800"``) may: matplotlib refuses
    it and no UTF-8 encoder writes it. Fonts have no glyph for NUL or ESC.

    Examples
    --------
    >>> drawable({"label": "a\\ud800b", "sizes": [1, "\\x1b[2J"]})
    {'label': 'a\\ufffdb', 'sizes': [1, '\\ufffd[2J']}
    """
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub("\ufffd", value)
    if isinstance(value, dict):
        return {k: drawable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(drawable(v) for v in value)
    return value
