"""The review round trip: a review table an analyst opens in a spreadsheet, edits and feeds
back, and the accepted rows turned into validated relations.

:func:`write_review` writes a review table (from :func:`~graphkit.extract_relations`) as a
CSV that is safe to open in Excel, LibreOffice or Google Sheets: evidence copied from an
article cannot run as a formula (:mod:`graphkit.io.spreadsheet`). :func:`read_review`
reads it back exactly, also after an analyst edited it (``ok`` as TRUE/FALSE, yes/no,
1/0 or x/empty; a corrected ``source``, ``relation`` or ``target``; extra columns of
notes, which are kept). :func:`accept_relations` turns the rows marked ``ok`` into
relations rows, validated like any relations table, each keeping its evidence (the
sentence), document, reported date, start date, modality and character span;
:func:`append_relations` adds them to a relations table, leaving out the rows it already
holds (``graphkit accept`` is the two in a row, the file written whole or not at all).

The analyst's ``ok`` decides: a row marked ok is accepted whatever its ``modality``
(correct the relation if it needs it; nothing else needs editing), and a row not marked
ok is left out. A review CSV written by an earlier version (without ``code``,
``modality``, ``start`` or ``date_basis``) reads and accepts the same way.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pandas as pd

from ..base.errors import DataError, Problem
from ..base.hints import closest
from ..base.table_reading import read_table
from ..core.dates import parse_date
from ..core.schema import RELATION_COLUMNS
from ..core.vocabulary import Vocabulary, default_vocabulary
from ..io.spreadsheet import unescape_formula, write_people_csv
from ..io.tables import read_relations
from .modality import MODALITIES

__all__ = [
    "KEPT_COLUMNS",
    "REVIEW_ONLY_COLUMNS",
    "SAME_RELATION",
    "accept_relations",
    "append_relations",
    "read_review",
    "write_review",
]

KEPT_COLUMNS = (
    "code",
    "modality",
    "attributed_to",
    "date_basis",
    "start_char",
    "end_char",
    "trigger",
    "rule",
    "hedged",
)
"""Review columns an accepted relation keeps as edge attributes, besides the relation
columns (evidence, document, reported, start)."""

SAME_RELATION = ("source", "target", "relation", "evidence", "document")
"""The columns whose values, compared as text, make two relations rows the same relation
from the same sentence of the same document (:func:`append_relations` adds it once)."""

REVIEW_ONLY_COLUMNS = (
    "source_mention",
    "target_mention",
    "confidence",
    "negated",
    "hypothetical",
    "ok",
)
"""Review columns that serve the review only; an accepted relation does not keep them.
Any other column (notes an analyst added) is kept as an edge attribute."""

_TRUE = {"true", "yes", "y", "1", "x", "ok"}
_FALSE = {"false", "no", "n", "0", ""}
_BOOLEAN = ("negated", "hedged", "hypothetical", "ok")
_INTEGER = ("start_char", "end_char")


def write_review(review: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a review table as a CSV for people (formula-safe, whole or not at all).

    Every text cell a spreadsheet would run (starting with ``=``, ``+``, ``-``, ``@``, a
    tab or a carriage return) gets a leading apostrophe, which :func:`read_review`
    removes again; the file is UTF-8 with CRLF line ends and is written to a temporary
    file renamed into place, so a failure leaves any old file as it was.

    Parameters
    ----------
    review : pandas.DataFrame
        A review table, as :func:`~graphkit.extract_relations` returns it (any columns).
    path : str or path-like
        Where to write; the folder is created when missing.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    GraphWriteError
        When the file cannot be written (the reason, the path; nothing half-written).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> review = pd.DataFrame({"source": ["iran"], "relation": ["backs"],
    ...                        "target": ["hezbollah"], "evidence": ["=HYPERLINK(...)"],
    ...                        "ok": [True]})
    >>> path = write_review(review, pathlib.Path(tempfile.mkdtemp()) / "review.csv")
    >>> path.read_text().splitlines()[1]
    "iran,backs,hezbollah,'=HYPERLINK(...),True"
    >>> read_review(path).equals(review)
    True
    """
    return write_people_csv(review, path)


