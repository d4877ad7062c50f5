"""One canonical event schema for every source, as Ibis expressions over raw columns.

:func:`as_events` turns a table with a source's codebook column names (read by
:func:`~graphkit.read_events`, or already in Spark, BigQuery or any Ibis backend) into
:data:`CANONICAL_COLUMNS`, following the source's record
(:mod:`graphkit.events.sources`): its actor rule gives the actor columns, its date rule
the date, its event rule the code and measures. Every conversion is an Ibis expression,
so it runs inside the engine that holds the data: a value that does not parse (a
non-numeric score, a bad date) becomes NULL there, and
:func:`~graphkit.events.checks.value_problems` lists such values with their file and
line.
"""

from __future__ import annotations

from typing import Any

from ..base.errors import DataError, Problem
from . import expressions as ex
from .sources import EventSource, event_source

__all__ = [
    "CANONICAL_COLUMNS",
    "FILE",
    "LINE",
    "as_events",
    "canonical_events",
    "distinct_actors",
    "require_columns",
]

FILE = "_file"
LINE = "_line"
"""Provenance columns of a raw table: the file a row came from and its line there
(the header is line 1; for Parquet, the row number counted from 1)."""

CANONICAL_COLUMNS = {
    "event_id": "string",
    "date": "date",
    "source": "string",
    "target": "string",
    "source_name": "string",
    "target_name": "string",
    "source_country": "string",
    "target_country": "string",
    "source_role": "string",
    "target_role": "string",
    "source_group": "string",
    "target_group": "string",
    "code": "string",
    "root_code": "string",
    "code_system": "string",
    "quad_class": "int8",
    "quad_convention": "string",
    "goldstein": "float64",
    "fatalities": "int64",
    "mentions": "int64",
    "sources": "int64",
    "articles": "int64",
    "is_root": "boolean",
    "url": "string",
    "story_id": "string",
    "directed": "boolean",
    "dataset": "string",
    "file": "string",
    "line": "int64",
}
"""The canonical event columns and their types, the same for every source.

``source``/``target`` are the source's own actor codes or names verbatim (GDELT
``Actor1Code``, ICEWS ``Source Name``, UCDP ``side_a``, ...), and so are their names,
countries (a CAMEO code, an ICEWS country name, a UCDP Gleditsch-Ward number), roles
(a CAMEO type code, ICEWS sectors, an ACLED actor type) and known groups (GDELT
``KnownGroupCode``): the ids of aggregation come from them
(:mod:`~graphkit.events.actor_ids`), and they stay as the rows wrote them. ``code``
the source's own event code as a string (CAMEO with its leading zeros, ``"040"``;
PLOVER ``"accuse: investigate"``; ACLED ``"Battles: Armed clash"``; UCDP type of
violence ``"1"``),
``goldstein`` GDELT's Goldstein score or the source's intensity, ``quad_class`` 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict under
``quad_convention``, ``directed`` False where the source does not say who acted on
whom (ACLED, UCDP state-based and non-state violence), ``file``/``line`` where the row
was read."""


