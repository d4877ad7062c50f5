"""The data both pages read: the view model as indexed columns, not an object per item.

:func:`~graphkit.view_model` describes each actor and relation as a dict; a page holding
200,000 relations as JSON objects repeats every field name 200,000 times. The wire format
keeps one array per field instead, indexes repeated values, and leaves out what the page
can derive:

* ``nodes``: ``key``, ``label``, ``kind`` (index into ``legend.kinds``), ``color`` (index
  into ``palette``), ``size`` (an array, or one number when all are equal), ``x``, ``y``,
  ``labelled`` (indices of the actors labelled first, or ``true`` for all), and
  ``info`` / ``figures`` as tables (below). Coloured by camp, also ``camp`` (index into
  ``camps.camps``, -1 for none), ``inferred`` and ``againstBoth`` (indices of those
  actors), ``ring`` (``{"index": [...], "value": [palette index]}``) and, with periods,
  ``periodCamp`` (one array like ``camp`` per period of ``camps.periods``).
* ``edges``: ``from``, ``to`` (node indices), ``relation`` (index into
  ``legend.relations``: colour, dashes, arrow and polarity come from there), ``since`` /
  ``until`` (indices into ``days``, -1 when open; ``null`` when no relation is dated),
  ``curve`` (only the curved ones: ``{"index": [...], "value": [...]}``) and ``info``. The
  line width is derived in the page from the ``weight`` shown in ``info`` (1 + 2 x weight,
  clipped to [0, 1]), as :mod:`graphkit.render.scene` defines it.
* A table is ``{"keys": [...], "columns": [...]}``: one column per attribute, in the order
  the cards show them; a column is an array of strings (``null`` where an item lacks the
  attribute), or, when few values repeat many times, ``{"values": [...], "index": [...]}``
  with -1 for a missing value.

The legend, header and dates are as in the view model, except that a relation type's
``dashed`` (its mode is verbal) is left out, and so is its ``dashes`` when it is a solid
line; a camp's ``light`` colour is left out too (the page mixes it: 55% white), and a
camp's entry in the colour legend is only ``camp`` (its index) and ``count``: the page
writes its title, colour and note (faces ..., or no opposing camp) from ``camps``;
``camps.periods`` is left out when there is none. Each period lists its camps' colours
(``colors``, by camp index, null for a camp absent from it): a camp keeps the colour of the
camp of all dates most of its members belong to, whatever its label in the period.
"""

from __future__ import annotations

from collections.abc import Sequence

from .scene import EDGE_FIRST, FIGURES, NODE_FIRST

__all__ = ["compact"]

_DICTIONARY_SHARE = 0.25
"""A text column is stored as distinct values and indices when it has at most this share of
distinct values among its items."""


