"""The one exception graphkit raises for bad input, and the problems it lists."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PROBLEMS_SHOWN", "VALUE_SHOWN", "DataError", "Problem", "column_letter", "shorten"]

PROBLEMS_SHOWN = 100
"""How many problems a :class:`DataError` message prints; it says how many more there
are, and :attr:`DataError.problems` holds them all."""

VALUE_SHOWN = 80
"""How many characters of a bad value a message echoes; longer values are cut with an
ellipsis and their length."""


def shorten(value: str, limit: int = VALUE_SHOWN) -> str:
    r"""``repr(value)``, cut after ``limit`` characters and followed by its length when
    longer.

    Characters that would act on a terminal or hide themselves (control characters,
    bidirectional overrides, zero-width spaces) come out escaped, as :func:`repr` does.

    Examples
    --------
    >>> print(shorten("tukrey"))
    'tukrey'
    >>> print(shorten("x" * 100_000, limit=10))
    'xxxxxxxxxx…' (100,000 characters)
    >>> print(shorten("turkey\u200b"))
    'turkey\u200b'
    """
    if len(value) <= limit:
        return repr(value)
    cut = repr(value[:limit])
    return f"{cut[:-1]}…{cut[-1]} ({len(value):,} characters)"


def column_letter(position: int) -> str:
    """Spreadsheet letter of a 1-based column position.

    Examples
    --------
    >>> column_letter(1), column_letter(26), column_letter(28)
    ('A', 'Z', 'AB')
    """
    letters = ""
    while position > 0:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One problem found in an input table.

    Attributes
    ----------
    source : str
        The file name, or a description such as ``"relations DataFrame"``.
    line : int or None
        1-based line of the file as a text editor shows it (the header is line 1);
        for a DataFrame, the row position counted the same way (first row = 2).
    column : str or None
        The column name.
    column_number : int or None
        1-based position of the column (shown as a spreadsheet letter too).
    value : str or None
        The offending value as read.
    expected : str
        What was expected instead, in words.
    """

    source: str
    line: int | None
    column: str | None
    column_number: int | None
    value: str | None
    expected: str

    def __str__(self) -> str:
        where = [self.source]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            col = f"column {self.column!r}"
            if self.column_number is not None:
                col += f" ({column_letter(self.column_number)})"
            where.append(col)
        got = "" if self.value is None else f"got {shorten(self.value)}; "
        return f"{', '.join(where)}: {got}expected {self.expected}"


class DataError(ValueError):
    """Bad input data: every problem found in a file, each located and explained.

    The message lists the problems, one per line, each naming the file, the line
    (header = line 1), the column, the bad value (shortened when long) and what was
    expected. It prints the first :data:`PROBLEMS_SHOWN` and says how many more there
    are; :attr:`problems` holds every one of them, for programs.

    Examples
    --------
    >>> err = DataError([Problem("relations.csv", 4, "target", 2, "tukrey",
    ...                          "an actor id from actors.csv (did you mean 'turkey'?)")])
    >>> print(err)
    relations.csv: 1 problem
      relations.csv, line 4, column 'target' (B): got 'tukrey'; expected an actor id from actors.csv (did you mean 'turkey'?)
    """  # noqa: E501

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        sources = sorted({p.source for p in self.problems})
        count = len(self.problems)
        head = f"{', '.join(sources)}: {count:,} problem{'s' if count != 1 else ''}"
        shown = [f"  {p}" for p in self.problems[:PROBLEMS_SHOWN]]
        if count > PROBLEMS_SHOWN:
            more = count - PROBLEMS_SHOWN
            shown.append(
                f"  ... and {more:,} more problem{'s' if more != 1 else ''} "
                "(DataError.problems lists them all)"
            )
        return "\n".join([head, *shown])


class MissingDependencyError(ImportError):
    """An optional part of graphkit is used but its extra is not installed.

    The message names the command that installs it, such as
    ``pip install 'graphkit-actors[events]'``.
    """