def read_review(path: str | os.PathLike) -> pd.DataFrame:
    """Read a review CSV written by :func:`write_review`, perhaps edited by an analyst.

    The formula escaping is undone; ``negated``, ``hedged``, ``hypothetical`` and ``ok``
    become booleans (TRUE/FALSE, yes/no, y/n, 1/0, x/empty, in any case), ``start_char``
    and ``end_char`` whole numbers, ``confidence`` a number; ``modality`` must be one of
    :data:`~graphkit.text.modality.MODALITIES` (or empty). Other columns are kept, in the
    file's order: columns may be reordered, and a review written by an earlier version
    (without ``code``, ``modality``, ``start``, ``date_basis``) reads as it is.

    Parameters
    ----------
    path : str or path-like
        The review CSV.

    Returns
    -------
    pandas.DataFrame
        One row per line of the review, in the file's order, with the typed columns above;
        pass it to :func:`~graphkit.accept_relations`.

    Raises
    ------
    DataError
        For a missing file, a file that is not UTF-8 text (one saved as UTF-16 or in
        another encoding), a malformed CSV, and every cell of those columns that is not
        what it should be, located by the line the row starts on (a line break inside an
        evidence cell is counted, as a text editor counts it) and the column.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "review.csv"
    >>> _ = path.write_text(
    ...     "source,relation,target,negated,ok\\r\\niran,backs,hezbollah,no,TRUE\\r\\n"
    ...     "turkey,backs,hts,yes,\\r\\n"
    ... )
    >>> read_review(path)[["source", "negated", "ok"]].to_dict("records")
    [{'source': 'iran', 'negated': False, 'ok': True}, {'source': 'turkey', 'negated': True, 'ok': False}]
    """  # noqa: E501
    return _read_review(path)[0]


def _read_review(path: str | os.PathLike) -> tuple[pd.DataFrame, list[int]]:
    """The review and the line each row starts on."""
    table = read_table(Path(path), what="review")
    table.raise_problems()
    columns = [str(unescape_formula(c)) for c in table.columns]
    data = {}
    for name, values in zip(columns, table.cells.values(), strict=True):
        data[name] = pd.array(
            [None if v == "" else unescape_formula(v) for v in values], dtype=object
        )
    frame = pd.DataFrame(data, columns=columns)
    return _typed(frame, str(path), table.lines), table.lines


def _typed(frame: pd.DataFrame, source: str, lines: list[int]) -> pd.DataFrame:
    problems: list[Problem] = []
    columns = list(frame.columns)
    typed = frame.copy()

    def problem(position: int, column: str, value, expected: str) -> None:
        text = None if value is None else str(value)
        problems.append(
            Problem(source, lines[position], column, columns.index(column) + 1, text, expected)
        )

    for column in _BOOLEAN:
        if column not in frame.columns:
            continue
        values = []
        for position, value in enumerate(frame[column]):
            text = "" if _missing(value) else str(value).strip().lower()
            if text in _TRUE:
                values.append(True)
            elif text in _FALSE:
                values.append(False)
            else:
                problem(position, column, value, "TRUE or FALSE (or yes/no, 1/0, x/empty)")
                values.append(False)
        typed[column] = pd.Series(values, index=frame.index, dtype=bool)
    for column in _INTEGER:
        if column in frame.columns:
            typed[column] = _numbers(frame[column], column, problem, whole=True)
    if "confidence" in frame.columns:
        typed["confidence"] = _numbers(frame["confidence"], "confidence", problem, whole=False)
    if "modality" in frame.columns:
        for position, value in enumerate(frame["modality"]):
            text = _text(value)
            if text and text.lower() not in MODALITIES:
                problem(position, "modality", value, f"a modality, one of {', '.join(MODALITIES)}")
        typed["modality"] = [_text(v).lower() or None for v in frame["modality"]]
    if problems:
        raise DataError(problems)
    text_columns = [c for c in typed.columns if c not in (*_BOOLEAN, *_INTEGER, "confidence")]
    text = pd.Series(["text"]).dtype
    return typed.astype({c: text for c in text_columns})


