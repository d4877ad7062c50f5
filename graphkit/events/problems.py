"""What reading event files found, as a table, and each problem of it in words.

:func:`~graphkit.read_events` lists every problem as a row of ``events.problems``
(:func:`problem_frame`); a problem that concerns a whole file (an empty file, an archive
cut short) has no line and no column. :func:`problem_text` says one row in words, for
the command line and :func:`~graphkit.describe_events`, whatever the row leaves missing
(``None``, ``NaN`` or ``pd.NA``, as a nullable integer column holds it).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..base.errors import Problem

__all__ = ["FILE_COLUMNS", "PROBLEM_COLUMNS", "file_frame", "problem_frame", "problem_text"]

PROBLEM_COLUMNS = ("file", "line", "column", "value", "expected")
"""The columns of ``events.problems``."""


def problem_frame(problems: list[Problem]) -> pd.DataFrame:
    """The problems as a table of :data:`PROBLEM_COLUMNS`, by file and line (a file's
    own problems first): lines as nullable integers, the others as text (``str``), even
    when a column holds nothing.

    Examples
    --------
    >>> problem_frame([]).dtypes.astype(str).tolist()
    ['str', 'Int64', 'str', 'str', 'str']
    """
    frame = pd.DataFrame(
        [(p.source, p.line, p.column, p.value, p.expected) for p in problems],
        columns=list(PROBLEM_COLUMNS),
    )
    frame["line"] = frame["line"].astype("Int64")
    for name in ("file", "column", "value", "expected"):
        # text whether empty or not: a column of only missing values is not float64
        frame[name] = frame[name].astype("str")
    return frame.sort_values(["file", "line"], kind="stable", na_position="first").reset_index(
        drop=True
    )


FILE_COLUMNS = ("file", "rows", "problems", "status")
"""The columns of ``events.files``."""


def file_frame(reports: list[Any]) -> pd.DataFrame:
    """One row per file or member read (a ``FileReport`` each): :data:`FILE_COLUMNS`, counts
    as integers and the others as text, even when there is no row.

    Examples
    --------
    >>> file_frame([]).dtypes.astype(str).tolist()
    ['str', 'int64', 'int64', 'str']
    """
    frame = pd.DataFrame(
        [(r.name, r.rows, r.problems, r.status) for r in reports], columns=list(FILE_COLUMNS)
    )
    return frame.astype({"file": "str", "rows": "int64", "problems": "int64", "status": "str"})


def problem_text(row: Any) -> str:
    """One problem in words: where (file, line, column), the value found, what was expected.

    ``row`` is a row of ``events.problems`` (from ``itertuples()``, or anything with
    its attributes); a line, column or value that is missing is left out.

    Examples
    --------
    >>> frame = problem_frame([
    ...     Problem("a.tsv", None, None, None, None, "a file with event rows"),
    ...     Problem("a.tsv", 3, "SQLDATE", None, "20191340", "a date as YYYYMMDD"),
    ... ])
    >>> for row in frame.itertuples():
    ...     print(problem_text(row))
    a.tsv: expected a file with event rows
    a.tsv, line 3, column 'SQLDATE': got '20191340'; expected a date as YYYYMMDD
    """
    where = [str(row.file)]
    if not _missing(row.line):
        where.append(f"line {int(row.line)}")
    if isinstance(row.column, str):
        where.append(f"column {row.column!r}")
    value = f"got {row.value!r}; " if isinstance(row.value, str) else ""
    return f"{', '.join(where)}: {value}expected {row.expected}"


def _missing(value: Any) -> bool:
    """None, NaN or ``pd.NA`` (whose truth value is an error, not False)."""
    return value is None or bool(pd.isna(value))
