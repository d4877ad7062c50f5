"""Relations from a corpus that does not fit one machine: documents in a Spark table run
through the same extractor, on the cluster's Python workers.

:func:`extract_relations_on_spark` takes the documents as an Ibis table on the PySpark
backend (or a ``pyspark.sql.DataFrame``), one row per document, and hands each batch of
rows to :func:`~graphkit.extract_relations` on a Python worker through Spark's
``mapInArrow`` (the Arrow form of ``mapInPandas``: batches go to the worker as Arrow
record batches, with no pandas conversion in Spark, whose pandas support lags pandas 3).
Each worker loads spaCy's English model once and keeps it for the batches it is given.
The review rows are those a local run gives, in a documented order: by ``document``,
then as :func:`~graphkit.extract_relations` gives them within a document.

Spark and Ibis are imported only here, when called (``pip install
'graphkit-actors[spark,extract]'``); the text package never imports them otherwise.
Nothing is written outside what Spark itself keeps in its temporary folders: the
documents and the result are temporary views of the session, never tables of a
warehouse (no ``spark-warehouse/`` folder appears).
"""

from __future__ import annotations

import itertools
import os
import warnings
from typing import Any

import pandas as pd

from ..base.errors import DataError, Problem
from ..base.optional import require
from .extraction import REVIEW_COLUMNS, extract_relations
from .inputs import actor_table, typed_frame

__all__ = ["REVIEW_ORDER", "extract_relations_on_spark", "review_in_order"]

_INTEGER = ("start_char", "end_char")
_BOOLEAN = ("negated", "hedged", "hypothetical", "ok")
_DTYPES = {"start_char": "int64", "end_char": "int64", "confidence": "float64"} | {
    column: "bool" for column in _BOOLEAN
}
_ORDINAL = "_row"  # a row's position among its document's rows, carried to the sort
_NAMES = itertools.count(1)

REVIEW_ORDER = ("document", "start_char", _ORDINAL)
"""How the rows of :func:`extract_relations_on_spark` are ordered: by document name (as
text, empty last), then by the sentence's start, then as the extractor gave them within
the document; rows still tied (two documents of the same name) by every column as text."""


def extract_relations_on_spark(
    documents: Any,
    *,
    actors: pd.DataFrame | str | os.PathLike,
    text: str = "text",
    document: str = "document",
    reported: str | None = None,
    specific: bool = True,
    keep_planned: bool = False,
    collect: bool = True,
) -> Any:
    """Extract the relations of every document of a Spark table, on Spark's workers.

    Parameters
    ----------
    documents : ibis.Table or pyspark.sql.DataFrame
        One row per document, on the PySpark backend: the text, its name and optionally
        its reported date.
    actors : pandas.DataFrame or path
        The actors table (as for :func:`~graphkit.extract_relations`), sent to every
        worker.
    text, document : str, default "text", "document"
        The columns holding each document's text and name.
    reported : str, optional
        The column holding each document's reported date (text ``YYYY``, ``YYYY-MM``,
        ``YYYY-MM-DD``, or a date); none by default.
    specific : bool, default True
        As for :func:`~graphkit.extract_relations`.
    keep_planned : bool, default False
        As for :func:`~graphkit.extract_relations`.
    collect : bool, default True
        True: the review table as a pandas DataFrame, the same (columns, types, rows)
        as :func:`~graphkit.extract_relations` gives for the same documents, in the
        order :data:`REVIEW_ORDER`. False: the rows left on the cluster, as an Ibis
        table (or a Spark DataFrame for a Spark DataFrame input) with the review columns
        and ``_row``, to write out or aggregate there.

    Returns
    -------
    pandas.DataFrame, ibis.Table or pyspark.sql.DataFrame

    Raises
    ------
    DataError
        For a missing column (named with the columns the table has) or a bad actors
        table; a worker's error (an unreadable text, a bad reported date) comes back
        naming the document.
    MissingDependencyError
        If PySpark, Ibis or spaCy is not installed.

    Examples
    --------
    Where the documents are a table of the cluster (``documents`` with columns
    ``document``, ``text`` and ``date``):

    >>> import ibis
    >>> from pyspark.sql import SparkSession
    >>> spark = SparkSession.builder.getOrCreate()  # doctest: +SKIP
    >>> con = ibis.pyspark.connect(spark)  # doctest: +SKIP
    >>> review = extract_relations_on_spark(
    ...     con.table("documents"), actors="actors.csv", reported="date"
    ... )  # doctest: +SKIP
    >>> review.equals(review_in_order(extract_relations(
    ...     texts, actors="actors.csv", document=names, reported=dates)))  # doctest: +SKIP
    True
    """
    require("pyspark", "spark", purpose="extracting relations on Spark")
    require("pyarrow", "spark", purpose="extracting relations on Spark")
    with warnings.catch_warnings():
        # pyspark's notices about pandas 3 are not graphkit's: no pandas conversion
        # happens in Spark here (Arrow throughout)
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"pyspark(\.|$)")
        return _on_spark(
            documents, actors, text, document, reported, specific, keep_planned, collect
        )


def _on_spark(documents, actors, text, document, reported, specific, keep_planned, collect):
    frame, backend = _spark_frame(documents)
    columns = list(frame.columns)
    wanted = [text, document] + ([reported] if reported else [])
    missing = [c for c in wanted if c not in columns]
    if missing:
        found = ", ".join(repr(c) for c in columns) or "none"
        raise DataError(
            [
                Problem(
                    "documents table",
                    None,
                    c,
                    None,
                    None,
                    f"a column named {c!r} (found {found})",
                )
                for c in missing
            ]
        )
    table = actor_table(actors)  # checked here, on the driver, once
    options = {"specific": specific, "keep_planned": keep_planned}
    selected = frame.select(text, document, *([reported] if reported else []))
    worker = _Worker(table, text, document, reported, options)
    result = selected.mapInArrow(worker, _schema())
    ordered = result.orderBy(*_order_columns(result))
    if not collect:
        if backend is None:
            return ordered
        name = f"graphkit_review_{os.getpid()}_{next(_NAMES)}"
        ordered.createOrReplaceTempView(name)
        return backend.table(name)
    return review_in_order(_typed(ordered.toArrow().to_pylist()))


