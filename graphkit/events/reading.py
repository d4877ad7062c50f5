"""Read raw event files into canonical events on DuckDB, listing every unreadable row."""

from __future__ import annotations

import collections
import itertools
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from ..base.errors import DataError, EventProblemsWarning, Problem
from ..base.optional import require
from . import expressions as ex
from .archives import FileReport, PathsLike, resolve_paths
from .canonical import FILE, LINE, canonical_events, require_columns
from .checks import suspect_rows, suspect_tests, value_problems
from .problems import file_frame, problem_frame
from .raw_files import RawReader
from .sources import event_source

require("ibis", "events", purpose="reading event data")

import ibis  # noqa: E402 - after require, which names the extra when Ibis is missing
import ibis.expr.types as ir  # noqa: E402

__all__ = ["EventTable", "read_events"]

_names = itertools.count(1)


class EventTable(ir.Table):
    """Canonical events (an :class:`ibis.Table`) and what reading them found.

    Everything an Ibis table does works on it (``.filter``, ``.to_pyarrow()``, ...);
    tables derived from it are plain Ibis tables.

    Attributes
    ----------
    problems : pandas.DataFrame
        Every problem found while reading, one row each: ``file, line, column, value,
        expected`` (line and column empty where the problem concerns a whole file).
    files : pandas.DataFrame
        One row per file or archive member read: ``file, rows, problems, status``
        (``read``, ``truncated``, ``empty``, ``wrong format`` or ``unreadable``).
    format : str
        The source format the files were read as.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/icews_sample.tsv"), format="icews")
    >>> isinstance(ev, gk.EventTable), ev.format, list(ev.files.status)
    (True, 'icews', ['read'])
    """

    problems: pd.DataFrame
    files: pd.DataFrame
    format: str

    @classmethod
    def _wrap(
        cls,
        table: Any,
        problems: pd.DataFrame,
        files: pd.DataFrame,
        format: str,
        raw: tuple[Any, bool] | None = None,
    ):
        events = cls(table.op())
        object.__setattr__(events, "problems", problems)
        object.__setattr__(events, "files", files)
        object.__setattr__(events, "format", format)
        # the raw table the events are exactly canonical_events(raw, format, clean=...)
        # of, with that ``clean``, or None (what actor_identities reads actors from)
        object.__setattr__(events, "_raw", raw)
        return events


