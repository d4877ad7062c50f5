"""Read and validate actor and relation tables (CSV files or DataFrames).

The rules themselves are :mod:`graphkit.core.rules`, shared with
:func:`~graphkit.build_graph`; this module reads files and DataFrames through them and
reports every problem of both tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..base.errors import DataError, Problem
from ..base.table_reading import TableSource, read_table
from ..core.rules import (
    actor_frame,
    check_actors,
    check_relations,
    check_tables,
    known_from_frame,
    relation_frame,
)
from ..core.vocabulary import Vocabulary, default_vocabulary

__all__ = [
    "ValidationReport",
    "read_actors",
    "read_relations",
    "validate",
]


def read_actors(data: TableSource, *, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """Read and validate an actors table.

    Parameters
    ----------
    data : str, path or pandas.DataFrame
        A CSV file with the columns ``id, name, kind`` and optionally ``aliases``
        (``|``-separated), ``country`` (ISO 3166 alpha-3), ``description``; any other
        column is kept, except the reserved ``place``. A DataFrame may carry ``id`` as
        its index; its numeric columns stay numbers.
    vocabulary : Vocabulary, optional
        Where actor kinds are looked up; the default vocabulary if omitted.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, in file order, columns ``name, kind, aliases, country,
        description`` and the extra columns; empty optional cells are missing values.
        Ids are in their one spelling: Unicode NFC, without invisible format characters
        (zero-width spaces, byte-order marks, bidirectional marks).

    Raises
    ------
    DataError
        Listing every problem of the table: missing file or column, reserved column,
        control characters, empty or duplicate id, ids differing only in letter case
        (both lines named), empty name, unknown kind, malformed country code.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> actors = read_actors(data_path("actors.csv"))
    >>> actors.loc["hts", "name"]
    'Hayat Tahrir al-Sham'
    """
    table = read_table(data, what="actors", index_name="id")
    check_actors(table, vocabulary or default_vocabulary())
    table.raise_problems()
    return actor_frame(table)


def read_relations(
    data: TableSource,
    *,
    actors: pd.DataFrame | None = None,
    vocabulary: Vocabulary | None = None,
    require_sources: bool = False,
) -> pd.DataFrame:
    """Read and validate a relations table.

    Parameters
    ----------
    data : str, path or pandas.DataFrame
        A CSV file with the columns ``source, target, relation`` and optionally
        ``weight`` (in (0, 1], default 1), ``start``, ``end``, ``reported`` (dates as
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ASCII digits), ``evidence`` and
        ``document``; any other column is kept, except the reserved ``polarity, mode,
        symmetric, key, id``. A DataFrame's numeric columns stay numbers.
    actors : pandas.DataFrame, optional
        From :func:`read_actors`; when given, ``source`` and ``target`` must be its ids.
    vocabulary : Vocabulary, optional
        Where relation types are looked up; the default vocabulary if omitted.
    require_sources : bool, default False
        Require ``evidence`` and ``document`` on every row, as for shipped data.

    Returns
    -------
    pandas.DataFrame
        One row per relation in file order, ``weight`` as float, dates as the ISO
        strings read (their precision is kept); empty cells are missing values.
        ``source`` and ``target`` are in the ids' one spelling (see :func:`read_actors`).

    Raises
    ------
    DataError
        Listing every problem of the table: unknown actor (with the id it most likely
        meant), unknown relation type (with the valid ones), self-relation, weight
        outside (0, 1], unparseable date, end before start, a repeated row, missing
        evidence or document when required, reserved column, control characters.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> actors = read_actors(data_path("actors.csv"))
    >>> relations = read_relations(data_path("relations.csv"), actors=actors)
    >>> row = relations.query("source == 'turkey' and target == 'hts'").iloc[0]
    >>> row["relation"], float(row["weight"])
    ('backs', 1.0)
    """
    table = read_table(data, what="relations")
    known = None if actors is None else known_from_frame(actors)
    weights = check_relations(
        table, known, vocabulary or default_vocabulary(), require_sources=require_sources
    )
    table.raise_problems()
    assert weights is not None
    return relation_frame(table, weights)


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` found in an actors table and a relations table.

    Attributes
    ----------
    actors, relations : pandas.DataFrame or None
        The validated tables, or None for a table with problems.
    problems : list of Problem
        Every problem of both tables, actors first, each located (file, line, column).

    Examples
    --------
    >>> import pandas as pd
    >>> import graphkit as gk
    >>> actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": ["state", "stat"]})
    >>> relations = pd.DataFrame({"source": ["a"], "target": ["c"], "relation": ["backs"]})
    >>> report = gk.validate(actors, relations)
    >>> report.ok, report.actors is None, [(p.line, p.column) for p in report.problems]
    (False, True, [(3, 'kind'), (2, 'target')])
    >>> report.raise_for_problems()
    Traceback (most recent call last):
    ...
    graphkit.DataError: actors DataFrame, relations DataFrame: 2 problems
    ...
    """

    actors: pd.DataFrame | None
    relations: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when neither table has a problem."""
        return not self.problems

    def raise_for_problems(self) -> None:
        """Raise one :class:`~graphkit.DataError` listing every problem, if any."""
        if self.problems:
            raise DataError(self.problems)

    def __str__(self) -> str:
        if self.ok:
            assert self.actors is not None and self.relations is not None
            return f"OK: {len(self.actors)} actors, {len(self.relations)} relations"
        return str(DataError(self.problems))


def validate(
    actors: TableSource,
    relations: TableSource,
    *,
    vocabulary: Vocabulary | None = None,
    require_sources: bool = False,
) -> ValidationReport:
    """Check an actors table and a relations table and report every problem of both.

    Unlike :func:`read_actors` and :func:`read_relations`, which raise at the first bad
    table, this reads both: when the actors table has problems, the relations are still
    checked against the actor ids it does contain.

    Parameters
    ----------
    actors, relations : str, path or pandas.DataFrame
        As for :func:`read_actors` and :func:`read_relations`.
    vocabulary : Vocabulary, optional
        The bundled one by default.
    require_sources : bool, default False
        Require evidence and a document on every relation.

    Returns
    -------
    ValidationReport
        ``ok``, the ``problems`` of both tables, and the validated tables.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> report = validate(data_path("actors.csv"), data_path("relations.csv"))
    >>> report.ok, len(report.relations)
    (True, 41)
    """
    checked = check_tables(
        actors, relations, vocabulary=vocabulary, require_sources=require_sources
    )
    actor_table, relation_table = checked.actors, checked.relations
    actor_frame_ = None
    if actor_table is not None and not actor_table.problems:
        actor_frame_ = actor_frame(actor_table)
    relation_frame_ = None
    if relation_table is not None and not relation_table.problems:
        assert checked.weights is not None
        relation_frame_ = relation_frame(relation_table, checked.weights)
    return ValidationReport(actor_frame_, relation_frame_, checked.problems)