def review_in_order(review: pd.DataFrame) -> pd.DataFrame:
    """A review table in the order :data:`REVIEW_ORDER`, without the ``_row`` column; a
    review from :func:`~graphkit.extract_relations` gets its ``_row`` (the position of
    each row among its document's rows) first, so a local run and a Spark run compare
    row for row.

    Examples
    --------
    >>> review = pd.DataFrame({"document": ["b", "a", "a"], "start_char": [0, 5, 0],
    ...                        "source": ["x", "y", "z"]})
    >>> review_in_order(review)["source"].tolist()
    ['z', 'y', 'x']
    """
    frame = review.copy()
    if _ORDINAL not in frame.columns:
        frame[_ORDINAL] = frame.groupby("document", dropna=False, sort=False).cumcount()
    rest = [c for c in frame.columns if c not in REVIEW_ORDER]
    keys = pd.DataFrame(
        {
            "_missing": frame["document"].isna(),
            "_document": frame["document"].fillna("").astype(str),
            "_start": frame["start_char"],
            "_row": frame[_ORDINAL],
        }
        | {f"_{i}": frame[c].astype(str) for i, c in enumerate(rest)}
    )
    order = keys.sort_values(list(keys.columns), kind="mergesort").index
    return frame.loc[order].drop(columns=_ORDINAL).reset_index(drop=True)


# --------------------------------------------------------------------------- internals


def _spark_frame(documents: Any) -> tuple[Any, Any]:
    """The Spark DataFrame of ``documents`` and its Ibis backend (None for a Spark
    DataFrame given as such)."""
    from pyspark.sql import DataFrame as SparkFrame

    if isinstance(documents, SparkFrame):
        return documents, None
    require("ibis", "spark", purpose="extracting relations from an Ibis table")
    import ibis.expr.types as ir

    if not isinstance(documents, ir.Table):
        raise TypeError(
            "documents= expects an Ibis table on the PySpark backend or a Spark "
            f"DataFrame, got {type(documents).__name__}"
        )
    backend = documents._find_backend()
    if getattr(backend, "name", "") != "pyspark":
        raise TypeError(
            "documents= is an Ibis table on the "
            f"{getattr(backend, 'name', 'unknown')} backend; extract_relations_on_spark "
            "runs on PySpark (for a local table, use extract_relations on its rows)"
        )
    name = f"graphkit_documents_{os.getpid()}_{next(_NAMES)}"
    backend.create_view(name, documents, overwrite=True)  # a temporary view, no table
    return backend._session.table(name), backend


def _schema() -> str:
    types = {c: "string" for c in REVIEW_COLUMNS} | {
        "start_char": "bigint",
        "end_char": "bigint",
        "confidence": "double",
    }
    types |= {c: "boolean" for c in _BOOLEAN}
    fields = [f"`{c}` {types[c]}" for c in REVIEW_COLUMNS]
    return ", ".join([*fields, f"`{_ORDINAL}` bigint"])


def _order_columns(result) -> list:
    from pyspark.sql import functions as F

    document = F.col("document")
    rest = [c for c in REVIEW_COLUMNS if c not in ("document", "start_char")]
    return [
        document.isNull(),
        F.coalesce(document, F.lit("")),
        F.col("start_char"),
        F.col(_ORDINAL),
        *(F.coalesce(F.col(c).cast("string"), F.lit("nan")) for c in rest),
    ]


def _typed(rows: list[dict]) -> pd.DataFrame:
    frame = typed_frame(rows, [*REVIEW_COLUMNS, _ORDINAL], _DTYPES | {_ORDINAL: "int64"})
    return frame


class _Worker:
    """What each Spark task runs: its Arrow batches of documents through
    :func:`~graphkit.extract_relations`, the English model loaded once per worker
    process (graphkit keeps it), the rows given back as Arrow batches."""

    def __init__(self, actors, text, document, reported, options):
        self.actors = actors
        self.text = text
        self.document = document
        self.reported = reported
        self.options = options

    def __call__(self, batches):
        import pyarrow as pa

        for batch in batches:
            data = batch.to_pydict()
            texts = ["" if t is None else str(t) for t in data[self.text]]
            names = [None if d is None else str(d) for d in data[self.document]]
            dates = [_date_text(d) for d in data[self.reported]] if self.reported else None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # an empty text is no relation, on a worker
                review = extract_relations(
                    texts, actors=self.actors, document=names, reported=dates, **self.options
                )
            review[_ORDINAL] = review.groupby("document", dropna=False, sort=False).cumcount()
            columns = {}
            for column in [*REVIEW_COLUMNS, _ORDINAL]:
                values = review[column].tolist()
                if column in _BOOLEAN:
                    columns[column] = pa.array([bool(v) for v in values], pa.bool_())
                elif column in (*_INTEGER, _ORDINAL):
                    columns[column] = pa.array([int(v) for v in values], pa.int64())
                elif column == "confidence":
                    columns[column] = pa.array([float(v) for v in values], pa.float64())
                else:
                    columns[column] = pa.array(
                        [None if _missing(v) else str(v) for v in values], pa.string()
                    )
            yield pa.RecordBatch.from_pydict(columns)


def _date_text(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text or None


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)
