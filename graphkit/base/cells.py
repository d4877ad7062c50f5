"""What a cell of text may hold, checked over whole columns: control characters, length,
bytes that were not UTF-8, and the one spelling of an id (NFC, no invisible characters);
and the checks of column names and cells that every table gets."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .characters import CONTROL_CHARACTERS, FORMAT_CHARACTERS, NOT_UTF8
from .errors import Problem

if TYPE_CHECKING:
    from .table import Table

__all__ = [
    "FIELD_LIMIT",
    "check_cells",
    "check_header",
    "clean_name",
    "first_bad_character",
    "has_match",
    "matching",
    "normalize_ids",
    "printable",
    "readable_bytes",
]

FIELD_LIMIT = 1_048_576
"""Most characters a CSV field may hold (1 MiB of characters; Python's :mod:`csv` stops
at 131,072). A longer field is reported with its line and column, and the rest of the
file is still checked."""


def printable(text: str) -> str:
    """``text`` with each control character (:data:`CONTROL_CHARACTERS`) replaced by a
    space, so its length and the positions in it stay the same.

    Text quoted from documents (the evidence of a relation read from an article) goes
    into tables that are validated like any input, which refuses control characters.

    Examples
    --------
    >>> printable("Iran\x07 backs\x1b[2J Hezbollah.")
    'Iran  backs [2J Hezbollah.'
    """
    return CONTROL_CHARACTERS.sub(" ", text)


def has_match(pattern: re.Pattern[str], values: np.ndarray) -> bool:
    """Whether any value of an object array of strings matches: one scan over them all.

    Examples
    --------
    >>> has_match(CONTROL_CHARACTERS, np.array(["a", "b\\x1b"], dtype=object))
    True
    """
    # Joining with a character the pattern cannot match keeps a match inside one value.
    return bool(len(values)) and pattern.search("\n".join(values)) is not None


def matching(pattern: re.Pattern[str], values: np.ndarray) -> np.ndarray:
    """Positions of the values that hold a match of ``pattern``.

    Examples
    --------
    >>> matching(CONTROL_CHARACTERS, np.array(["ok", "bell\\x07", "ok"], dtype=object))
    array([1])
    """
    if not has_match(pattern, values):
        return np.empty(0, dtype=np.int64)
    found = pd.Series(values, dtype=object).str.contains(pattern, regex=True)
    return np.flatnonzero(found.to_numpy(dtype=bool, na_value=False))


def first_bad_character(value: str) -> str:
    """The first control character of ``value``, described for a message.

    Examples
    --------
    >>> first_bad_character("The \\x1b[2J end")
    'U+001B at character 5'
    """
    match = CONTROL_CHARACTERS.search(value)
    if match is None:
        return ""
    return f"U+{ord(match.group()):04X} at character {match.start() + 1}"


def readable_bytes(value: str) -> str:
    """A cell decoded with ``surrogateescape``, its undecodable bytes shown as Latin-1.

    Examples
    --------
    >>> readable_bytes("T\\udcfcrkiye")
    'Türkiye'
    """
    return NOT_UTF8.sub(lambda m: chr(ord(m.group()) - 0xDC00), value)


def normalize_ids(values: np.ndarray) -> np.ndarray:
    """Ids in their one spelling: Unicode NFC, without format characters.

    ``"Sa\\u0303o"`` (NFD) becomes ``"São"`` (NFC) and ``"turkey\\u200b"`` becomes
    ``"turkey"``, so ids that look the same are the same. Pure ASCII columns, the usual
    case, are returned as they are after one check.

    Examples
    --------
    >>> normalize_ids(np.array(["Sa\\u0303o", "turkey\\u200b", "hts"], dtype=object))
    array(['São', 'turkey', 'hts'], dtype=object)
    """
    if not len(values) or "".join(values).isascii():
        return values
    series = pd.Series(values, dtype=object)
    if has_match(FORMAT_CHARACTERS, values):
        series = series.str.replace(FORMAT_CHARACTERS, "", regex=True)
    # A line feed composes with nothing, so the joined text is NFC when every id is.
    if not unicodedata.is_normalized("NFC", "\n".join(series)):
        series = series.str.normalize("NFC")
    return series.to_numpy(dtype=object)


def clean_name(name: object) -> str:
    """A column name in its one spelling: stripped, NFC, without invisible characters."""
    text = FORMAT_CHARACTERS.sub("", str(name)).strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def check_header(table: Table, raw_names: list[str], *, line: int) -> None:
    seen: set[str] = set()
    for number, (column, raw) in enumerate(zip(table.columns, raw_names, strict=True), 1):
        if NOT_UTF8.search(raw):
            table.problems.append(
                Problem(
                    table.source,
                    line,
                    None,
                    number,
                    readable_bytes(raw),
                    "a column name in UTF-8 (save the file as UTF-8)",
                )
            )
        elif CONTROL_CHARACTERS.search(raw):
            table.problems.append(
                Problem(
                    table.source,
                    line,
                    column,
                    number,
                    raw,
                    f"a column name without control characters (found {first_bad_character(raw)})",
                )
            )
        elif not column:
            table.problems.append(
                Problem(table.source, line, None, number, "", "a name for every column")
            )
        elif column in seen:
            table.problems.append(
                Problem(table.source, line, column, number, column, "each column name once")
            )
        seen.add(column)


def check_cells(table: Table, *, controls: bool, long_fields: bool) -> None:
    """Record control characters, bytes that were not UTF-8 and over-long fields, in
    every cell; ``controls``/``long_fields`` False skip what the whole text ruled out."""
    for column, values in table.cells.items():
        bad = np.empty(0, dtype=np.int64)
        if controls:
            bad = matching(CONTROL_CHARACTERS, values)
        if len(bad):
            texts = values[bad].tolist()
            broken = [NOT_UTF8.search(v) is not None for v in texts]
            table.problems_at(
                bad,
                column,
                [
                    "UTF-8 text (save the file as UTF-8)"
                    if is_broken
                    else f"text without control characters (found {first_bad_character(v)})"
                    for v, is_broken in zip(texts, broken, strict=True)
                ],
                values=[readable_bytes(v) if b else v for v, b in zip(texts, broken, strict=True)],
            )
        if long_fields and len(values) and max(map(len, values)) > FIELD_LIMIT:
            lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
            too_long = np.setdiff1d(np.flatnonzero(lengths > FIELD_LIMIT), bad)
            table.problems_at(
                too_long,
                column,
                f"at most {FIELD_LIMIT:,} characters in one field",
            )