def _numbers(values: pd.Series, column: str, problem, *, whole: bool) -> pd.Series:
    out = []
    for position, value in enumerate(values):
        try:
            number = float(str(value).strip())
        except ValueError:
            number = math.nan
        if math.isnan(number) or (whole and not number.is_integer()) or number < 0:
            problem(position, column, value, "a whole number" if whole else "a number")
            number = 0.0
        out.append(int(number) if whole else number)
    return pd.Series(out, index=values.index, dtype="int64" if whole else "float64")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def accept_relations(
    review: pd.DataFrame | str | os.PathLike,
    *,
    actors: pd.DataFrame | None = None,
    vocabulary: Vocabulary | None = None,
    keep_planned: bool = False,
) -> pd.DataFrame:
    """The relations rows of the review rows marked ``ok``, validated like any input.

    Parameters
    ----------
    review : pandas.DataFrame or path
        A review table from :func:`~graphkit.extract_relations` (perhaps filtered, such as
        ``review[review.ok]``) or a review CSV (:func:`read_review`). A review CSV must
        keep its ``ok`` column (without it, every row would be accepted).
    actors : pandas.DataFrame, optional
        From :func:`~graphkit.read_actors`; when given, sources and targets must be its ids.
    vocabulary : Vocabulary, optional
        Where relation types are looked up; the bundled one by default.
    keep_planned : bool, default False
        For a DataFrame without an ``ok`` column: accept its planned rows too ("will
        meet", "vowed to wage war"), as event coders count intentions.
        (``extract_relations(..., keep_planned=True)`` starts them with ``ok`` True.)

    Returns
    -------
    pandas.DataFrame
        Relations rows (``source, target, relation, weight, start, end, evidence,
        document, reported``) plus :data:`KEPT_COLUMNS` and every column an analyst
        added (notes: any column not in :data:`REVIEW_ONLY_COLUMNS`, as text, kept as
        an edge attribute rather than dropped); ``weight`` is the candidate's
        ``confidence`` (or a ``weight`` column the analyst filled in), ``evidence`` the
        sentence, ``start`` the date the review gives the relation (its sentence's date,
        else the reported one), ``modality`` and ``attributed_to`` what the text does with
        it. Ready for :func:`~graphkit.build_graph`, :func:`~graphkit.snapshot` and
        :func:`~graphkit.balance_over_time`.

    Raises
    ------
    DataError
        Listing every problem of the accepted rows, located by the review's line (the
        line each row starts on; header = line 1) and column: an empty or unknown actor
        id, an unknown relation type, a self-relation, a weight outside (0, 1], a start
        or reported date that is not a date, a missing column; and, in a table without
        an ``ok`` column, a row the text does not assert.

    Notes
    -----
    The analyst's ``ok`` is the decision: a row marked ok is accepted whatever its
    ``modality`` or ``negated`` say (an analyst who keeps a planned or denied row needs no
    second edit), and keeps its modality as an edge attribute.

    Examples
    --------
    >>> review = pd.DataFrame({
    ...     "source": ["iran", "iran"], "relation": ["backs", "backs"],
    ...     "target": ["hezbollah", "houthis"],
    ...     "evidence": ["Iran backs Hezbollah.", "Iran denies arming the Houthis."],
    ...     "modality": ["asserted", "denied"], "start": ["2024-06", "2024-06"],
    ...     "confidence": [0.9, 0.9], "document": ["note.txt", "note.txt"],
    ...     "ok": [True, False]})
    >>> accepted = accept_relations(review)
    >>> accepted[["source", "relation", "target", "weight", "start", "modality"]]
      source relation     target  weight    start  modality
    0   iran    backs  hezbollah     0.9  2024-06  asserted
    """
    if isinstance(review, pd.DataFrame):
        frame, source = review, "review DataFrame"
        review_lines = list(range(2, len(frame) + 2))
    else:
        source = str(review)
        frame, review_lines = _read_review(review)
    vocabulary = vocabulary or default_vocabulary()
    problems: list[Problem] = []
    columns = list(frame.columns)
    required_columns = ["source", "relation", "target", "evidence"]
    if not isinstance(review, pd.DataFrame):
        required_columns.append("ok")  # without it, a file would accept every row
    found = ", ".join(repr(str(c)) for c in columns) or "none"
    for required in required_columns:
        if required not in columns:
            expected = f"a column named {required!r} in the header (found {found})"
            problems.append(Problem(source, 1, required, None, None, expected))
    if problems:
        raise DataError(problems)

    def problem(line: int, column: str, value, expected: str) -> None:
        number = columns.index(column) + 1 if column in columns else None
        text = None if value is None else str(value)
        problems.append(Problem(source, line, column, number, text, expected))

    ids = None if actors is None else set(_actor_ids(actors))
    names = vocabulary.relation_names()
    known = {*RELATION_COLUMNS, *KEPT_COLUMNS, *REVIEW_ONLY_COLUMNS}
    notes = [c for c in columns if c not in known]  # kept, not dropped silently
    kept_modalities = {"asserted", "reported"} | ({"planned"} if keep_planned else set())
    rows, lines = [], []
    for line, row in zip(review_lines, frame.to_dict("records"), strict=True):
        if "ok" in row:
            if not _truthy(row["ok"]):
                continue
        else:
            _check_asserted(row, line, kept_modalities, problem)
        for column in ("source", "target"):
            value = _text(row.get(column))
            if not value:
                problem(line, column, value, "an actor id")
            elif ids is not None and value not in ids:
                hint = closest(value, ids)
                problem(line, column, value, f"an actor id from the actors table{hint}")
        if _text(row.get("source")) and _text(row.get("source")) == _text(row.get("target")):
            problem(line, "target", _text(row.get("target")), "an actor other than the source")
        relation = _text(row.get("relation"))
        if relation not in names:
            problem(
                line,
                "relation",
                relation,
                f"a relation type{closest(relation, names)}, one of {', '.join(names)}",
            )
        modality = _text(row.get("modality")).lower()
        if modality and modality not in MODALITIES:
            problem(line, "modality", modality, f"a modality, one of {', '.join(MODALITIES)}")
        weight = _weight(row, line, problem)
        for column in ("reported", "start"):
            date = _text(row.get(column))
            if date:
                try:
                    parse_date(date)
                except ValueError:
                    problem(line, column, date, "a date as YYYY, YYYY-MM or YYYY-MM-DD")
        rows.append(_relation_row(row, weight, notes))
        lines.append(line)
    if problems:
        raise DataError(problems)
    relations = pd.DataFrame(rows, columns=[*RELATION_COLUMNS, *KEPT_COLUMNS, *notes])
    try:
        accepted = read_relations(relations, actors=actors, vocabulary=vocabulary)
    except DataError as exc:  # say where in the review each problem is

        def review_line(line: int | None) -> int | None:
            return lines[line - 2] if line is not None and 2 <= line < len(lines) + 2 else None

        raise DataError(
            [
                Problem(
                    source,
                    review_line(p.line),
                    p.column,
                    columns.index(p.column) + 1 if p.column in columns else None,
                    p.value,
                    p.expected,
                )
                for p in exc.problems
            ]
        ) from None
    # read_relations reads every cell as text; the span and flags keep their types
    for column, dtype in (("start_char", "Int64"), ("end_char", "Int64"), ("hedged", "boolean")):
        accepted[column] = pd.array([row[column] for row in rows], dtype=dtype)
    return accepted