def as_events(table: Any, format: str, *, keep: bool = False) -> Any:
    """Canonical events over a table of raw rows with the source's column names.

    Parameters
    ----------
    table : ibis.Table
        Raw rows on any Ibis backend (DuckDB, Spark, BigQuery, ...), with the
        codebook's column names (all, or at least the ones the schema needs: see
        :data:`~graphkit.events.SOURCES`). Columns may be text, as in the files, or typed
        (BigQuery's integer ``SQLDATE``); integer CAMEO codes get their leading zeros
        back (``40 -> "040"``, ``211 -> "0211"``).
    format : str
        A source of :data:`~graphkit.events.SOURCES`: ``"gdelt2"``, ``"gdelt1"``,
        ``"icews"``, ``"polecat"``, ``"ucdp"`` or ``"acled"``.
    keep : bool, default False
        Also keep the source's other columns (under their own names, or ``raw_NAME``
        where a name is canonical).

    Returns
    -------
    ibis.Table
        :data:`CANONICAL_COLUMNS`, lazily: nothing runs until the table is used.

    Raises
    ------
    DataError
        If a column the schema needs is missing, naming all of them.

    Notes
    -----
    Values that do not parse become NULL; :func:`~graphkit.read_events` reports each of
    them with its file and line. Blank actors stay NULL (not dropped): an event without
    a target is counted but makes no relation. ICEWS quads are derived from the CAMEO
    root with the ICEWS convention; UCDP and ACLED quads follow PLOVER's categories
    (violence and protest are material conflict).

    Examples
    --------
    >>> import ibis
    >>> raw = ibis.memtable({"Event ID": ["7"], "Event Date": ["2018-06-01"],
    ...     "Source Name": ["Citizen (India)"], "Source Sectors": [""],
    ...     "Source Country": ["India"], "CAMEO Code": ["0211"], "Intensity": ["3.4"],
    ...     "Target Name": ["Police (India)"], "Target Sectors": ["Police"],
    ...     "Target Country": ["India"], "Story ID": ["1"]})
    >>> row = as_events(raw, "icews").to_pyarrow().to_pylist()[0]
    >>> row["code"], row["root_code"], row["quad_class"], row["goldstein"]
    ('0211', '02', 1, 3.4)
    """
    return canonical_events(table, format, keep=keep)


def canonical_events(table: Any, format: str, *, keep: bool = False, clean: bool = True) -> Any:
    """:func:`as_events`, with the choice not to replace control characters.

    ``clean=False`` is for tables already scanned by
    :func:`~graphkit.events.checks.suspect_rows` and found to hold none
    (:func:`~graphkit.read_events` does so): the replacement then changes nothing and
    costs a regular-expression pass over every text cell of every query.
    """
    spec = event_source(format)
    _require(table, spec)
    absent = [c for c in spec.optional if c not in table.columns]
    if absent:  # an older layout: the column is read as empty
        table = table.mutate(**{c: ex.null("string") for c in absent})
    helpers = spec.date.parts(table, spec.date.column) if spec.date.parts else {}
    raw_columns = list(table.columns)
    if helpers:
        # computed once per row in a projection of their own (DateRule.parts): a view,
        # which Ibis does not merge into the select below (where each use of a part
        # would be written out, and evaluated, again)
        table = table.mutate(**helpers).view()
    columns = _columns(table, spec)
    columns["dataset"] = ex.literal(spec.name)
    columns["file"] = table[FILE].cast("string") if FILE in table.columns else ex.null("string")
    columns["line"] = table[LINE].cast("int64") if LINE in table.columns else ex.null("int64")
    canonical = {name: _finished(name, columns[name], clean) for name in CANONICAL_COLUMNS}
    if keep:
        for name in raw_columns:
            if name in (FILE, LINE) or name in spec.needed or name in absent:
                continue
            canonical[f"raw_{name}" if name in canonical else name] = table[name]
    return table.select(**canonical)


def _columns(table: Any, spec: EventSource) -> dict[str, Any]:
    """The canonical columns of ``spec``'s raw table: the actors by its actor rule, the
    date by its date rule, the rest by its event rule; a column none gives is NULL."""
    columns: dict[str, Any] = {}
    for side in ("source", "target"):
        columns.update(_side_columns(table, spec, side))
    columns["date"] = spec.date.parse(table, spec.date.column)
    columns["code_system"] = ex.literal(spec.code_system)
    columns["quad_convention"] = ex.literal(spec.quad_convention)
    columns["directed"] = ex.literal(spec.directed, "boolean")
    event = spec.event_columns(table, spec)
    unknown = sorted(set(event) - set(CANONICAL_COLUMNS))
    if unknown:
        raise ValueError(f"event source {spec.name!r} gives non-canonical columns {unknown}")
    columns.update(event)
    for name, kind in CANONICAL_COLUMNS.items():
        if name not in columns:
            columns[name] = ex.null(kind)
    return columns


