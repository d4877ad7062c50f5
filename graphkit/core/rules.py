"""The rules of the actors and relations tables, checked over whole columns.

Every check works on whole columns: a value is checked once however many rows repeat it
(ids, relation types, dates and weights are factorised first), so validating a million
relations costs about as much as reading them. Problems are located exactly as a row by
row check would locate them: file, line, column, value, what was expected.
:func:`~graphkit.read_actors`, :func:`~graphkit.read_relations`,
:func:`~graphkit.validate` and :func:`~graphkit.build_graph` all apply these rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..base.cells import normalize_ids
from ..base.errors import DataError, Problem, shorten
from ..base.hints import HintIndex, closest
from ..base.table import Table, gc_paused
from ..base.table_reading import TableSource, read_table
from .dates import parse_date
from .schema import (
    ACTOR_COLUMNS,
    DATE_COLUMNS,
    RELATION_COLUMNS,
    RESERVED_ACTOR_COLUMNS,
    RESERVED_RELATION_COLUMNS,
)
from .vocabulary import Vocabulary, default_vocabulary

__all__ = [
    "CheckedTables",
    "actor_frame",
    "check_actors",
    "check_relations",
    "check_tables",
    "known_from_frame",
    "relation_frame",
    "relation_groups",
]

_COUNTRY = re.compile(r"^[A-Z]{3}$")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")
"""A decimal number in ASCII digits (``float`` alone would take ``'١'`` and ``'1_0'``)."""


@dataclass
class CheckedTables:
    """Both tables after every check: read, normalised, with their problems.

    ``actors``/``relations`` are None when the file could not be read at all;
    ``weights`` holds each relation's weight as a float (1.0 where empty).
    """

    actors: Table | None
    relations: Table | None
    weights: np.ndarray | None
    problems: list[Problem]


def check_tables(
    actors: TableSource,
    relations: TableSource,
    *,
    vocabulary: Vocabulary | None = None,
    require_sources: bool = False,
) -> CheckedTables:
    """Check both tables and collect the problems of both, relations against the ids the
    actors table holds even when it has problems of its own."""
    with gc_paused():
        return _check_tables(actors, relations, vocabulary or default_vocabulary(), require_sources)


def _check_tables(
    actors: TableSource, relations: TableSource, vocabulary: Vocabulary, require_sources: bool
) -> CheckedTables:
    problems: list[Problem] = []
    actor_table: Table | None = None
    known: _Known | None = None
    try:
        actor_table = read_table(actors, what="actors", index_name="id")
    except DataError as exc:
        problems += exc.problems
    if actor_table is not None:
        check_actors(actor_table, vocabulary)
        if "id" in actor_table.cells:
            known = _known_from_table(actor_table)
        problems += actor_table.sorted_problems()
    relation_table: Table | None = None
    weights = None
    try:
        relation_table = read_table(relations, what="relations")
    except DataError as exc:
        problems += exc.problems
    if relation_table is not None:
        weights = check_relations(
            relation_table, known, vocabulary, require_sources=require_sources
        )
        problems += relation_table.sorted_problems()
    return CheckedTables(actor_table, relation_table, weights, problems)


def actor_frame(table: Table) -> pd.DataFrame:
    """A checked actors table as the DataFrame :func:`read_actors` returns."""
    return _frame(table, ACTOR_COLUMNS).set_index("id")


def relation_frame(table: Table, weights: np.ndarray) -> pd.DataFrame:
    """A checked relations table as the DataFrame :func:`read_relations` returns."""
    return _frame(table, RELATION_COLUMNS, numbers={"weight": weights})


def _frame(
    table: Table, known_columns: tuple[str, ...], numbers: Mapping[str, np.ndarray] = {}
) -> pd.DataFrame:
    columns = [*known_columns, *(c for c in table.columns if c not in known_columns)]
    data: dict[str, object] = {}
    for column in columns:
        if column in numbers:
            data[column] = numbers[column]
        elif column in table.originals and column not in known_columns:
            data[column] = table.originals[column].to_numpy()
        else:
            values = table.text(column).copy()
            values[values == ""] = None
            data[column] = values
    frame = pd.DataFrame(data, columns=columns)
    frame.attrs["source"] = table.source
    return frame


@dataclass(frozen=True)
class _Known:
    """The actors relations may name, and how to suggest one for an unknown name."""

    ids: frozenset[str]
    hints: HintIndex


def _known_from_table(table: Table) -> _Known:
    ids = normalize_ids(table.text("id"))
    names = list(zip(table.text("name").tolist(), ids.tolist(), strict=True))
    for aliases, actor_id in zip(table.text("aliases").tolist(), ids.tolist(), strict=True):
        names.extend((alias, actor_id) for alias in aliases.split("|") if alias)
    present = ids[ids != ""]
    return _Known(frozenset(present.tolist()), HintIndex(present.tolist(), names))


def known_from_frame(actors: pd.DataFrame) -> _Known:
    ids = normalize_ids(np.array([str(i) for i in actors.index], dtype=object))
    names: list[tuple[str, str]] = []
    for column in ("name", "aliases"):
        if column not in actors.columns:
            continue
        for text, actor_id in zip(actors[column].tolist(), ids.tolist(), strict=True):
            if isinstance(text, str):
                names.extend((part.strip(), actor_id) for part in text.split("|") if part.strip())
    return _Known(frozenset(ids.tolist()), HintIndex(ids.tolist(), names))


def _normalize_ids(table: Table, column: str) -> None:
    if not table.ascii_only:
        table.rewrite(column, normalize_ids(table.cells[column]))


def relation_groups(table: Table) -> np.ndarray:
    """A code per (source, target, relation) of a checked relations table: rows with the
    same code are relations of one type from one actor to another."""
    group = table.codes("source")[0].astype(np.int64)
    for column in ("target", "relation"):
        group = _pair_codes(group, table.codes(column)[0])
    return group


def _pair_codes(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """One code per distinct pair of codes, both below the length of the arrays."""
    # Below three billion rows, left * (n + 1) + right fits an int64.
    return pd.factorize(left * (len(left) + 1) + right)[0].astype(np.int64)


def _check_reserved(table: Table, reserved: Mapping[str, str]) -> None:
    for number, column in enumerate(table.columns, start=1):
        if column in reserved:
            table.problems.append(
                Problem(
                    table.source,
                    table.header_line,
                    column,
                    number,
                    column,
                    f"a column name other than {column!r}, which is reserved: "
                    f"{reserved[column]} (rename the column, e.g. {column + '_reported'!r})",
                )
            )


def _first_positions(codes: np.ndarray, count: int) -> np.ndarray:
    """For each code, the first position holding it."""
    first = np.full(count, -1, dtype=np.int64)
    positions = np.arange(len(codes), dtype=np.int64)
    first[codes[::-1]] = positions[::-1]  # later assignments win: the first occurrence
    return first


def _unknown(
    table: Table,
    column: str,
    codes: np.ndarray,
    uniques: np.ndarray,
    explain: Mapping[str, str],
) -> None:
    """Record a problem on every row whose value (by factorised code) has an explanation."""
    if not explain:
        return
    bad_codes = np.array([i for i, u in enumerate(uniques.tolist()) if u in explain])
    positions = np.flatnonzero(np.isin(codes, bad_codes))
    meant = table.cells[column][positions].tolist()
    table.problems_at(positions, column, [explain[v] for v in meant])


def check_actors(table: Table, vocabulary: Vocabulary) -> bool:
    """Record every problem of an actors table, normalising ids and aliases in place.
    False when a required column is missing (nothing else is checked then)."""
    if not table.require_columns(("id", "name", "kind")):
        return False
    _check_reserved(table, RESERVED_ACTOR_COLUMNS)
    _normalize_ids(table, "id")
    ids = table.cells["id"]
    empty = ids == ""
    table.problems_at(np.flatnonzero(empty), "id", "a non-empty actor id")

    codes, uniques = pd.factorize(ids)
    first = _first_positions(codes, len(uniques))
    positions = np.arange(len(ids))
    repeated = np.flatnonzero((first[codes] != positions) & ~empty)
    earlier = table.line_numbers[first[codes[repeated]]].tolist()
    table.problems_at(repeated, "id", [f"a unique id (already used on line {n})" for n in earlier])

    firsts = np.flatnonzero((first[codes] == positions) & ~empty)
    folded = pd.Series(ids[firsts], dtype=object).str.casefold().to_numpy(dtype=object)
    fold_codes, fold_uniques = pd.factorize(folded)
    fold_first = firsts[_first_positions(fold_codes, len(fold_uniques))]
    clash = np.flatnonzero(fold_first[fold_codes] != firsts)
    table.problems_at(
        firsts[clash],
        "id",
        [
            f"an id that differs from {shorten(ids[other])} (line {line}) by more than letter case"
            for other, line in zip(
                fold_first[fold_codes[clash]].tolist(),
                table.line_numbers[fold_first[fold_codes[clash]]].tolist(),
                strict=True,
            )
        ],
    )

    table.problems_at(np.flatnonzero(table.cells["name"] == ""), "name", "a non-empty display name")
    kinds = vocabulary.kind_names()
    codes, uniques = table.codes("kind")
    _unknown(
        table,
        "kind",
        codes,
        uniques,
        {
            kind: f"an actor kind, one of {', '.join(kinds)}{closest(kind, kinds)}"
            for kind in uniques.tolist()
            if kind not in kinds
        },
    )
    if "country" in table.cells:
        codes, uniques = table.codes("country")
        _unknown(
            table,
            "country",
            codes,
            uniques,
            {
                code: "an ISO 3166 alpha-3 code in capitals, such as 'TUR'"
                for code in uniques.tolist()
                if code and not _COUNTRY.match(code)
            },
        )
    if "aliases" in table.cells:
        codes, uniques = table.codes("aliases")
        tidy = np.array(
            ["|".join(a.strip() for a in text.split("|") if a.strip()) for text in uniques],
            dtype=object,
        )
        if len(codes):
            table.rewrite("aliases", tidy[codes])
    return True


def check_relations(
    table: Table, known: _Known | None, vocabulary: Vocabulary, *, require_sources: bool
) -> np.ndarray | None:
    """Record every problem of a relations table, normalising actor references in
    place; the weights as floats, or None when a required column is missing."""
    required = ("source", "target", "relation")
    if not table.require_columns(required):
        return None
    if require_sources and not table.require_columns(("evidence", "document")):
        return None
    _check_reserved(table, RESERVED_RELATION_COLUMNS)
    for column in ("source", "target"):
        _normalize_ids(table, column)
        values = table.cells[column]
        table.problems_at(np.flatnonzero(values == ""), column, "an actor id")
        codes, uniques = table.codes(column)
        if known is not None:
            _unknown(table, column, codes, uniques, _unknown_actors(uniques, known))
    source, target = table.cells["source"], table.cells["target"]
    table.problems_at(
        np.flatnonzero((source == target) & (source != "")),
        "target",
        "an actor other than the source",
    )

    names = vocabulary.relation_names()
    codes, uniques = table.codes("relation")
    _unknown(
        table,
        "relation",
        codes,
        uniques,
        {
            name: f"a relation type{closest(name, names)}, one of {', '.join(names)}"
            for name in uniques.tolist()
            if name not in names
        },
    )
    weights = _weights(table)
    _check_dates(table)
    if require_sources:
        for column in ("evidence", "document"):
            table.problems_at(
                np.flatnonzero(table.cells[column] == ""), column, f"the {column} for this relation"
            )
    _check_repeated_rows(table, weights)
    return weights


def _unknown_actors(uniques: np.ndarray, known: _Known) -> dict[str, str]:
    explain = {}
    for value in uniques.tolist():
        if value and value not in known.ids:
            hint = known.hints.hint(value)
            suggestion = f" (did you mean {shorten(hint)}?)" if hint else ""
            explain[value] = f"an actor id from the actors table{suggestion}"
    return explain


def _weights(table: Table) -> np.ndarray:
    if "weight" not in table.cells:
        return np.ones(len(table))
    codes, uniques = table.codes("weight")
    texts = pd.Series(uniques, dtype=object)
    number = texts.str.fullmatch(_NUMBER).to_numpy(dtype=bool, na_value=False)
    values = np.full(len(uniques), np.nan)
    if number.any():
        values[number] = texts[number].astype(float).to_numpy()
    empty = (texts == "").to_numpy(dtype=bool)
    values[empty] = 1.0
    bad = ~((values > 0) & (values <= 1))  # also NaN: not a number
    _unknown(
        table,
        "weight",
        codes,
        uniques,
        {t: "a number greater than 0 and at most 1" for t in texts[bad].tolist()},
    )
    values[bad] = 1.0
    return values[codes] if len(codes) else np.ones(0)


def _check_dates(table: Table) -> None:
    days: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for column in DATE_COLUMNS:
        if column not in table.cells:
            continue
        codes, uniques = table.codes(column)
        first = np.full(len(uniques), -1, dtype=np.int64)
        last = np.full(len(uniques), -1, dtype=np.int64)
        explain = {}
        for i, text in enumerate(uniques.tolist()):
            if not text:
                continue
            try:
                start, end = parse_date(text)
            except ValueError:
                explain[text] = "a date as YYYY, YYYY-MM or YYYY-MM-DD (digits 0-9)"
                continue
            first[i], last[i] = start.toordinal(), end.toordinal()
        _unknown(table, column, codes, uniques, explain)
        days[column] = (first[codes], last[codes])
    if "start" in days and "end" in days:
        start_first = days["start"][0]
        end_last = days["end"][1]
        before = np.flatnonzero((start_first >= 0) & (end_last >= 0) & (end_last < start_first))
        starts = table.cells["start"][before].tolist()
        table.problems_at(before, "end", [f"a date on or after start {s!r}" for s in starts])


def _check_repeated_rows(table: Table, weights: np.ndarray) -> None:
    """Record each row that repeats an earlier one in every column (weights compared as
    numbers, so an empty weight repeats ``1``). Only rows whose source, target and
    relation occur more than once can repeat, so only those are compared."""
    if not len(table):
        return
    group = relation_groups(table)
    candidates = np.flatnonzero(np.bincount(group)[group] > 1)
    if not len(candidates):
        return
    others = [c for c in table.cells if c not in ("source", "target", "relation", "weight")]
    row_key = pd.factorize(group[candidates])[0].astype(np.int64)
    row_key = _pair_codes(row_key, pd.factorize(weights[candidates])[0])
    for column in others:
        row_key = _pair_codes(row_key, pd.factorize(table.cells[column][candidates])[0])
    first = _first_positions(row_key, int(row_key.max()) + 1)
    repeated = np.flatnonzero(first[row_key] != np.arange(len(candidates)))
    earlier = table.line_numbers[candidates[first[row_key[repeated]]]].tolist()
    table.problems_at(
        candidates[repeated],
        None,
        [f"a relation not already stated on line {n}" for n in earlier],
    )