def read_events(
    paths: PathsLike,
    format: str,
    *,
    keep: bool = False,
    errors: str = "report",
    connection: Any = None,
) -> EventTable:
    """Read raw event files into the canonical event schema.

    Parameters
    ----------
    paths : str, path or list of them
        Files, globs (``"data/2024*.export.CSV.zip"``) or a list of both. A name that
        exists is that file, whatever it holds (``events[1].tsv``); only a name no file
        has is a glob pattern. A file named twice (or matched by two patterns) is read
        once. Each file may be plain, gzip or zip (any number of members), recognised
        by its content, or Parquet (``.parquet``) with the codebook's column names (all,
        or the ones the schema needs); header names are matched without regard to case.
    format : str
        A source of :data:`~graphkit.events.SOURCES`: ``"gdelt2"`` (61 columns, no
        header), ``"gdelt1"`` (58, or 57 in the pre-2013 backfile), ``"icews"``,
        ``"polecat"``, ``"ucdp"`` or ``"acled"``.
    keep : bool, default False
        Also keep the source's columns the schema does not use.
    errors : {"report", "raise"}, default "report"
        ``"report"`` keeps every row that can be read and lists the others in
        ``events.problems`` (with a warning); ``"raise"`` raises one DataError listing
        every problem of every file.
    connection : duckdb.DuckDBPyConnection, optional
        Where to keep the events; a new in-memory database by default.

    Returns
    -------
    EventTable
        An Ibis table of :data:`~graphkit.events.CANONICAL_COLUMNS` on DuckDB, with
        ``.problems`` and ``.files``. Text files are read once, streamed in batches
        (never whole into pandas), and kept in DuckDB; Parquet files stay where they
        are and are read by each query.

    Raises
    ------
    DataError
        For names that match no file, a directory, a Parquet file without the
        columns the schema needs, ``errors="raise"`` with any problem, or when no row
        at all could be read; always listing every problem with its file and line.

    Notes
    -----
    A problem never stops the other rows: a line with the wrong number of fields is
    skipped and listed; a score or date that does not parse, or a number outside
    what the codebook allows (a negative count, a Goldstein score beyond ±10, a quad
    class other than 1 to 4, NaN), is listed and kept as NULL; bytes that are not
    UTF-8 are listed and read as Windows-1252; a truncated archive is read up to where
    it stops; a file of another format is skipped with a hint of the format it looks
    like. CAMEO codes stay text with their leading zeros.

    A line break inside a quoted CSV value is data; an unclosed quote costs the line it
    opens on (the lines after it are read on their own). A line, or a CSV record, over
    512 KiB is one problem and is never held whole, so reading costs what the rows
    kept cost, not what a file expands to. A zip member or gzip file whose checksum
    does not match keeps none of its rows (``status`` ``damaged``); members that are
    not data (``__MACOSX/``, ``._`` files, folders) are skipped with a note. An event id
    read before (by file name, then line) is a problem and the row is skipped, so
    overlapping downloads count each event once. Actor ids, countries and roles are read
    in one spelling (trimmed, Unicode NFC); spellings that differ only in letter case
    are read as the first one, each a problem. Dates may be written as releases and
    spreadsheets write them (:func:`~graphkit.events.expressions.written_date`); one
    that could mean two days is a problem saying so.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> ev.count().to_pyarrow().as_py(), len(ev.problems)
    (500, 0)
    >>> ev.filter(ev.event_id == "881990833").select("code", "root_code").to_pyarrow().to_pylist()
    [{'code': '040', 'root_code': '04'}]
    """
    spec = event_source(format)
    if errors not in ("report", "raise"):
        raise ValueError(f"errors must be 'report' or 'raise', got {errors!r}")
    repeated: list[FileReport] = []
    files = resolve_paths(paths, repeated)
    duckdb = require("duckdb", "events", purpose="reading event data")
    con = connection if connection is not None else duckdb.connect()
    backend = ibis.duckdb.from_connection(con)
    columns = spec.columns if keep else spec.needed
    parquet = [f for f in files if _is_parquet(f)]
    text = [f for f in files if not _is_parquet(f)]
    tables, problems, reports = [], [], []
    direct: _DirectRead | None = None
    origin: tuple[Any, bool] | None = None
    if text:
        reader = RawReader(text, spec, columns)
        raw = _load_stream(con, backend, reader)
        damaged = [r.name for r in reader.reports if r.status == "damaged"]
        if damaged:  # its rows were sent before its checksum could be compared
            listed = ", ".join("'" + d.replace("'", "''") + "'" for d in damaged)
            con.execute(f'DELETE FROM "{raw.get_name()}" WHERE "{FILE}" IN ({listed})')
        problems.extend(reader.problems)
        reports.extend(reader.reports)
        found, controls = _value_problems(con, backend, raw, format)
        problems.extend(found)
        canonical = canonical_events(raw, format, keep=keep, clean=controls)
        tables.append(_materialise(con, backend, canonical))
        con.execute(f'DROP TABLE "{raw.get_name()}"')
    if parquet:
        parquet, parquet_reports, parquet_problems = _parquet_files(con, parquet)
        problems.extend(parquet_problems)
        reports.extend(parquet_reports)
    if parquet:
        raw = _parquet_view(con, backend, parquet)
        try:
            require_columns(raw, format)
        except DataError as exc:
            where = ", ".join(str(p) for p in parquet)
            raise DataError([_located(p, where) for p in exc.problems]) from None
        direct = _DirectRead.of(backend, raw, parquet)
        found, controls = _value_problems(con, backend, raw, format, direct)
        problems.extend(found)
        # the files stay where they are and each query reads them: cleaning text that
        # holds no control character would cost every query a pass over every cell
        tables.append(canonical_events(raw, format, keep=keep, clean=controls))
        if not text:  # events that are exactly canonical_events(raw, ...)
            origin = (raw, controls)
    if not tables:
        raise DataError(problems)
    events = tables[0] if len(tables) == 1 else tables[0].union(tables[1])
    if not parquet or text or direct is None or _repeats_possible(con, direct, format):
        events, found = _without_repeats(con, backend, events, materialised=not parquet)
        problems.extend(found)
        if found:  # events less their repeats
            origin = None
    reports.extend(repeated)
    # value problems are found after reading: count every problem on its file's row
    counts = collections.Counter(p.source for p in problems)
    for report in reports:
        report.problems = counts.get(report.name, 0)
    problem_table = problem_frame(problems)
    file_table = file_frame(reports)
    if problems and (errors == "raise" or int(file_table["rows"].sum()) == 0):
        raise DataError(problems)
    if problems:
        warnings.warn(
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''} reading "
            f"{spec.title} events (see events.problems); the other rows were read",
            EventProblemsWarning,
            stacklevel=2,
        )
    return EventTable._wrap(events, problem_table, file_table, spec.name, origin)


