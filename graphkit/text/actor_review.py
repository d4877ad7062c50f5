"""Proposed actors an analyst kept, validated as actors rows to add to an actors table.

:func:`~graphkit.text.propose_actors` lists parties the texts name that the table lacks;
:func:`write_proposals` writes them as a CSV safe to open in a spreadsheet, where an
analyst sets ``ok`` on the real ones and corrects their ``id``, ``name``, ``kind``,
``aliases`` and ``country``. :func:`accept_actors` turns those rows into validated actors
rows, every problem located by the line and column of the proposals file, and
:func:`append_actors` adds them to an actors table (``graphkit accept-actors`` is the two in
a row, the actors CSV written whole or not at all).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ..base.errors import DataError, Problem
from ..base.table_reading import read_table
from ..core.vocabulary import Vocabulary
from ..io.spreadsheet import unescape_formula, write_people_csv
from ..io.tables import read_actors

__all__ = ["ACTOR_TABLE_COLUMNS", "accept_actors", "append_actors", "write_proposals"]

ACTOR_TABLE_COLUMNS = ("id", "name", "kind", "aliases", "country", "description")
"""The columns of a proposals table that go to the actors table (``description`` if the
analyst added one)."""

_TRUE = {"true", "yes", "y", "1", "x", "ok"}
_FALSE = {"false", "no", "n", "0", ""}


def accept_actors(
    proposals: pd.DataFrame | str | os.PathLike,
    *,
    actors: pd.DataFrame | None = None,
    vocabulary: Vocabulary | None = None,
) -> pd.DataFrame:
    """The actors rows of the proposals marked ``ok``, validated like any actors table.

    Parameters
    ----------
    proposals : pandas.DataFrame or path
        From :func:`~graphkit.text.propose_actors`, or the CSV written from it (perhaps
        edited in a spreadsheet; formula escaping is undone). A DataFrame without an
        ``ok`` column is taken whole; a proposals CSV must keep its ``ok`` column
        (without it, every proposal would be added).
    actors : pandas.DataFrame, optional
        The actors table the rows are for (from :func:`~graphkit.read_actors`): a row
        whose id the table already gives to an actor of the same name is left out (it was
        added before); an id the table gives to another actor is a problem.
    vocabulary : Vocabulary, optional
        Where actor kinds are looked up; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, columns ``name, kind, aliases, country, description``, as
        :func:`~graphkit.read_actors` returns them.

    Raises
    ------
    DataError
        Listing every problem of the accepted rows, located by the proposals' line (header
        = line 1; a line break inside a cell is counted) and column: a missing column
        (``ok`` too, in a file), an ``ok`` that is neither true nor false,
        an empty or duplicate id, an id the table already uses, an empty name, an unknown
        kind, a malformed country code; or naming the file if it is missing or not a CSV.

    Examples
    --------
    >>> proposals = pd.DataFrame({"id": ["russia", "idlib"], "name": ["Russia", "Idlib"],
    ...                           "kind": ["state", "city"], "aliases": ["", ""],
    ...                           "country": ["RUS", ""], "mentions": [3, 1],
    ...                           "ok": [True, False]})
    >>> accept_actors(proposals)[["name", "kind", "country"]]
              name   kind country
    id
    russia  Russia  state     RUS
    """
    if isinstance(proposals, pd.DataFrame):
        frame, source = proposals, "proposals DataFrame"
        row_lines = list(range(2, len(frame) + 2))
    else:
        source = str(proposals)
        frame, row_lines = _read_proposals(proposals)
    columns = [str(c) for c in frame.columns]
    problems: list[Problem] = []

    def problem(line: int | None, column: str | None, value, expected: str) -> None:
        number = columns.index(column) + 1 if column in columns else None
        text = None if value is None else str(value)
        problems.append(Problem(source, line, column, number, text, expected))

    required_columns = ["id", "name", "kind"]
    if not isinstance(proposals, pd.DataFrame):
        required_columns.append("ok")  # without it, a file would add every proposal
    found = ", ".join(repr(c) for c in columns) or "none"
    for required in required_columns:
        if required not in columns:
            problem(1, required, None, f"a column named {required!r} in the header (found {found})")
    if problems:
        raise DataError(problems)
    known = _known_names(actors)
    kept, lines = [], []
    seen: dict[str, int] = {}  # ids in any letter case, as read_actors compares them
    for line, row in zip(row_lines, frame.to_dict("records"), strict=True):
        if "ok" in row:
            ok = _flag(row["ok"])
            if ok is None:
                problem(line, "ok", row["ok"], "TRUE or FALSE")
                continue
            if not ok:
                continue
        actor_id = _text(row.get("id"))
        if actor_id in known:
            if known[actor_id] == _text(row.get("name")):
                continue  # added before
            problem(
                line,
                "id",
                actor_id,
                f"an id the actors table does not use (it names {known[actor_id]!r}): "
                "rename it, or set ok to FALSE if it is that actor",
            )  # its other cells are still checked below
        first = seen.setdefault(actor_id.casefold(), line)
        if actor_id and first != line:
            problem(line, "id", actor_id, f"an id of one row only (line {first} has it too)")
            continue
        kept.append({c: row.get(c) for c in ACTOR_TABLE_COLUMNS if c in columns})
        lines.append(line)
    rows = pd.DataFrame(kept, columns=[c for c in ACTOR_TABLE_COLUMNS if c in columns])
    try:
        accepted = read_actors(rows, vocabulary=vocabulary)
    except DataError as error:  # say where in the proposals each problem is
        for p in error.problems:
            at = lines[p.line - 2] if p.line is not None and 2 <= p.line < len(lines) + 2 else None
            problem(at, p.column, p.value, p.expected)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.column_number or 0))
        raise DataError(problems)
    return accepted


def _read_proposals(path: str | os.PathLike) -> tuple[pd.DataFrame, list[int]]:
    """A proposals CSV as text (empty cells missing, formula escaping undone) and the
    line each row starts on (a line break inside a cell counted)."""
    table = read_table(Path(path), what="proposals")
    table.raise_problems()
    columns = [str(unescape_formula(c)) for c in table.columns]
    data = {
        name: pd.array([None if v == "" else unescape_formula(v) for v in values], dtype=object)
        for name, values in zip(columns, table.cells.values(), strict=True)
    }
    return pd.DataFrame(data, columns=columns), table.lines


def write_proposals(proposals: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a proposals table as a CSV for people (formula-safe, whole or not at all),
    which :func:`accept_actors` reads back after an analyst's edits.

    Parameters
    ----------
    proposals : pandas.DataFrame
        As :func:`~graphkit.propose_actors` returns it (or any table of proposed actors).
    path : str or path
        The CSV file to write.

    Returns
    -------
    pathlib.Path
        The file written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> proposals = pd.DataFrame({"id": ["hts"], "name": ["=HTS"], "kind": ["armed_group"],
    ...                           "ok": [True]})
    >>> path = write_proposals(proposals, pathlib.Path(tempfile.mkdtemp()) / "new.csv")
    >>> path.read_text().splitlines()[1]
    "hts,'=HTS,armed_group,True"
    """
    return write_people_csv(proposals, path)


