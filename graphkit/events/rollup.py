"""Cells to relations in one sort: the local roll-up after the engine's aggregation.

The engine gives one row per relation and event code
(:mod:`~graphkit.events.cell_expression`); :func:`rolled_up` sorts them once (NumPy, on
dictionary codes of the text keys) so that each relation's rows are one run, most
frequent code first, and gives each relation its sums, first and last dates and URLs,
its most frequent codes and its dyad's total. The work grows with the cells, not with
the events.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["SUMS", "TOP_CODES", "rolled_up"]

TOP_CODES = 3
"""How many of a relation's most frequent event codes its provenance names."""

SUMS = [
    "events",
    "reports",
    "goldstein",
    "goldstein_pos",
    "goldstein_neg",
    "quad1",
    "quad2",
    "quad3",
    "quad4",
    "mentions",
    "fatalities",
]
"""The measures a relation sums over its cells."""


def rolled_up(cells: Any, period: str | None) -> Any:
    """The relations from the engine's rows per relation and code (fate ``relation``),
    ordered by start, source, target, relation, dataset and direction.

    Each relation gets the sums of its codes' measures, its first and last date and
    URL, its three most frequent codes (``code0 .. code2`` with ``code0_events ..``:
    most events first, then the smaller code) and ``dyad_events``: the events of every
    type between the same two actors (either direction for undirected sources) in the
    same period.

    One sort does it all. Each text key is dictionary-encoded and its values ranked
    (strings compare by code point, like Python and SQL, so this is the order of the
    written table); the ranks, the count of events (descending) and the code are
    packed into one integer per row and sorted once. Each relation's rows are then
    one run, most frequent code first: sums are ``reduceat`` over the runs, top codes
    the runs' first rows. Text is gathered as dictionary indices and decoded from its
    few distinct values; only the URLs of relations with several codes go through a
    grouped minimum. Direction breaks the one tie left (an undirected and a directed
    row of one pair, possible in UCDP).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    # the few rows of the other fates are skipped by index: filtering would copy
    # every column, URLs included, only to gather them again in order
    is_relation = pc.fill_null(pc.equal(cells["fate"], "relation"), False)
    kept = np.flatnonzero(is_relation.to_numpy(zero_copy_only=False))
    if len(kept) == 0:
        return pa.table({"events": pa.array([], pa.int64())})
    encoded = {name: _ranked(cells[name], kept) for name in _ENCODED}
    directed = cells["directed"].to_numpy(zero_copy_only=False)[kept].astype(np.int64)
    events = _integers(cells["events"])[kept]
    keys = [encoded[name][1] for name in ("source", "target", "relation", "dataset")]
    keys.append(directed)
    if period is not None:
        keys.insert(0, _integers(cells["period_start"])[kept])
    order = _sort_order([*keys, -events, encoded["code"][1]])
    rows, events = kept[order], events[order]
    boundary = np.zeros(len(order), dtype=bool)
    boundary[0] = True
    for key in keys:  # one sorted key at a time: each is as long as the rows
        in_order = key[order]
        boundary[1:] |= in_order[1:] != in_order[:-1]
        del in_order
    runs = np.flatnonzero(boundary)  # where each relation's rows begin, ascending
    del boundary
    first_day = np.minimum.reduceat(_integers(cells["first_event"])[rows], runs)
    last_day = np.maximum.reduceat(_integers(cells["last_event"])[rows], runs)
    # the relations' order: that of the runs, or by first event over the whole span
    if period is None:
        final = _sort_order([first_day, *(key[order[runs]] for key in keys)])
    else:
        final = np.arange(len(runs))
    starts = runs[final]
    lengths = np.diff(np.append(runs, len(order)))[final]

    first = order[starts]  # each relation's first row, as a position in ``kept``
    columns: dict[str, Any] = {}
    for name in ("dataset", "source", "target", "relation"):
        values, _ranks, indices = encoded[name]
        columns[name] = values.take(pa.array(indices[first]))
    columns["directed"] = pa.array(directed[first].astype(bool))
    if period is not None:
        columns["period_start"] = cells["period_start"].take(pa.array(rows[starts]))
    for name in SUMS:
        columns[name] = _run_sums(cells[name], rows, runs, final)
    columns["first_event"] = pa.array(first_day[final].astype(np.int32)).view(pa.date32())
    columns["last_event"] = pa.array(last_day[final].astype(np.int32)).view(pa.date32())
    for name, how in (("url_first", "min"), ("url_last", "max"), ("story_id", "min")):
        columns[name] = _run_extreme(cells[name], rows, starts, lengths, how)
    code_values, _ranks, code_indices = encoded["code"]
    for k in range(TOP_CODES):
        has = lengths > k
        at = np.where(has, starts + k, 0)
        code = np.where(has, code_indices[order[at]], len(code_values) - 1)
        columns[f"code{k}"] = code_values.take(pa.array(code))
        columns[f"code{k}_events"] = pa.array(events[at], mask=~has)
    # one dyad: the same source and target (and period); ranks are distinct per value
    source, target = (encoded[k][1][first] for k in ("source", "target"))
    if period is None:
        span = int(target.max(initial=0)) + 1
        pair = pd.factorize(source.astype(np.int64) * span + target)[0]
    else:
        # sorted by period, source and target first: each dyad's relations are one
        # run, numbered where one of those keys changes
        period_key = keys[0][first]
        changed = np.ones(len(starts), dtype=bool)
        changed[1:] = (
            (period_key[1:] != period_key[:-1])
            | (source[1:] != source[:-1])
            | (target[1:] != target[:-1])
        )
        pair = np.cumsum(changed) - 1
    totals = np.bincount(pair, weights=_integers(columns["events"]), minlength=pair.max() + 1)
    columns["dyad_events"] = pa.array(totals[pair].astype(np.int64))
    return pa.table(columns)


def _integers(values: Any) -> Any:
    """An Arrow integer or date column as a NumPy int64 array, NULL as 0."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_date32(values.type):
        values = pc.cast(values, pa.int32())
    return pc.fill_null(values, 0).to_numpy(zero_copy_only=False).astype(np.int64)