def _without_repeats(
    con: Any, backend: Any, events: Any, *, materialised: bool
) -> tuple[Any, list[Problem]]:
    """The events without a row whose event id was read before, and a problem for each.

    "Before" is by file name, then line: the same event in two overlapping downloads
    (or a file given under two names) is counted once, in the first file that has it.
    Rows without an id are never repeats. ``materialised`` events (one DuckDB table)
    lose the rows for good; Parquet events, read by each query, are filtered.
    """
    name = f"_gk_repeats_{next(_names)}"
    rows = backend.compile(events.select("file", "line", "event_id"))
    # the ids that repeat, by a hash aggregate (cheap); only their rows are then sorted
    con.execute(
        f'CREATE TEMP TABLE "{name}" AS SELECT * FROM ('
        f"SELECT file, line, event_id, "
        f"row_number() OVER w AS n, first_value(file) OVER w AS first_file, "
        f"first_value(line) OVER w AS first_line "
        f"FROM ({rows}) WHERE event_id IN ("
        f"SELECT event_id FROM ({rows}) WHERE event_id IS NOT NULL "
        f"GROUP BY event_id HAVING count(*) > 1) "
        f"WINDOW w AS (PARTITION BY event_id ORDER BY file, line)) WHERE n > 1"
    )
    rows = con.execute(
        f'SELECT file, line, event_id, first_file, first_line FROM "{name}" ORDER BY file, line'
    ).fetchall()
    if not rows:
        con.execute(f'DROP TABLE "{name}"')
        return events, []
    problems = [
        Problem(
            file,
            line,
            None,
            None,
            event_id,
            f"an event id not read before ({first_file}, line {first_line} has it too); the "
            "row was skipped as a repeat",
        )
        for file, line, event_id, first_file, first_line in rows
    ]
    if materialised:
        table = events.get_name()
        con.execute(
            f'DELETE FROM "{table}" WHERE (file, line) IN (SELECT (file, line) FROM "{name}")'
        )
        con.execute(f'DROP TABLE "{name}"')
        return events, problems
    repeats = _table(con, backend, name).select("file", "line")
    return events.anti_join(repeats, ["file", "line"]), problems


def _repeats_possible(con: Any, direct: _DirectRead, format: str) -> bool:
    """Whether two rows of the Parquet files may share an event id: False only when the
    source's id is one column's text (GDELT's ``GLOBALEVENTID``) and no value of that
    column, read directly, repeats.

    Equal ids have equal raw values, so no repeated raw value means no repeated id; a
    raw repeat (or an id built from several columns) sends the events to
    :func:`_without_repeats`, which finds the repeats exactly. Grouping the column as
    the files type it (an integer) costs a third of grouping its text.
    """
    spec = event_source(format)
    table = direct.table
    event_id = spec.event_columns(table, spec)["event_id"]
    column = next(
        (c for c in table.columns if event_id.equals(ex.text(table, c))),
        None,
    )
    if column is None:
        return True
    name = '"' + column.replace('"', '""') + '"'
    if table[column].type().is_integer() and _increasing(con, direct, name):
        return False
    present = f"{name} IS NOT NULL" + (
        f" AND {name} <> ''" if table[column].type().is_string() else ""
    )
    (count,) = con.execute(
        f"SELECT count(*) FROM (SELECT {name} FROM {direct.read} WHERE {present} "
        "GROUP BY 1 HAVING count(*) > 1)"
    ).fetchone()
    return bool(count)


def _increasing(con: Any, direct: _DirectRead, name: str, chunk: int = 1 << 20) -> bool:
    """Whether the integer column ``name``, read as the scan returns it, is strictly
    increasing (its nulls left out), which proves that no value repeats.

    Event files are written in id order (GDELT's ``GLOBALEVENTID`` rises through each
    file and from one file to the next), so this usually holds, and costs a stream of
    one column in chunks (0.2 s for 10 million ids against 1.1 s for grouping them, and
    memory for one chunk). Strictly increasing values are distinct in whatever order
    they come, so the answer is exact; False (values out of order, which need not
    repeat) only sends the column to the grouping query. Stops at the first fall.
    """
    import numpy as np

    reader = con.execute(
        f"SELECT {name} FROM {direct.read} WHERE {name} IS NOT NULL"
    ).to_arrow_reader(chunk)
    last = None
    for batch in reader:
        values = batch.column(0).to_numpy()
        if not len(values):
            continue
        if (last is not None and values[0] <= last) or bool(np.any(values[1:] <= values[:-1])):
            return False
        last = values[-1]
    return True


