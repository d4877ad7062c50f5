"""Every exception and warning graphkit raises, and the problems its errors list.

Exceptions:

* :class:`DataError` (a ``ValueError``): bad input, every problem of a file located;
  :class:`GraphWriteError` is the one for a graph a file format cannot store.
* :class:`MissingDependencyError` (an ``ImportError``): an optional part is used but its
  extra is not installed; the message names the install command.
* :class:`ModelChecksumError` (a ``RuntimeError``): an installed spaCy model file is not
  the one graphkit was tested with.

Warnings, all :class:`GraphkitWarning` (a ``UserWarning``), so
``warnings.simplefilter("error", gk.GraphkitWarning)`` makes every one an error:

* :class:`EventProblemsWarning`: some rows of event files could not be read (listed).
* :class:`NotProvenOptimalWarning`: camps or a frustration index were not proven optimal
  within the time limit.
* :class:`UndefinedMeasureWarning`: a measure does not exist for this graph; its values
  are NaN.
* :class:`SymmetricRelationWarning`: a symmetric relation (``fights``) is given in both
  directions between one pair, so it counts twice.

The public classes carry ``graphkit`` as their module, so messages and tracebacks name
them as users reach them (``graphkit.DataError``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .terminal import one_line

__all__ = [
    "PROBLEMS_SHOWN",
    "VALUE_SHOWN",
    "AliasConflictWarning",
    "DataError",
    "EventProblemsWarning",
    "GraphWriteError",
    "GraphkitWarning",
    "MissingDependencyError",
    "ModelChecksumError",
    "NotProvenOptimalWarning",
    "Problem",
    "SymmetricRelationWarning",
    "UndefinedMeasureWarning",
    "column_letter",
    "shorten",
]

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

    Parameters
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

    Examples
    --------
    >>> print(Problem("actors.csv", 3, "kind", 3, "stat", "an actor kind (did you mean 'state'?)"))
    actors.csv, line 3, column 'kind' (C): got 'stat'; expected an actor kind (did you mean 'state'?)
    """  # noqa: E501

    source: str
    line: int | None
    column: str | None
    column_number: int | None
    value: str | None
    expected: str

    def __str__(self) -> str:
        # every part that can come from data is printed inert: a file name or an echoed
        # value cannot send escape sequences to a terminal or pose as a line of its own
        where = [one_line(self.source)]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            col = f"column {self.column!r}"
            if self.column_number is not None:
                col += f" ({column_letter(self.column_number)})"
            where.append(col)
        got = "" if self.value is None else f"got {shorten(self.value)}; "
        return f"{', '.join(where)}: {got}expected {one_line(self.expected)}"