def _run_sums(values: Any, rows: Any, runs: Any, final: Any) -> Any:
    """Each relation's sum of ``values`` over its rows (``rows[runs[i]:runs[i+1]]``),
    in the ``final`` order; NULL where every row is NULL, as SQL's ``SUM``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = pa.float64() if pa.types.is_floating(values.type) else pa.int64()
    numbers = pc.fill_null(pc.cast(values, kind), 0).to_numpy(zero_copy_only=False)[rows]
    sums = np.add.reduceat(numbers, runs)[final]
    if values.null_count == 0:
        return pa.array(sums, type=kind)
    known = pc.is_valid(values).to_numpy(zero_copy_only=False)[rows]
    return pa.array(sums, type=kind, mask=~np.logical_or.reduceat(known, runs)[final])


def _run_extreme(values: Any, rows: Any, starts: Any, lengths: Any, how: str) -> Any:
    """Each relation's smallest (``how="min"``) or largest text of ``values`` over its
    rows ``rows[starts[i]:starts[i] + lengths[i]]``, NULLs skipped as SQL does.

    A relation of one row takes that row's text; the others, a small share, go through
    Arrow's grouped minimum or maximum (code-point order, as SQL compares text).
    """
    import numpy as np
    import pyarrow as pa

    result = values.take(pa.array(rows[starts]))
    if isinstance(result, pa.ChunkedArray):
        result = result.combine_chunks()
    several = np.flatnonzero(lengths > 1)
    if len(several) == 0 or values.null_count == len(values):
        return result
    counts = lengths[several]
    relation = np.repeat(several, counts)
    offsets = np.arange(len(relation)) - np.repeat(np.cumsum(counts) - counts, counts)
    positions = np.repeat(starts[several], counts) + offsets
    grouped = (
        pa.table({"relation": relation, "value": values.take(pa.array(rows[positions]))})
        .group_by("relation")
        .aggregate([("value", how)])
    )
    place = np.arange(len(starts))
    place[grouped["relation"].to_numpy()] = len(starts) + np.arange(grouped.num_rows)
    extremes = grouped[f"value_{how}"].combine_chunks().cast(values.type)
    combined = pa.concat_arrays([result, extremes])
    return combined.take(pa.array(place))


_ENCODED = ("source", "target", "relation", "dataset", "code")
"""Key columns with few distinct values: sorted and gathered as dictionary codes."""


def _ranked(values: Any, rows: Any) -> tuple[Any, Any, Any]:
    """A text column as its distinct values, and for each of ``rows`` (positions) its
    rank among them in code-point order (NULL last) and its index into them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    encoded = pc.dictionary_encode(values)
    distinct = encoded.dictionary
    rank = np.empty(len(distinct) + 1, dtype=np.int32)  # half the memory of int64
    rank[pc.sort_indices(distinct).to_numpy()] = np.arange(len(distinct))
    rank[len(distinct)] = len(distinct)  # NULL
    indices = pc.fill_null(encoded.indices, len(distinct)).to_numpy(zero_copy_only=False)[rows]
    # a NULL row's index points past the distinct values, at a NULL
    values = pa.concat_arrays([distinct, pa.nulls(1, type=distinct.type)])
    return values, rank[indices], indices


def _sort_order(keys: list[Any]) -> Any:
    """The stable order of rows by several integer keys, first key first.

    The keys are packed into one int64 where their ranges allow (one sort of one
    column), else sorted together by :func:`numpy.lexsort`.
    """
    import numpy as np

    lows = [int(k.min(initial=0)) for k in keys]
    spans = [int(k.max(initial=0)) - low + 1 for k, low in zip(keys, lows, strict=True)]
    if np.prod([float(s) for s in spans]) < 2.0**62:
        packed = np.zeros(len(keys[0]), dtype=np.int64)
        for key, low, span in zip(keys, lows, spans, strict=True):
            packed = packed * span + (key.astype(np.int64) - low)
        return np.argsort(packed, kind="stable")
    return np.lexsort(keys[::-1])
