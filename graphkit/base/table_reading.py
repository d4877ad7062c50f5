"""Reading CSV files and DataFrames into tables of text that remember their lines.

One path for a ten-row file and a ten-million-row one. Every table comes out with

* each cell as text, stripped of surrounding spaces (``""`` for an empty cell);
* the line on which each row starts, as a text editor numbers lines (the header is line
  1; blank lines and line breaks inside quoted cells are counted);
* the problems every table can have, located by line and column: a file that is missing,
  unreadable or not UTF-8, a malformed header, a row with too many or too few fields, a
  quote that never closes (reported where it opens; the rows before it are still read),
  a control character (NUL, BEL, ESC, ...) in a cell or a column name, and a field
  longer than :data:`~graphkit.base.cells.FIELD_LIMIT` characters.

Tables that mean something (actors, relations, vocabularies) add their own checks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Union

import pandas as pd

from .csv_table import table_from_csv
from .frame_table import table_from_frame
from .table import Table, gc_paused

if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["TableSource", "read_table"]

TableSource: TypeAlias = Union[str, "os.PathLike[str]", pd.DataFrame]
"""What the readers accept: a CSV path or a DataFrame."""


def read_table(data: TableSource, *, what: str, index_name: str | None = None) -> Table:
    """Read a CSV path or a DataFrame into a :class:`Table`, with the problems every
    table can have already recorded (see the module's description).

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
        For a file that is missing or unreadable, or that has no header. Other problems
        are recorded in :attr:`Table.problems` for the caller to raise with its own.

    Examples
    --------
    >>> table = read_table(pd.DataFrame({"id": [" a ", "b\\x1b"]}), what="actors")
    >>> table.cells["id"].tolist(), table.lines
    (['a', 'b\\x1b'], [2, 3])
    >>> print(table.problems[0])
    actors DataFrame, line 3, column 'id' (A): got 'b\\x1b'; expected text without control characters (found U+001B at character 2)
    """  # noqa: E501
    if isinstance(data, pd.DataFrame):
        with gc_paused():
            return table_from_frame(data, what=what, index_name=index_name)
    if isinstance(data, (str, os.PathLike)):
        with gc_paused():
            return table_from_csv(Path(data))
    raise TypeError(f"{what}: expected a CSV path or a pandas DataFrame, got {type(data).__name__}")
