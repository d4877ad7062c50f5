"""The columns of the actors and relations tables: one definition, used by every reader."""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "ACTOR_COLUMNS",
    "DATE_COLUMNS",
    "RELATION_COLUMNS",
    "RESERVED_ACTOR_COLUMNS",
    "RESERVED_RELATION_COLUMNS",
]

ACTOR_COLUMNS = ("id", "name", "kind", "aliases", "country", "description")
"""Known actor columns, required ones first (id, name, kind); others are kept as attributes."""

RELATION_COLUMNS = (
    "source",
    "target",
    "relation",
    "weight",
    "start",
    "end",
    "evidence",
    "document",
    "reported",
)
"""Known relation columns, required ones first (source, target, relation)."""

DATE_COLUMNS = ("start", "end", "reported")
"""Relation columns holding partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``)."""

RESERVED_ACTOR_COLUMNS = MappingProxyType(
    {
        "place": "graphkit sets it on every actor from the actor kind",
    }
)
"""Actor column names a table may not use, and why: graphkit writes these attributes
itself, so a column of that name would be silently replaced."""

RESERVED_RELATION_COLUMNS = MappingProxyType(
    {
        "polarity": "graphkit sets it on every relation from the relation type",
        "mode": "graphkit sets it on every relation from the relation type",
        "symmetric": "graphkit sets it on every relation from the relation type",
        "key": "it is the edge key networkx gives each relation (backs, backs-2, ...)",
        "id": "graph files give each relation an edge id of their own",
    }
)
"""Relation column names a table may not use, and why: graphkit writes these attributes
itself (``polarity``, ``mode``, ``symmetric``), or networkx and graph files use the name to
identify an edge (``key``, ``id``)."""
