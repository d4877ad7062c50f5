"""Read and validate actor and relation tables (CSV files or DataFrames)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from ..core.dates import parse_date
from ..core.schema import ACTOR_COLUMNS, DATE_COLUMNS, RELATION_COLUMNS
from ..core.vocabulary import Vocabulary, default_vocabulary
from ..errors import DataError, Problem
from .tables import Table, TableSource, closest, read_table

__all__ = [
    "ValidationReport",
    "read_actors",
    "read_relations",
    "validate",
]

_COUNTRY = re.compile(r"^[A-Z]{3}$")


def read_actors(data: TableSource, *, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """Read and validate an actors table.

    Parameters
    ----------
    data : str, path or pandas.DataFrame
        A CSV file with the columns ``id, name, kind`` and optionally ``aliases``
        (``|``-separated), ``country`` (ISO 3166 alpha-3), ``description``; any other
        column is kept. A DataFrame may carry ``id`` as its index.
    vocabulary : Vocabulary, optional
        Where actor kinds are looked up; the default vocabulary if omitted.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, in file order, columns ``name, kind, aliases, country,
        description`` and the extra columns; empty optional cells are missing values.

    Raises
    ------
    DataError
        Listing every problem of the table: missing file or column, empty or duplicate
        id, empty name, unknown kind, malformed country code.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> actors = read_actors(data_path("actors.csv"))
    >>> actors.loc["hts", "name"]
    'Hayat Tahrir al-Sham'
    """
    vocabulary = vocabulary or default_vocabulary()
    table = read_table(data, what="actors", index_name="id")
    if not table.require_columns(("id", "name", "kind")):
        table.raise_problems()
    kinds = vocabulary.kind_names()
    first_line: dict[str, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        actor_id = row["id"]
        if not actor_id:
            table.problem(line, "id", actor_id, "a non-empty actor id")
        elif actor_id in first_line:
            table.problem(
                line, "id", actor_id, f"a unique id (already used on line {first_line[actor_id]})"
            )
        else:
            first_line[actor_id] = line
        if not row["name"]:
            table.problem(line, "name", row["name"], "a non-empty display name")
        if row["kind"] not in kinds:
            table.problem(
                line,
                "kind",
                row["kind"],
                f"an actor kind, one of {', '.join(kinds)}{closest(row['kind'], kinds)}",
            )
        country = row.get("country", "")
        if country and not _COUNTRY.match(country):
            table.problem(
                line, "country", country, "an ISO 3166 alpha-3 code in capitals, such as 'TUR'"
            )
        if "aliases" in row:
            row["aliases"] = "|".join(a.strip() for a in row["aliases"].split("|") if a.strip())
    table.raise_problems()
    return _frame(table, ACTOR_COLUMNS).set_index("id")


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
        ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``evidence`` and ``document``; any
        other column is kept.
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

    Raises
    ------
    DataError
        Listing every problem of the table: unknown actor (with the closest id),
        unknown relation type (with the valid ones), self-relation, weight outside
        (0, 1], unparseable date, end before start, a repeated row, missing
        evidence or document when required.

    Examples
    --------
    >>> from graphkit.datasets import data_path
    >>> actors = read_actors(data_path("actors.csv"))
    >>> relations = read_relations(data_path("relations.csv"), actors=actors)
    >>> row = relations.query("source == 'turkey' and target == 'hts'").iloc[0]
    >>> row["relation"], float(row["weight"])
    ('backs', 1.0)
    """
    vocabulary = vocabulary or default_vocabulary()
    table = read_table(data, what="relations")
    if not table.require_columns(("source", "target", "relation")):
        table.raise_problems()
    if require_sources and not table.require_columns(("evidence", "document")):
        table.raise_problems()
    known = None if actors is None else _actor_lookup(actors)
    relation_names = vocabulary.relation_names()
    seen_rows: dict[tuple, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        for column in ("source", "target"):
            _check_actor(table, line, column, row[column], known)
        if row["source"] and row["source"] == row["target"]:
            table.problem(line, "target", row["target"], "an actor other than the source")
        relation = row["relation"]
        if relation not in relation_names:
            table.problem(
                line,
                "relation",
                relation,
                f"a relation type{closest(relation, relation_names)}, one of "
                f"{', '.join(relation_names)}",
            )
        row["weight"] = _weight(table, line, row.get("weight", ""))
        _check_dates(table, line, row)
        if require_sources:
            for column in ("evidence", "document"):
                if not row[column]:
                    table.problem(line, column, "", f"the {column} for this relation")
        key = tuple(row.values())
        if key in seen_rows:
            table.problem(
                line, None, None, f"a relation not already stated on line {seen_rows[key]}"
            )
        seen_rows.setdefault(key, line)
    table.raise_problems()
    frame = _frame(table, RELATION_COLUMNS)
    frame["weight"] = frame["weight"].astype(float)
    return frame


def _actor_lookup(actors: pd.DataFrame) -> tuple[set[str], dict[str, str]]:
    """The actor ids, and every name and alias (lower-cased) mapped to its id."""
    by_name: dict[str, str] = {}
    for actor_id, row in actors.iterrows():
        aliases = row.get("aliases")
        names = [row.get("name"), *(aliases.split("|") if isinstance(aliases, str) else [])]
        for name in names:
            if isinstance(name, str) and name:
                by_name.setdefault(name.lower(), actor_id)
    return set(actors.index), by_name


def _check_actor(table: Table, line: int, column: str, value: str, known) -> None:
    if not value:
        table.problem(line, column, value, "an actor id")
        return
    if known is None or value in known[0]:
        return
    ids, by_name = known
    hint = by_name.get(value.lower())
    hint = f" (did you mean {hint!r}?)" if hint else closest(value, ids)
    table.problem(line, column, value, f"an actor id from the actors table{hint}")


def _weight(table: Table, line: int, text: str) -> float:
    if not text:
        return 1.0
    try:
        weight = float(text)
    except ValueError:
        weight = math.nan
    if not 0 < weight <= 1:  # also rejects NaN
        table.problem(line, "weight", text, "a number greater than 0 and at most 1")
        return 1.0
    return weight


def _check_dates(table: Table, line: int, row: dict[str, str]) -> None:
    spans = {}
    for column in DATE_COLUMNS:
        text = row.get(column, "")
        if not text:
            continue
        try:
            spans[column] = parse_date(text)
        except ValueError:
            table.problem(line, column, text, "a date as YYYY, YYYY-MM or YYYY-MM-DD")
    if "start" in spans and "end" in spans and spans["end"][1] < spans["start"][0]:
        table.problem(line, "end", row["end"], f"a date on or after start {row['start']!r}")


def _frame(table: Table, known_columns: tuple[str, ...]) -> pd.DataFrame:
    columns = [*known_columns, *(c for c in table.columns if c not in known_columns)]
    frame = pd.DataFrame(table.rows, columns=columns)
    text_columns = [c for c in columns if c != "weight"]
    frame[text_columns] = frame[text_columns].replace("", None)
    frame.attrs["source"] = table.source
    return frame


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` found in an actors table and a relations table.

    Attributes
    ----------
    actors, relations : pandas.DataFrame or None
        The validated tables, or None for a table with problems.
    problems : list of Problem
        Every problem of both tables, actors first, each located (file, line, column).
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
    problems: list[Problem] = []
    actor_frame: pd.DataFrame | None = None
    try:
        actor_frame = read_actors(actors, vocabulary=vocabulary)
        known = actor_frame
    except DataError as exc:
        problems += exc.problems
        known = _readable_ids(actors)
    relation_frame: pd.DataFrame | None = None
    try:
        relation_frame = read_relations(
            relations, actors=known, vocabulary=vocabulary, require_sources=require_sources
        )
    except DataError as exc:
        problems += exc.problems
    return ValidationReport(actor_frame, relation_frame, problems)


def _readable_ids(actors: TableSource) -> pd.DataFrame | None:
    """The ids, names and aliases an actors table holds despite its problems, to check
    relations against; None when not even its header can be read."""
    try:
        table = read_table(actors, what="actors", index_name="id")
    except DataError:
        return None
    if "id" not in table.columns:
        return None
    rows = [
        {"id": r["id"], "name": r.get("name", ""), "aliases": r.get("aliases", "")}
        for r in table.rows
        if r["id"]
    ]
    frame = pd.DataFrame(rows, columns=["id", "name", "aliases"])
    return frame.drop_duplicates("id").set_index("id")