def compact(model: dict) -> dict:
    """The view model in the wire format described in :mod:`graphkit.render.wire`.

    Examples
    --------
    >>> import graphkit as gk
    >>> data = compact(gk.view_model(gk.load_dataset("syria-2024"), size_by=None))
    >>> len(data["nodes"]["key"]), len(data["edges"]["from"]), data["nodes"]["size"]
    (24, 41, 19.33)
    >>> data["edges"]["info"]["keys"][:3]
    ['start', 'end', 'weight']
    """
    nodes, edges, legend = model["nodes"], model["edges"], model["legend"]
    kind_index = {k["name"]: i for i, k in enumerate(legend["kinds"])}
    relation_index = {r["name"]: i for i, r in enumerate(legend["relations"])}
    palette: dict[str, int] = {}
    for n in nodes:
        palette.setdefault(n["color"], len(palette))
    for n in nodes:
        if n.get("ring"):
            palette.setdefault(n["ring"], len(palette))
    sizes = [n["size"] for n in nodes]
    labelled = [i for i, n in enumerate(nodes) if n["labelled"]]
    days = sorted({d for e in edges for d in (e["since"], e["until"]) if d})
    day_index = {d: i for i, d in enumerate(days)}
    curved = [(i, e["curve"]) for i, e in enumerate(edges) if e["curve"]]
    wire = {key: value for key, value in model.items() if key not in ("nodes", "edges")}
    wire["legend"] = {
        **legend,
        "relations": [
            {k: v for k, v in r.items() if k != "dashed" and not (k == "dashes" and v is None)}
            for r in legend["relations"]
        ],
    }
    if "camps" in model:
        # a camp's entry of the colour legend names its camp; the page writes the rest
        wire["legend"]["colors"] = [
            {"camp": c["camp"], "count": c["count"]} if "camp" in c else c for c in legend["colors"]
        ]
        wire["camps"] = {
            **{k: v for k, v in model["camps"].items() if k != "periods" or v},
            "camps": [
                {k: v for k, v in c.items() if k != "light"} for c in model["camps"]["camps"]
            ],
        }
    wire["palette"] = list(palette)
    wire["days"] = days
    wire["nodes"] = {
        "key": [n["key"] for n in nodes],
        "label": [n["label"] for n in nodes],
        "kind": [kind_index[n["kind"]] for n in nodes],
        "color": [palette[n["color"]] for n in nodes],
        "size": sizes[0] if sizes and len(set(sizes)) == 1 else sizes,
        "x": [n["x"] for n in nodes],
        "y": [n["y"] for n in nodes],
        "labelled": True if len(labelled) == len(nodes) else labelled,
        "info": _table([n["info"] for n in nodes], NODE_FIRST),
        "figures": _table([n["figures"] for n in nodes], (str(model["sizeBy"]), *FIGURES)),
    }
    if "camps" in model:
        ringed = [(i, n["ring"]) for i, n in enumerate(nodes) if n.get("ring")]
        wire["nodes"].update(
            camp=[-1 if n["camp"] is None else n["camp"] for n in nodes],
            inferred=[i for i, n in enumerate(nodes) if n["inferred"]],
            againstBoth=[i for i, n in enumerate(nodes) if n["againstBoth"]],
            ring={"index": [i for i, _ in ringed], "value": [palette[r] for _, r in ringed]},
        )
        if model["camps"]["periods"]:
            wire["nodes"]["periodCamp"] = [
                [-1 if n["periodCamps"][p] is None else n["periodCamps"][p] for n in nodes]
                for p in range(len(model["camps"]["periods"]))
            ]
    wire["edges"] = {
        "from": [e["from"] for e in edges],
        "to": [e["to"] for e in edges],
        "relation": [relation_index[e["relation"]] for e in edges],
        "since": [day_index.get(e["since"], -1) for e in edges] if days else None,
        "until": [day_index.get(e["until"], -1) for e in edges] if days else None,
        "curve": {"index": [i for i, _ in curved], "value": [c for _, c in curved]},
        "info": _table([e["info"] for e in edges], EDGE_FIRST),
    }
    return wire


def _table(rows: Sequence[list], first: Sequence[str]) -> dict:
    """``[[key, value], ...]`` per item as one column per key (see the module docs)."""
    rank = {key: i for i, key in enumerate(first)}
    keys = sorted(
        {key for row in rows for key, _ in row}, key=lambda k: (rank.get(k, len(rank)), k)
    )
    position = {key: j for j, key in enumerate(keys)}
    columns: list[list] = [[None] * len(rows) for _ in keys]
    for i, row in enumerate(rows):
        for key, value in row:
            columns[position[key]][i] = value
    return {"keys": keys, "columns": [_column(c) for c in columns]}


def _column(values: list) -> list | dict:
    present = [v for v in values if v is not None]
    distinct = dict.fromkeys(present)
    if len(values) >= 8 and len(distinct) <= _DICTIONARY_SHARE * len(values):
        index = {v: i for i, v in enumerate(distinct)}
        return {"values": list(distinct), "index": [-1 if v is None else index[v] for v in values]}
    return values