class DataError(ValueError):
    """Bad input data: every problem found in a file, each located and explained.

    The message lists the problems, one per line, each naming the file, the line
    (header = line 1), the column, the bad value (shortened when long) and what was
    expected. It prints the first :data:`PROBLEMS_SHOWN` and says how many more there
    are; :attr:`problems` holds every one of them, for programs.

    Parameters
    ----------
    problems : list of Problem
        Every problem found, in the order they are to be listed; kept as
        ``error.problems``.

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
        sources = sorted({one_line(p.source) for p in self.problems})
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


class GraphWriteError(DataError):
    """A graph holds values its file format cannot store; nothing was written.

    Each problem names the node, edge or graph attribute, the value and what the format
    expects (see :attr:`DataError.problems`).

    Parameters
    ----------
    problems : list of Problem
        One per value the format cannot store: ``source`` names the node, edge or graph,
        ``column`` the attribute.
    format : str
        The format asked for (``"GraphML"``, ``"GEXF"``, ``"JSON"``), kept as
        ``error.format``.

    Examples
    --------
    >>> error = GraphWriteError([Problem("node 'hts'", None, "founded", None,
    ...                                  "datetime.date(2017, 1, 28)", "text or a number")],
    ...                         "GraphML")
    >>> print(error)
    cannot write GraphML: 1 problem
      node 'hts', attribute 'founded': got datetime.date(2017, 1, 28); expected text or a number
    """

    def __init__(self, problems: list[Problem], format: str):
        self.format = format
        super().__init__(problems)

    def _message(self) -> str:
        count = len(self.problems)
        lines = [f"cannot write {self.format}: {count} problem{'s' if count != 1 else ''}"]
        for p in self.problems:
            where = one_line(p.source)
            if p.column is not None:
                where += f", attribute {p.column!r}"
            got = "" if p.value is None else f"got {one_line(p.value)}; "
            lines.append(f"  {where}: {got}expected {one_line(p.expected)}")
        return "\n".join(lines)


class MissingDependencyError(ImportError):
    """An optional part of graphkit is used but its extra is not installed.

    The message names the command that installs it, such as
    ``pip install 'graphkit-actors[events]'``.

    Examples
    --------
    >>> from graphkit.base.optional import require
    >>> try:
    ...     require("no_such_engine", "events", purpose="reading event data")
    ... except MissingDependencyError as error:
    ...     print(error.name)
    no_such_engine
    """


class ModelChecksumError(RuntimeError):
    """An installed model file differs from the checksum graphkit ships for it.

    spaCy's parse, and so what the extractor finds, depends on the model's files:
    :func:`~graphkit.extract_relations` checks them against
    ``graphkit/data/text/model_manifest.csv`` before it loads the model and refuses a
    changed one, naming the file.

    Examples
    --------
    >>> issubclass(ModelChecksumError, RuntimeError)
    True
    """


class GraphkitWarning(UserWarning):
    """The base of every warning graphkit emits.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error", GraphkitWarning)  # every graphkit warning raises
    ...     issubclass(NotProvenOptimalWarning, GraphkitWarning)
    True
    """


class AliasConflictWarning(GraphkitWarning):
    """Two actors of an actors table share a name or alias, or one's alias lies inside
    another's ("the army" and "army-led cabinet"): the message names both actors and the
    words. Text matching keeps the longest words that match; words that are one actor's
    name and another's alias name the first; words two actors both have as a name, or
    both as an alias, name neither.

    Examples
    --------
    >>> issubclass(AliasConflictWarning, GraphkitWarning)
    True
    """


class EventProblemsWarning(GraphkitWarning):
    """Some rows of the event files could not be read as they are: see ``events.problems``.

    :func:`~graphkit.read_events` lists each such row (file, line, column, value, what was
    expected) and reads the rest; ``errors="raise"`` raises one :class:`DataError` instead.

    Examples
    --------
    >>> issubclass(EventProblemsWarning, GraphkitWarning)
    True
    """


class NotProvenOptimalWarning(GraphkitWarning):
    """Camps or a frustration index were not proven optimal within the time limit: the
    best found is used, and its proven lower bound is reported.

    Examples
    --------
    >>> import warnings, networkx as nx, graphkit as gk
    >>> G = nx.gnm_random_graph(120, 900, seed=3)
    >>> nx.set_edge_attributes(G, {e: (-1) ** i for i, e in enumerate(G.edges)}, "sign")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     value = gk.frustration_index(G, time_limit=0.0)
    >>> caught[0].category.__name__
    'NotProvenOptimalWarning'
    """


class SymmetricRelationWarning(GraphkitWarning):
    """A relation of a symmetric type (``fights``, ``consults``) is given in both directions
    between one pair: both rows are kept, so the pair counts it twice.

    Examples
    --------
    >>> import warnings, pandas as pd, graphkit as gk
    >>> actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    >>> both = pd.DataFrame({"source": ["a", "b"], "target": ["b", "a"],
    ...                      "relation": ["fights", "fights"]})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     G = gk.build_graph(actors, both)
    >>> caught[0].category.__name__, G.number_of_edges()
    ('SymmetricRelationWarning', 2)
    """


class UndefinedMeasureWarning(GraphkitWarning):
    """A measure does not exist for this graph (a singular matrix, say): its values are
    NaN.

    PN centrality (Everett & Borgatti 2014) is one: on a few tiny, all-negative graphs
    its matrix ``I - A / (2n - 2)`` is singular, and :func:`~graphkit.centrality` gives
    NaN for it with this warning.

    Examples
    --------
    >>> issubclass(UndefinedMeasureWarning, GraphkitWarning)
    True
    """


__test__: dict[str, type] = {}
for _public in (
    AliasConflictWarning,
    DataError,
    EventProblemsWarning,
    GraphWriteError,
    GraphkitWarning,
    MissingDependencyError,
    ModelChecksumError,
    NotProvenOptimalWarning,
    Problem,
    SymmetricRelationWarning,
    UndefinedMeasureWarning,
):
    _public.__module__ = "graphkit"  # named as users reach it: graphkit.DataError
    # doctest runs only the examples of objects defined in the module it tests, which a
    # class named graphkit.X no longer seems to be: __test__ hands it their examples
    __test__[_public.__name__] = _public
del _public
