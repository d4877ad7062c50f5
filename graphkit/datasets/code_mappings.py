"""Event codes to relation types, as data: the longest matching code prefix wins.

The tables and the rule live here, below both event data and text, so that an event row
and a trigger word with the same CAMEO code become the same relation type
(``graphkit.events`` adds the rule as one Ibis expression for the engines).

A mapping is a table ``code, relation, label, note`` (``data/event_mappings/NAME.csv``).
An event takes the row whose ``code`` is the longest prefix of the event's code, so
``07 -> backs`` and ``071 -> funds`` coexist: ``0711`` is funding, ``073`` backing. An
empty ``relation`` means "not a relation" (public statements, appeals): such events are
counted but make no edge.

For CAMEO a prefix is any leading part of the code (``07`` is a prefix of ``071``). For
PLOVER, ACLED and UCDP the code is a type, optionally followed by ``": "`` and a
refinement (``accuse: investigate``, ``Strategic developments: Agreement``); a prefix
must end at such a boundary, so ``accuse`` matches ``accuse: investigate`` but ``aid``
never matches ``aide``.

Examples
--------
>>> m = event_mapping("cameo")
>>> m.set_index("code").loc[["07", "071", "072"], "relation"].tolist()
['backs', 'funds', 'arms']
>>> relation_of("0711", m), relation_of("073", m), relation_of("010", m)
('funds', 'backs', '')
"""

from __future__ import annotations

import os
from typing import Any, TypeAlias

import pandas as pd

from ..base.data_files import data_path
from ..base.hints import closest
from ..base.table_reading import read_table
from ..core.vocabulary import Vocabulary, default_vocabulary

__all__ = [
    "MAPPINGS",
    "SEPARATOR",
    "MappingSource",
    "by_length",
    "event_mapping",
    "is_segmented",
    "relation_of",
]

SEPARATOR = ": "
"""Joins a type and its refinement in PLOVER, ACLED and UCDP codes (``accuse: investigate``)."""

MAPPINGS = ("cameo", "plover", "acled", "ucdp")
"""The bundled mappings, named like the code systems they map."""

MappingSource: TypeAlias = str | os.PathLike | pd.DataFrame


def event_mapping(
    name: MappingSource = "cameo", *, vocabulary: Vocabulary | None = None
) -> pd.DataFrame:
    """The table that maps event codes to relation types.

    Parameters
    ----------
    name : str, path or DataFrame, default "cameo"
        A bundled mapping (``"cameo"``, ``"plover"``, ``"acled"``, ``"ucdp"``), a CSV file
        or a DataFrame with the columns ``code`` and ``relation`` (``label`` and ``note``
        optional).
    vocabulary : Vocabulary, optional
        Where relation types are looked up; the default vocabulary if omitted.

    Returns
    -------
    pandas.DataFrame
        Columns ``code, relation, label, note``, one row per code prefix, longest codes
        first within each type so the table reads as the rule applies; ``relation`` is
        ``""`` for codes that make no relation.

    Raises
    ------
    DataError
        For an empty or repeated code, or a relation type the vocabulary lacks, each
        with its line.
    ValueError
        For an unknown bundled name.

    Notes
    -----
    What the CAMEO mapping loses, row by row, is in its ``note`` column: root 01
    (statements) and 02 (appeals) make no relation; 04 consultations and 09
    investigations are neutral (polarity 0) although quad conventions call them
    cooperation; 16 "reduce relations" is not a sanction (only 163 is); 14 protest is
    verbal conflict for GDELT and material for ICEWS. Every aggregated edge keeps its
    quad counts and Goldstein sums, so the analyst can always look past the mapping.

    Examples
    --------
    >>> plover = event_mapping("plover")
    >>> plover.loc[plover.code == "accuse: investigate", "relation"].item()
    'investigates'
    """
    vocabulary = vocabulary or default_vocabulary()
    if isinstance(name, str) and name in MAPPINGS:
        source: Any = data_path(f"event_mappings/{name}.csv")
    elif isinstance(name, str) and not name.endswith(".csv") and not os.path.exists(name):
        raise ValueError(
            f"unknown event mapping {name!r}{closest(name, MAPPINGS)}; expected one of "
            f"{', '.join(MAPPINGS)}, a CSV file or a DataFrame"
        )
    else:
        source = name
    table = read_table(source, what="event mapping")
    if not table.require_columns(("code", "relation")):
        table.raise_problems()
    relations = vocabulary.relation_names()
    seen: dict[str, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        code = row["code"]
        if not code:
            table.problem(line, "code", code, "an event code or code prefix")
        elif code in seen:
            table.problem(line, "code", code, f"a code not already mapped on line {seen[code]}")
        else:
            seen[code] = line
        relation = row["relation"]
        if relation and relation not in relations:
            table.problem(
                line,
                "relation",
                relation,
                f"a relation type{closest(relation, relations)} or empty (not a relation)",
            )
    table.raise_problems()
    frame = pd.DataFrame(table.rows, columns=table.columns)
    for column in ("label", "note"):
        if column not in frame:
            frame[column] = ""
    frame = frame[["code", "relation", "label", "note"]].astype(str)
    frame.attrs["name"] = name if isinstance(name, str) else "custom"
    return frame.reset_index(drop=True)


def by_length(mapping: pd.DataFrame) -> list[tuple[str, str]]:
    """``(code, relation)`` pairs, longest codes first (ties by code): the order in which
    the longest-prefix rule tries them."""
    pairs = list(zip(mapping["code"], mapping["relation"], strict=True))
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


def relation_of(code: str, mapping: pd.DataFrame, *, segmented: bool | None = None) -> str | None:
    """The relation one code gets: its longest matching prefix's, or None if none matches.

    ``segmented`` says whether prefixes must end at a ``": "`` boundary (PLOVER, ACLED,
    UCDP); by default, whether any code of the mapping contains a letter.

    Examples
    --------
    >>> relation_of("193", event_mapping("cameo"))
    'fights'
    >>> relation_of("assault: aerial", event_mapping("plover"))
    'attacks'
    >>> relation_of("99", event_mapping("cameo")) is None
    True
    """
    if segmented is None:
        segmented = is_segmented(mapping)
    for prefix, relation in by_length(mapping):
        if code == prefix or code.startswith(prefix + SEPARATOR if segmented else prefix):
            return relation
    return None


def is_segmented(mapping: pd.DataFrame) -> bool:
    """Whether a mapping's codes are types with refinements (PLOVER, ACLED, UCDP: a prefix
    must end at ``": "``) rather than digit strings (CAMEO)."""
    return any(not code.isdigit() for code in mapping["code"])