def append_actors(
    actors: pd.DataFrame | str | os.PathLike | None,
    new: pd.DataFrame,
    *,
    vocabulary: Vocabulary | None = None,
) -> pd.DataFrame:
    """An actors table with the actors of ``new`` added after its own, validated as one.

    Parameters
    ----------
    actors : pandas.DataFrame, path or None
        The actors table (as :func:`~graphkit.read_actors` reads it) or an actors CSV;
        None for a table that does not exist yet.
    new : pandas.DataFrame
        Actors rows to add, such as :func:`accept_actors` returns (it leaves out the
        actors the table already has).
    vocabulary : Vocabulary, optional
        Where actor kinds are looked up; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, as :func:`~graphkit.read_actors` returns it.

    Raises
    ------
    DataError
        Listing every problem of the whole table: an id used twice, an unknown kind, ...

    Examples
    --------
    >>> table = pd.DataFrame({"id": ["turkey"], "name": ["Turkey"], "kind": ["state"]})
    >>> new = pd.DataFrame({"id": ["russia"], "name": ["Russia"], "kind": ["state"]})
    >>> append_actors(table, new)["name"].tolist()
    ['Turkey', 'Russia']
    """
    if actors is None:
        return read_actors(new, vocabulary=vocabulary)
    existing = read_actors(actors, vocabulary=vocabulary)
    return read_actors(pd.concat([existing, _indexed(new)]), vocabulary=vocabulary)


def _indexed(frame: pd.DataFrame) -> pd.DataFrame:
    """Actors rows indexed by id, as read_actors returns them."""
    return frame.set_index("id") if "id" in frame.columns else frame


def _known_names(actors: pd.DataFrame | None) -> dict[str, str]:
    if actors is None:
        return {}
    frame = actors if "id" in actors.columns else actors.rename_axis("id").reset_index()
    names = frame["name"] if "name" in frame.columns else frame["id"]
    return {str(i): _text(n) for i, n in zip(frame["id"], names, strict=True)}


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _flag(value) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None