def _is_parquet(path: Path) -> bool:
    if path.suffix.lower() in (".parquet", ".pq"):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PAR1"
    except OSError:
        return False


def _load_stream(con: Any, backend: Any, reader: RawReader) -> Any:
    import pyarrow as pa

    stream = pa.RecordBatchReader.from_batches(reader.schema(), reader.batches())
    name = f"_gk_raw_{next(_names)}"
    con.register(f"{name}_stream", stream)
    try:
        con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM "{name}_stream"')
    finally:
        con.unregister(f"{name}_stream")
    return _table(con, backend, name)


def _table(con: Any, backend: Any, name: str) -> Any:
    """The DuckDB table ``name`` as an Ibis table.

    Ibis's own ``backend.table`` reads the schema with DuckDB's deprecated
    ``fetch_arrow_table`` (a DeprecationWarning on every read); the schema is read here
    with ``DESCRIBE`` instead, which is what Ibis does underneath.
    """
    import ibis.expr.operations as ops

    mapper = backend.compiler.type_mapper
    described = con.execute(f'DESCRIBE "{name}"').fetchall()
    schema = ibis.schema(
        {
            column: mapper.from_string(kind, nullable=null == "YES")
            for column, kind, null, *_ in described
        }
    )
    return ops.DatabaseTable(
        name, schema=schema, source=backend, namespace=ops.Namespace()
    ).to_expr()


def _materialise(con: Any, backend: Any, expression: Any) -> Any:
    name = f"events_{next(_names)}"
    con.execute(f'CREATE TABLE "{name}" AS {backend.compile(expression)}')
    return _table(con, backend, name)


def _parquet_view(con: Any, backend: Any, files: list[Path]) -> Any:
    name = f"_gk_parquet_{next(_names)}"
    plain = [f for f in files if not _has_glob_characters(str(f))]
    odd = [f for f in files if _has_glob_characters(str(f))]
    parts = []
    if plain:
        parts.append(
            f'SELECT * EXCLUDE (filename, file_row_number), filename AS "{FILE}", '
            f'file_row_number + 1 AS "{LINE}" FROM {_direct_read(plain)}'
        )
    # A name with glob characters is read on its own, as a pattern matching only it,
    # and named by a literal: DuckDB's filename column of such a read loses every row
    # in a window partitioned by it (DuckDB 1.5)
    parts += [
        f'SELECT * EXCLUDE (file_row_number), {_sql_text(str(f))} AS "{FILE}", '
        f'file_row_number + 1 AS "{LINE}" '
        f"FROM read_parquet({_sql_text(_literal_glob(str(f)))}, file_row_number = true)"
        for f in odd
    ]
    con.execute(f'CREATE VIEW "{name}" AS ' + " UNION ALL BY NAME ".join(parts))
    return _table(con, backend, name)


def _direct_read(files: list[Path]) -> str:
    """The DuckDB table function reading Parquet ``files`` (names without glob
    characters) with each row's ``filename`` and ``file_row_number`` (from 0)."""
    listed = ", ".join(_sql_text(str(f)) for f in files)
    return (
        f"read_parquet([{listed}], filename = true, file_row_number = true, union_by_name = true)"
    )


