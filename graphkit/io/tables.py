"""Reading CSV files and DataFrames into rows that remember their line, for exact error reports."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import difflib
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import DataError, Problem

__all__ = ["Table", "TableSource", "closest", "read_table"]

TableSource = str | os.PathLike | pd.DataFrame
"""What the readers accept: a CSV path or a DataFrame."""


@dataclass
class Table:
    """Rows of a table as stripped strings, each with the line it came from.

    ``lines[i]`` is the 1-based line where row ``i`` starts (the header is line 1);
    for a DataFrame it is the row position counted the same way.
    """

    source: str
    columns: list[str]
    rows: list[dict[str, str]]
    lines: list[int]
    problems: list[Problem] = field(default_factory=list)

    def column_number(self, column: str) -> int | None:
        return self.columns.index(column) + 1 if column in self.columns else None

    def problem(self, line: int | None, column: str | None, value: str | None, expected: str):
        """Record a problem located in this table."""
        number = self.column_number(column) if column is not None else None
        self.problems.append(Problem(self.source, line, column, number, value, expected))

    def require_columns(self, required: Iterable[str]) -> bool:
        """Record a problem for each missing column; True when all are present."""
        found = ", ".join(repr(c) for c in self.columns) or "none"
        ok = True
        for column in required:
            if column not in self.columns:
                ok = False
                self.problems.append(
                    Problem(
                        self.source,
                        1,
                        column,
                        None,
                        None,
                        f"a column named {column!r} in the header (found {found})",
                    )
                )
        return ok

    def raise_problems(self) -> None:
        if self.problems:
            raise DataError(self.problems)


def closest(value: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string.

    Examples
    --------
    >>> closest("tukrey", ["turkey", "iran"])
    " (did you mean 'turkey'?)"
    """
    match = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else ""


def read_table(data: TableSource, *, what: str, index_name: str | None = None) -> Table:
    """Read a CSV path or a DataFrame into a :class:`Table`.

    Parameters
    ----------
    data : str, path or pandas.DataFrame
        A UTF-8 CSV file (a byte-order mark is accepted) or a DataFrame.
    what : str
        What the table holds (``"actors"``), used to name a DataFrame source.
    index_name : str, optional
        If a DataFrame's index has this name, it is read as a column of that name.

    Raises
    ------
    DataError
        For a missing or unreadable file, text that is not UTF-8, a duplicated or
        empty column name, or a row with more or fewer fields than the header.
    """
    if isinstance(data, pd.DataFrame):
        return _table_from_frame(data, what=what, index_name=index_name)
    if isinstance(data, (str, os.PathLike)):
        return _table_from_csv(Path(data))
    raise TypeError(f"{what}: expected a CSV path or a pandas DataFrame, got {type(data).__name__}")


def _cell(value) -> str:
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    if isinstance(value, dt.datetime):  # pandas Timestamps too: dates are days here
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a column of years with a gap is stored as floats
    return str(value).strip()


def _table_from_frame(frame: pd.DataFrame, *, what: str, index_name: str | None) -> Table:
    if index_name and frame.index.name == index_name and index_name not in frame.columns:
        frame = frame.reset_index()
    columns = [str(c).strip() for c in frame.columns]
    table = Table(f"{what} DataFrame", columns, [], [])
    _check_header(table)
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        table.rows.append({c: _cell(v) for c, v in zip(columns, values, strict=True)})
        table.lines.append(position + 2)
    return table


def _table_from_csv(path: Path) -> Table:
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(
            [Problem(source, None, None, None, None, "an existing file (none at this path)")]
        ) from None
    except OSError as exc:
        raise DataError(
            [Problem(source, None, None, None, None, f"a readable file ({exc.strerror})")]
        ) from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.end + 8].decode("latin-1")
        raise DataError(
            [Problem(source, line, None, None, bad, "UTF-8 text (save the file as UTF-8)")]
        ) from None

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    table = Table(source, [], [], [])
    try:
        header = next(reader, None)
        if header is None:
            table.problem(1, None, "", "a header line naming the columns")
            table.raise_problems()
        table.columns = [c.strip() for c in header]
        _check_header(table)
        width = len(table.columns)
        line = reader.line_num + 1
        for fields in reader:
            if not any(f.strip() for f in fields):  # blank line: not a row
                line = reader.line_num + 1
                continue
            if len(fields) != width:
                extra = fields[width:] if len(fields) > width else None
                table.problem(
                    line,
                    None,
                    ",".join(extra) if extra else ",".join(fields),
                    f"{width} fields as in the header, found {len(fields)}"
                    + (" (quote values that contain commas)" if extra else ""),
                )
            padded = [*fields, *[""] * (width - len(fields))][:width]
            table.rows.append({c: f.strip() for c, f in zip(table.columns, padded, strict=True)})
            table.lines.append(line)
            line = reader.line_num + 1
    except csv.Error as exc:
        table.problem(reader.line_num, None, None, f"well-formed CSV ({exc})")
    return table


def _check_header(table: Table) -> None:
    seen: set[str] = set()
    for number, column in enumerate(table.columns, start=1):
        if not column:
            table.problems.append(
                Problem(table.source, 1, None, number, "", "a name for every column")
            )
        elif column in seen:
            table.problems.append(
                Problem(table.source, 1, column, number, column, "each column name once")
            )
        seen.add(column)