def _check_asserted(row: dict, line: int, kept: set[str], problem) -> None:
    """In a table without ``ok``: a row the text does not assert is a problem."""
    modality = _text(row.get("modality")).lower()
    if modality:
        if modality not in kept and modality in MODALITIES:
            problem(
                line,
                "modality",
                modality,
                f"{' or '.join(sorted(kept))} for a table without an 'ok' column: the "
                f"text does not assert this relation; add an 'ok' column to accept it",
            )
    elif "negated" in row and _truthy(row["negated"]):
        problem(
            line,
            "negated",
            row["negated"],
            "FALSE for a table without an 'ok' column: the text denies, ends or only "
            "supposes this relation; add an 'ok' column to accept it",
        )


def append_relations(
    relations: pd.DataFrame | str | os.PathLike | None,
    new: pd.DataFrame,
    *,
    actors: pd.DataFrame | None = None,
    vocabulary: Vocabulary | None = None,
) -> pd.DataFrame:
    """A relations table with the rows of ``new`` it does not already hold added.

    A row of ``new`` is already held when a row of the table has the same
    :data:`SAME_RELATION` values (source, target, relation, evidence and document,
    compared as text, a missing value as empty): accepting a review twice adds nothing.
    The table's rows keep their order and the new ones follow in theirs; the whole table
    is validated as one.

    Parameters
    ----------
    relations : pandas.DataFrame, path or None
        The relations table (as :func:`~graphkit.read_relations` reads it) or a relations
        CSV; None for a table that does not exist yet.
    new : pandas.DataFrame
        Relations rows to add, such as :func:`accept_relations` returns.
    actors : pandas.DataFrame, optional
        From :func:`~graphkit.read_actors`; when given, sources and targets must be its ids.
    vocabulary : Vocabulary, optional
        Where relation types are looked up; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        The table, then the rows added, as :func:`~graphkit.read_relations` returns it:
        ``len(result) - len(relations)`` rows were added.

    Raises
    ------
    DataError
        Listing every problem of the table (or of the file), and of the whole: an unknown
        actor or relation type, a repeated row, ...

    Examples
    --------
    >>> table = pd.DataFrame({"source": ["iran"], "target": ["hezbollah"],
    ...                       "relation": ["backs"], "evidence": ["Iran backs Hezbollah."],
    ...                       "document": ["note.txt"]})
    >>> new = pd.DataFrame({"source": ["iran", "iran"], "target": ["hezbollah", "houthis"],
    ...                     "relation": ["backs", "backs"],
    ...                     "evidence": ["Iran backs Hezbollah.", "Iran arms the Houthis."],
    ...                     "document": ["note.txt", "note.txt"], "weight": [0.9, 0.9]})
    >>> append_relations(table, new)[["source", "target", "weight", "evidence"]]
      source     target  weight               evidence
    0   iran  hezbollah     1.0  Iran backs Hezbollah.
    1   iran    houthis     0.9  Iran arms the Houthis.
    """
    if relations is None:
        existing = new.iloc[0:0]
    else:
        existing = read_relations(relations, actors=actors, vocabulary=vocabulary)
    held = set(_same_relation_keys(existing))
    fresh = new[[key not in held for key in _same_relation_keys(new)]]
    combined = pd.concat([existing, fresh], ignore_index=True)
    return read_relations(combined, actors=actors, vocabulary=vocabulary)


