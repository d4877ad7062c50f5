"""The columns of the actors and relations tables: one definition, used by every reader."""

from __future__ import annotations

__all__ = ["ACTOR_COLUMNS", "DATE_COLUMNS", "RELATION_COLUMNS"]

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