def _side_columns(table: Any, spec: EventSource, side: str, *, name: bool = True) -> dict[str, Any]:
    """The canonical columns of one actor ``side`` (``source``, ``source_name``,
    ``source_country``, ``source_role``, ``source_group``) of ``spec``'s raw table,
    before cleaning; without the name when ``name`` is False."""

    def read(column: str | None) -> Any:
        return ex.null("string") if column is None else ex.text(table, column, na=spec.na)

    where = spec.actors.source if side == "source" else spec.actors.target
    columns = {side: read(where.id)}
    if name:
        columns[f"{side}_name"] = read(where.name)
    choices = [read(c) for c in where.countries()] or [read(None)]
    columns[f"{side}_country"] = (
        choices[0] if len(choices) == 1 else choices[0].coalesce(*choices[1:])
    )
    columns[f"{side}_role"] = read(where.role)
    columns[f"{side}_group"] = read(where.group)
    return columns


def distinct_actors(table: Any, format: str, side: str, *, clean: bool = True) -> Any:
    """The distinct actors of one ``side`` of a raw table, as :func:`canonical_events`
    writes them: ``dataset``, ``{side}``, ``{side}_country``, ``{side}_role`` and
    ``{side}_group``, one row each.

    The same rows as ``canonical_events(table, format).select(...).distinct()``, but
    the raw columns are made distinct first and converted after: every canonical
    column is a function of its row's raw values, so converting the distinct raw
    values gives every distinct canonical value. The engine then hashes the raw
    columns as the files hold them; DuckDB 1.5 hashes a Parquet column's dictionary
    (each distinct value once) where a converted value (``NULLIF(column, '')``) is
    hashed on every row: on ten million GDELT events, 0.3 s for both sides against
    0.8 s.
    """
    spec = event_source(format)
    where = spec.actors.source if side == "source" else spec.actors.target
    read = [c for c in (where.id, *where.countries(), where.role, where.group) if c]
    present = [c for c in dict.fromkeys(read) if c in table.columns]
    raw = table.select(*present).distinct()
    absent = [c for c in dict.fromkeys(read) if c not in table.columns]
    if absent:  # an optional column of an older layout, read as empty (as_events)
        raw = raw.mutate(**{c: ex.null("string") for c in absent})
    columns = {
        key: _finished(key, value, clean)
        for key, value in _side_columns(raw, spec, side, name=False).items()
    }
    return raw.select(dataset=ex.literal(spec.name), **columns).distinct()


def _finished(name: str, value: Any, clean: bool) -> Any:
    """A canonical column as :func:`canonical_events` writes it: control characters
    replaced (``clean``, for the columns read from the data) and cast to its type."""
    if clean and name in _CLEANED:
        # a control character would reach terminals and pages as a command and make
        # actor ids graphs refuse; value_problems lists each one where it was read
        value = value.cast("string").re_replace(ex.CONTROLS, " ")
    return value.cast(CANONICAL_COLUMNS[name])


_CLEANED = (
    "event_id",
    "source",
    "target",
    "source_name",
    "target_name",
    "source_country",
    "target_country",
    "source_role",
    "target_role",
    "source_group",
    "target_group",
    "code",
    "root_code",
    "url",
    "story_id",
)
"""Canonical text columns read from the data, where control characters become spaces."""


def require_columns(table: Any, format: str) -> None:
    """Raise a DataError naming every column the ``format``'s schema needs and
    ``table`` lacks (what :func:`as_events` checks first)."""
    _require(table, event_source(format))


def _require(table: Any, spec: EventSource) -> None:
    missing = [c for c in spec.needed if c not in table.columns and c not in spec.optional]
    if missing:
        columns = [c for c in table.columns if c not in (FILE, LINE)]
        found = ", ".join(repr(c) for c in columns[:12]) or "none"
        raise DataError(
            [
                Problem(
                    f"{spec.title} table",
                    None,
                    column,
                    None,
                    None,
                    f"a column named {column!r} ({spec.title} codebook); found {found}"
                    + ("..." if len(columns) > 12 else ""),
                )
                for column in missing
            ]
        )