class _DirectRead:
    """Parquet files as an Ibis table that compiles to a filter directly on DuckDB's
    ``read_parquet``: the files' own columns plus ``filename`` and ``file_row_number``
    (from 0).

    DuckDB tests a filter written directly on ``read_parquet`` inside the scan, on each
    column chunk's dictionary (each distinct value once); the same filter on a view or
    subquery of it is tested on every row (DuckDB 1.5: a control-character search over
    ten million GDELT actor codes takes 0.03 s one way, 1.4 s the other). The table's
    expressions are compiled with its placeholder name replaced by the table function.
    """

    def __init__(self, backend: Any, raw: Any, files: list[Path]) -> None:
        import ibis.expr.operations as ops

        columns = {c: t for c, t in raw.schema().items() if c not in (FILE, LINE)}
        columns.update(filename="string", file_row_number="int64")
        self.name = f"_gk_direct_{next(_names)}"
        self.table = ops.DatabaseTable(
            self.name, schema=ibis.schema(columns), source=backend, namespace=ops.Namespace()
        ).to_expr()
        self.backend = backend
        self.read = _direct_read(files)

    def sql(self, expression: Any) -> str:
        """``expression`` (over :attr:`table`) as SQL reading the files themselves."""
        return self.backend.compile(expression).replace(f'"{self.name}"', self.read)

    def scans(self, tests: list[tuple[str, Any, bool]]) -> list[str]:
        """One statement per test of :func:`suspect_tests`, each the rows of the files
        where the test holds: their ``_gk_file``, ``_gk_line`` (from 1) and
        ``_gk_controls`` (whether the test is the search for a control character).

        The tests are compiled together, as the columns of one selection, and each
        statement is written around its column's SQL: one Ibis compilation instead of
        one per test (on GDELT's twenty tests 0.02 s against 0.10 s, paid by every read
        of Parquet files). A selection Ibis compiles to another shape than one plain
        ``SELECT`` from the table is compiled test by test, as filters.
        """
        table = self.table
        tested = [test for _column, test, _control in tests]
        columns = self._test_columns(tested) if tested else None
        if columns is None:
            return [
                self.sql(
                    table.filter(test).select(
                        _gk_file=table.filename,
                        _gk_line=table.file_row_number + 1,
                        _gk_controls=ibis.literal(control),
                    )
                )
                for _column, test, control in tests
            ]
        alias, conditions = columns
        return [
            f'SELECT {alias}."filename" AS "_gk_file", {alias}."file_row_number" + 1 AS '
            f'"_gk_line", {"TRUE" if control else "FALSE"} AS "_gk_controls" '
            f"FROM {self.read} AS {alias} WHERE {condition}"
            for condition, (_column, _test, control) in zip(conditions, tests, strict=True)
        ]

    def _test_columns(self, tests: list[Any]) -> tuple[str, list[str]] | None:
        """The SQL of each boolean expression of ``tests`` (over :attr:`table`) and the
        alias the expressions name the table by, from one compilation; None when the
        compiled selection is not one plain ``SELECT`` of them from the table."""
        # sqlglot is the compiler Ibis's SQL backends are built on (a dependency of
        # ibis-framework): its tree is what Ibis compiles to
        import sqlglot as sg
        import sqlglot.expressions as sge

        names = [f"_gk_test_{k}" for k in range(len(tests))]
        selection = self.table.select(**dict(zip(names, tests, strict=True)))
        query = self.backend.compiler.to_sqlglot(selection)
        # sqlglot names the FROM clause "from_" (30) or "from" (before)
        source = (
            query.args.get("from_", query.args.get("from"))
            if isinstance(query, sge.Select)
            else None
        )
        if (
            source is None
            or not isinstance(source.this, sge.Table)
            or source.this.name != self.name
            or any(query.args.get(part) for part in ("where", "joins", "with", "group"))
            or [e.alias_or_name for e in query.expressions] != names
            or not all(isinstance(e, sge.Alias) for e in query.expressions)
        ):
            return None
        dialect = self.backend.dialect
        alias = sge.to_identifier(source.this.alias_or_name, quoted=True).sql(dialect=dialect)
        conditions = [
            e.this.sql(dialect=dialect, unsupported_level=sg.ErrorLevel.RAISE)
            for e in query.expressions
        ]
        return alias, conditions

    @classmethod
    def of(cls, backend: Any, raw: Any, files: list[Path]) -> _DirectRead | None:
        """The direct read of ``files``; None when a name has glob characters (those
        are read one by one, each as a pattern matching only itself)."""
        if not files or any(_has_glob_characters(str(f)) for f in files):
            return None
        return cls(backend, raw, files)


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _has_glob_characters(path: str) -> bool:
    return any(c in path for c in "*?[")


