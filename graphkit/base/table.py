"""A table read for checking: every cell as text, each row with the line it starts on.

:func:`~graphkit.base.table_reading.read_table` makes one from a CSV file or a
DataFrame; the checks of each kind of table (actors, relations, vocabularies, event
files) record their problems (:class:`~graphkit.Problem`) on it, located by line and
column, and raise them all at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property

import numpy as np
import pandas as pd

from .errors import DataError, Problem
from .terminal import one_line

__all__ = ["Table", "gc_paused", "sort_problems"]


class Table:
    """A table read for checking: every cell as stripped text, each row with its line.

    Attributes
    ----------
    source : str
        The file name, or ``"<what> DataFrame"``.
    columns : list of str
        Column names as read (stripped), in order.
    cells : dict of str to numpy.ndarray
        Each column's cells as an object array of ``str``; ``""`` for an empty cell.
    line_numbers : numpy.ndarray
        The line each row starts on (header = line 1); for a DataFrame, the row
        position counted the same way (first row = 2).
    originals : dict of str to pandas.Series
        For a DataFrame, its numeric and boolean columns as given, so they can stay
        numbers on the graph.
    header_line : int
        The line of the header: 1, unless blank lines come before it.
    ascii_only : bool
        True when the whole input is known to be ASCII (no id needs normalising).
    read_as : dict of str to numpy.ndarray
        A column's cells as read, for a column whose :attr:`cells` a check has
        rewritten (ids in their one spelling), so problems echo what the file says.
    problems : list of Problem
        Problems found so far.
    shape_problems : int
        How many of the first :attr:`problems` are about the file's shape (header,
        quoting, fields per row); :meth:`sorted_problems` puts them first, so a quote
        that hides the rest of the file is never cut from a long message.
    """

    def __init__(
        self,
        source: str,
        columns: list[str],
        cells: dict[str, np.ndarray],
        line_numbers: np.ndarray,
        *,
        originals: dict[str, pd.Series] | None = None,
    ):
        self.source = source
        self.columns = columns
        self.cells = cells
        self.line_numbers = line_numbers
        self.originals = originals or {}
        self.read_as: dict[str, np.ndarray] = {}
        self.ascii_only = False
        self.header_line = 1
        self.problems: list[Problem] = []
        self._codes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.shape_problems = 0

    def __len__(self) -> int:
        return len(self.line_numbers)

    def __repr__(self) -> str:
        return f"<Table {one_line(self.source)}: {len(self)} rows, {len(self.problems)} problems>"

    @property
    def lines(self) -> list[int]:
        """The line of each row, as Python ints."""
        return self.line_numbers.tolist()

    @cached_property
    def rows(self) -> list[dict[str, str]]:
        """The rows as dictionaries of text, for small tables checked row by row."""
        names = list(self.cells)
        rows = zip(*self.cells.values(), strict=True)
        return [dict(zip(names, values, strict=True)) for values in rows]

    def rewrite(self, column: str, values: np.ndarray) -> None:
        """Replace a column's cells, keeping what was read for messages."""
        if values is not self.cells[column]:
            self.read_as.setdefault(column, self.cells[column])
            self.cells[column] = values
            self._codes.pop(column, None)

    def codes(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """``pandas.factorize`` of a column (codes, distinct values), computed once:
        checks look at each distinct value once, whatever the number of rows."""
        found = self._codes.get(column)
        if found is None:
            found = self._codes[column] = pd.factorize(self.text(column))
        return found

    def text(self, column: str) -> np.ndarray:
        """A column's cells, or empty cells for a column the table does not have."""
        if column in self.cells:
            return self.cells[column]
        return np.full(len(self), "", dtype=object)

    def column_number(self, column: str) -> int | None:
        return self.columns.index(column) + 1 if column in self.columns else None

    def problem(
        self, line: int | None, column: str | None, value: str | None, expected: str
    ) -> None:
        """Record a problem located in this table."""
        number = self.column_number(column) if column is not None else None
        self.problems.append(Problem(self.source, line, column, number, value, expected))

    def problems_at(
        self,
        positions: np.ndarray,
        column: str | None,
        expected: str | Sequence[str],
        *,
        values: Sequence[str | None] | None = None,
    ) -> None:
        """Record one problem for each row position, with one explanation or one each.

        The values default to the column's cells as read at those positions.
        """
        if not len(positions):
            return
        lines = self.line_numbers[positions].tolist()
        if values is None:
            if column is None:
                values = [None] * len(lines)
            else:
                values = self.read_as.get(column, self.cells[column])[positions].tolist()
        if isinstance(expected, str):
            expected = [expected] * len(lines)
        number = self.column_number(column) if column is not None else None
        self.problems.extend(
            Problem(self.source, line, column, number, value, why)
            for line, value, why in zip(lines, values, expected, strict=True)
        )

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
                        self.header_line,
                        column,
                        None,
                        None,
                        f"a column named {column!r} in the header (found {found})",
                    )
                )
        return ok

    def sorted_problems(self) -> list[Problem]:
        """The problems about the file's shape, then the others, each in reading order."""
        cut = self.shape_problems
        return sort_problems(self.problems[:cut]) + sort_problems(self.problems[cut:])

    def raise_problems(self) -> None:
        """Raise one :class:`~graphkit.DataError` listing every problem, if any."""
        if self.problems:
            raise DataError(self.sorted_problems())


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block that creates millions of
    objects, all kept.

    Each burst of allocations would start a collection that walks every object made so
    far and frees none: over a million rows that costs more than the work itself. Reading
    and building pause it; it is back on, as it was, when the block ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in reading order: file-wide ones first, then by line and column.

    Examples
    --------
    >>> late = Problem("a.csv", 9, "kind", 3, "x", "an actor kind")
    >>> early = Problem("a.csv", 2, "id", 1, "", "an id")
    >>> [p.line for p in sort_problems([late, early])]
    [2, 9]
    """

    def place(problem: Problem) -> tuple[int, int]:
        line = -1 if problem.line is None else problem.line
        return line, problem.column_number or 0

    return sorted(problems, key=place)
