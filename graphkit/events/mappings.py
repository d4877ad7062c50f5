"""Event codes to relation types, as data: the longest matching code prefix wins.

The tables and the rule in Python (:func:`event_mapping`, :func:`relation_of`) live in
:mod:`graphkit.datasets.code_mappings`, below event data and text, which share them (a
trigger word in text carries a CAMEO code as an event row does, and both become relation
types through the same table). This module adds the rule as one Ibis expression
(:func:`relation_case`), so every engine evaluates it where the data lives.

Examples
--------
>>> m = event_mapping("cameo")
>>> relation_of("0711", m), relation_of("073", m), relation_of("010", m)
('funds', 'backs', '')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..datasets.code_mappings import (
    MAPPINGS,
    SEPARATOR,
    MappingSource,
    by_length,
    event_mapping,
    is_segmented,
    relation_of,
)

__all__ = [
    "MAPPINGS",
    "SEPARATOR",
    "MappingSource",
    "event_mapping",
    "relation_case",
    "relation_of",
]


def relation_case(
    code: Any, mapping: pd.DataFrame, numbers: Mapping[str, int] | None = None
) -> Any:
    """An Ibis expression: the relation of ``code`` under ``mapping``, NULL if none matches.

    Written as one ``CASE`` over the prefixes, longest first, so every engine (DuckDB,
    Spark, BigQuery) evaluates the same rule where the data lives. With ``numbers``
    (each relation's number), the expression gives the relation's number instead of its
    name: an engine groups small integers faster than text.
    """
    import ibis

    segmented = is_segmented(mapping)
    kind = "string" if numbers is None else "int16"
    branches = []
    for prefix, relation in by_length(mapping):
        test = code.startswith(prefix + SEPARATOR if segmented else prefix)
        if segmented:
            test = (code == prefix) | test
        value = relation if numbers is None else numbers[relation]
        branches.append((test, ibis.literal(value, type=kind)))
    if not branches:
        return ibis.null(kind)
    return ibis.cases(*branches, else_=ibis.null(kind))