def _same_relation_keys(frame: pd.DataFrame) -> list[tuple[str, ...]]:
    columns = [
        [_text(v) for v in frame[c]] if c in frame.columns else [""] * len(frame)
        for c in SAME_RELATION
    ]
    return list(zip(*columns, strict=True))


def _actor_ids(actors: pd.DataFrame):
    if "id" in actors.columns:
        return [str(i) for i in actors["id"]]
    return [str(i) for i in actors.index]


def _text(value) -> str:
    return "" if _missing(value) else str(value).strip()


def _truthy(value) -> bool:
    if isinstance(value, bool):
        return value
    return _text(value).lower() in _TRUE


def _weight(row: dict, line: int, problem) -> float:
    column = "weight" if not _missing(row.get("weight")) and "weight" in row else "confidence"
    value = row.get(column)
    if _missing(value) or _text(value) == "":
        return 1.0
    try:
        weight = float(str(value))
    except (TypeError, ValueError):
        weight = math.nan
    if not 0 < weight <= 1:
        problem(line, column, value, "a number greater than 0 and at most 1")
        return 1.0
    return round(weight, 2)


def _relation_row(row: dict, weight: float, notes: list[str]) -> dict:
    out = {
        "source": _text(row.get("source")),
        "target": _text(row.get("target")),
        "relation": _text(row.get("relation")),
        "weight": weight,
        "start": _text(row.get("start")) or None,
        "end": _text(row.get("end")) or None,
        "evidence": _text(row.get("evidence")) or None,
        "document": _text(row.get("document")) or None,
        "reported": _text(row.get("reported")) or None,
    }
    for column in KEPT_COLUMNS:
        value = row.get(column)
        out[column] = None if _missing(value) else value
    for column in notes:
        out[column] = _text(row.get(column)) or None
    return out