def _literal_glob(path: str) -> str:
    """``path`` as a DuckDB file pattern that matches that file only: its glob
    characters each in a class of their own."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in path)


def _parquet_files(con: Any, files: list[Path]) -> tuple[list[Path], list[Any], list[Problem]]:
    """The Parquet files that can be read, a report for each file, and a problem for
    each one that cannot (damaged, cut short, or text named ``.parquet``)."""
    import duckdb

    readable, reports, problems = [], [], []
    for path in files:
        quoted = "'" + _literal_glob(str(path)).replace("'", "''") + "'"
        try:
            (rows,) = con.execute(
                f"SELECT sum(num_rows) FROM parquet_file_metadata({quoted})"
            ).fetchone()
        except duckdb.Error as exc:
            reports.append(FileReport(str(path), status="unreadable"))
            problems.append(
                Problem(
                    str(path),
                    None,
                    None,
                    None,
                    None,
                    f"a Parquet file (it is damaged, cut short or not Parquet: "
                    f"{_engine_reason(exc, path)})",
                )
            )
            continue
        readable.append(path)
        reports.append(FileReport(str(path), rows=int(rows or 0)))
    return readable, reports, problems


def _engine_reason(exc: Exception, path: Path) -> str:
    """The engine's reason in one line, without its error class or the file's name."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = text.split(": ", 1)[-1] if text.split(": ", 1)[0].endswith("Error") else text
    for shown in (f" '{path}'", f' "{path}"', f" {path}"):
        text = text.replace(shown, "")
    return text[:200]


def _value_problems(
    con: Any, backend: Any, raw: Any, format: str, direct: _DirectRead | None = None
) -> tuple[list[Problem], bool]:
    """Every value of ``raw`` that does not parse, and whether any text it reads holds a
    control character. The table is scanned once (:func:`suspect_rows`), or, for
    Parquet files read ``direct``, once per check where DuckDB tests it on the files'
    dictionaries (:func:`suspect_tests`); the checks column by column then run on the
    few rows kept, and are not even compiled when no row is kept (the usual case)."""
    name = f"_gk_suspect_{next(_names)}"
    if direct is None:
        con.execute(f'CREATE TEMP TABLE "{name}" AS {backend.compile(suspect_rows(raw, format))}')
        (count,) = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        if not count:  # the usual case: no check to compile (0.3 s of Ibis per read)
            con.execute(f'DROP TABLE "{name}"')
            return [], False
    elif not _direct_suspects(con, backend, raw, format, direct, name):
        return [], False
    try:
        suspects = _table(con, backend, name)
        controls = bool(suspects._gk_controls.any().to_pyarrow().as_py())
        expression = value_problems(suspects, format)
        found = (
            []
            if expression is None
            else expression.order_by(["file", "line", "column"]).to_pyarrow().to_pylist()
        )
    finally:
        con.execute(f'DROP TABLE "{name}"')
    names = event_source(format).columns
    return [
        Problem(
            row["file"],
            row["line"],
            row["column"],
            names.index(row["column"]) + 1 if row["column"] in names else None,
            row["value"],
            row["expected"],
        )
        for row in found
    ], controls


def _direct_suspects(
    con: Any, backend: Any, raw: Any, format: str, direct: _DirectRead, name: str
) -> bool:
    """Write the rows of ``raw`` :func:`suspect_rows` keeps to the table ``name``, each
    check a filtered scan of the files themselves; False (and no table) when no row is
    suspect, the usual case."""
    scans = direct.scans(suspect_tests(direct.table, format))
    if not scans:
        return False
    hits = f"_gk_hits_{next(_names)}"
    # one statement per check: a table made from their UNION ALL keeps its rows in the
    # union's order, and DuckDB then reads the files with less parallelism (on 10M GDELT
    # events 0.85 s against 0.44 s for the twenty checks)
    con.execute(f'CREATE TEMP TABLE "{hits}" AS {scans[0]}')
    try:
        for scan in scans[1:]:
            con.execute(f'INSERT INTO "{hits}" {scan}')
        (count,) = con.execute(f'SELECT count(*) FROM "{hits}"').fetchone()
        if not count:
            return False
        # the few suspect rows, whole, from the view (as suspect_rows gives them)
        con.execute(
            f'CREATE TEMP TABLE "{name}" AS SELECT r.*, h._gk_controls FROM '
            f'"{raw.get_name()}" AS r JOIN (SELECT _gk_file, _gk_line, '
            f'bool_or(_gk_controls) AS _gk_controls FROM "{hits}" GROUP BY ALL) AS h '
            f'ON r."{FILE}" = h._gk_file AND r."{LINE}" = h._gk_line'
        )
        return True
    finally:
        con.execute(f'DROP TABLE "{hits}"')


def _located(problem: Problem, where: str) -> Problem:
    return Problem(
        where,
        problem.line,
        problem.column,
        problem.column_number,
        problem.value,
        problem.expected,
    )
