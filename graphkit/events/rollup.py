"""Cells to relations in one sort: the local roll-up after the engine's aggregation.

The engine gives one row per relation, quad class and (for the full detail) event code
(:mod:`~graphkit.events.cell_expression`); :func:`rolled_up` sorts them once (NumPy, on
dictionary codes of the text keys) so that each relation's rows are one run, and gives
each relation its sums, quad counts, first and last dates, its dyad's total and, for
the full detail, its most frequent codes and first and last URLs. The work grows with
the cells, not with the events, and text is gathered only for the relations kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np

from ..base.parallel import run_all, workers
from .local_sql import arrow_query

__all__ = ["SUMS", "TOP_CODES", "fate_totals", "rolled_up"]

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

_KEYS = ("source", "target", "relation", "dataset", "directed")
"""A relation's keys after its period, in the order of the written table."""


def fate_totals(cells: Any, fates: tuple[str, ...]) -> dict[str, int]:
    """How many events (reports, with daily dedupe) each fate took, from the engine's
    rows (``fate`` is a position in ``fates``)."""
    fate = _integers(cells["fate"])
    counted = cells["reports"] if "reports" in cells.column_names else cells["events"]
    totals = np.bincount(fate, weights=_integers(counted), minlength=len(fates))
    return {name: int(totals[i]) for i, name in enumerate(fates)}


class _Key:
    """One sort key of the engine's rows: each row's rank among the key's distinct
    values (dense, in the order of the written table) and how to write a rank back."""

    def __init__(self, ranks: Any, values: Any, span: int):
        self.ranks = ranks  # one per row: int32 or int64
        self.values = values  # an Arrow array: the value of each rank (None: the rank)
        self.span = span  # ranks lie in [0, span)


def rolled_up(
    cells: Any,
    period: str | None,
    *,
    top: int | None = None,
    values: Mapping[str, Sequence[str]] | None = None,
    urls: Any = None,
    constants: Mapping[str, Any] | None = None,
) -> Any:
    """The relations from the engine's rows (fate ``relation``, ``fate`` 0), ordered by
    start, source, target, relation, dataset and direction.

    Each relation gets the sums of its rows' measures, its events of each quad class,
    its first and last date and ``dyad_events``: the events of every type between the
    same two actors (either direction for undirected sources) in the same period.
    Rows with an event code (the full detail) also give the relation its three most
    frequent codes (``code0 .. code2`` with ``code0_events ..``: most events first,
    then the smaller code) and its first and last URL and story.

    ``values`` says what the numbers of number keys stand for (``source``, ``target``,
    ``relation``: :func:`~graphkit.events.cell_expression.key_values`), in their order;
    ``urls`` the text of the rows' URL numbers (``url_first``, ``url_last``: positions
    in the sorted URLs of :func:`~graphkit.events.cell_expression.url_numbers`).
    ``constants`` gives the columns the engine's rows leave off, each one value in
    every row (:func:`~graphkit.events.cell_expression.engine_constants`).

    ``top`` keeps only that many relations, those with the most events (ties: the
    first in the table's order), in the table's order; their dyad totals still count
    every relation, and the text columns are gathered for the kept relations only.

    One sort does it all. Each key is ranked among its distinct values (text by code
    point, like Python and SQL, so this is the order of the written table; NULL last)
    and the ranks of a row are packed into one integer, with the rows of other fates
    after every relation: one ``argsort`` orders the relations, and within each its
    codes and quad classes. Each relation's rows are then one run, found where the
    packed key (less its code and quad) changes: sums are ``reduceat`` over the runs,
    a relation's codes are runs within its run, ordered by their events by a second
    sort, and its dyad is where the packed key's period, source and target change.
    Text is gathered as dictionary indices and decoded from its few distinct values;
    URLs are numbers in code-point order, so their smallest and largest are ``reduceat``
    too, and their text a dictionary over the sorted URLs; only story ids of relations
    with several rows go through a grouped minimum of text.
    Direction breaks the one tie left (an undirected and a directed row of one pair,
    possible in UCDP).
    """
    import pyarrow as pa

    fate = _numbers(cells["fate"])
    kept = int(np.count_nonzero(fate == 0))
    if kept == 0:
        return pa.table({"events": pa.array([], pa.int64())})
    with_codes = "code" in cells.column_names
    rows_in = cells.num_rows
    constants = {} if constants is None else constants
    # each key read from its column on a thread of its own (Arrow's and NumPy's kernels)
    making: dict[str, Any] = {}
    if period is not None:
        making["period"] = partial(_day_key, cells["period_start"])
    for name in ("source", "target", "relation", "dataset"):
        if name in constants:
            making[name] = partial(_constant_text_key, constants[name], rows_in)
        elif values is not None and name in values:
            making[name] = partial(_numbered_key, cells[name], values[name])
        else:
            making[name] = partial(_text_key, cells[name])
    if "directed" in constants:
        making["directed"] = lambda: _Key(
            np.full(rows_in, int(bool(constants["directed"])), dtype=np.int8), None, 2
        )
    else:
        making["directed"] = lambda: _Key(_numbers(cells["directed"]), None, 2)
    low = ["quad"]
    if with_codes:
        making["code"] = partial(_text_key, cells["code"])
        low.insert(0, "code")
    making["quad"] = lambda: _Key(_numbers(cells["quad"]), None, 5)
    keys: dict[str, _Key] = run_all(making)
    names = list(keys)
    spans = [keys[name].span for name in names]
    packed = _packed([keys[name].ranks for name in names], spans, fate != 0)
    if packed is None:  # too many distinct values for one integer: sort by several
        order = np.lexsort([keys[name].ranks for name in reversed(names)])[:kept]
        sorted_keys = None
    else:
        # the packed keys of relation rows are distinct: any sort gives one order
        order, sorted_keys = _sorted_rows(packed, np.flatnonzero(fate == 0))
        del packed
    del fate
    # a relation is a run of rows with the same keys less the code and quad
    below = int(np.prod([keys[name].span for name in low]))
    relation_key = _in_order(keys, names[: -len(low)], order, sorted_keys, below)
    starts = _run_starts(relation_key)
    del relation_key
    # every relation one row (the counts detail): the runs start at 0, 1, 2, ... and
    # gathering by them would copy arrays as they are
    every_row = len(starts) == len(order)
    # the measures in the relations' order, side by side (NumPy's gathers leave the lock)
    gathered = run_all(
        {
            name: partial(lambda column: _numbers(cells[column])[order], name)
            for name in ("events", "first_event", "last_event")
        }
    )
    events = gathered["events"].astype(np.int64, copy=False)
    sums = _runs(np.add, events, starts)
    first_day = _runs(np.minimum, gathered["first_event"], starts)
    last_day = _runs(np.maximum, gathered["last_event"], starts)
    del gathered
    first = order if every_row else order[starts]  # each relation's first row in ``cells``
    # the relations' order: that of the runs, or by first event over the whole span
    if period is None:
        final = np.lexsort(
            [*(keys[name].ranks[first] for name in reversed(names[: -len(low)])), first_day]
        )
    else:
        final = None
    # one dyad: the same period, source and target
    dyad_names = names[: names.index("target") + 1]
    dyad_below = below * int(np.prod([keys[n].span for n in names[len(dyad_names) : -len(low)]]))
    if period is None:
        span = keys["target"].span
        dyad = keys["source"].ranks[first].astype(np.int64) * span + keys["target"].ranks[first]
        _, pair = np.unique(dyad, return_inverse=True)
    else:
        dyad = _in_order(
            keys,
            dyad_names,
            first,
            sorted_keys if sorted_keys is None or every_row else sorted_keys[starts],
            dyad_below,
        )
        pair = np.cumsum(_run_flags(dyad)) - 1
    dyad_events = np.bincount(pair, weights=sums)[pair].astype(np.int64)
    del dyad, pair
    ends = np.append(starts[1:], len(order))
    if final is not None:
        starts, ends, first = starts[final], ends[final], first[final]
        sums, first_day, last_day, dyad_events = (
            a[final] for a in (sums, first_day, last_day, dyad_events)
        )
    chosen = _top(sums, top)
    if chosen is not None:
        starts, ends, first = starts[chosen], ends[chosen], first[chosen]
        sums, first_day, last_day, dyad_events = (
            a[chosen] for a in (sums, first_day, last_day, dyad_events)
        )
    lengths = ends - starts

    # each kept relation's rows: rows[segment_starts[i]:segment_starts[i + 1]]
    segments, segment_starts = _segments(starts, lengths)
    if every_row and final is None and chosen is None:  # segments is 0, 1, 2, ...
        rows, segment_events = order, events
    else:
        rows, segment_events = order[segments], events[segments]

    def quad_counts() -> dict[str, Any]:
        # each class's events summed over each relation's rows, in integers (a weighted
        # count over relation and class together sums in floating point, three times
        # as long at 10 million events)
        quad = keys["quad"].ranks[rows]
        return {
            f"quad{k}": pa.array(
                _runs(np.add, np.where(quad == k, segment_events, 0), segment_starts)
            )
            for k in (1, 2, 3, 4)
        }

    # the columns side by side on threads (NumPy's and Arrow's gathers and sums, and
    # DuckDB, leave Python's lock); each is computed as it would be alone
    tasks: dict[str, Any] = {
        name: partial(_written, keys[name], first)
        for name in ("dataset", "source", "target", "relation")
    }
    if period is not None:
        tasks["period_start"] = partial(_written, keys["period"], first)
    if "reports" in cells.column_names:
        tasks["reports"] = partial(_run_sums, cells["reports"], rows, segment_starts, zero=True)
    for name, zero in (("goldstein", False), ("goldstein_pos", True), ("goldstein_neg", True)):
        tasks[name] = partial(_run_sums, cells[name], rows, segment_starts, zero=zero)
    tasks["quads"] = quad_counts
    for name in ("mentions", "fatalities"):
        if name in constants:  # NULL in every row: no sum
            tasks[name] = partial(pa.nulls, len(starts), pa.int64())
        else:
            tasks[name] = partial(_run_sums, cells[name], rows, segment_starts, zero=False)
    if with_codes:
        for name, how in (("url_first", "min"), ("url_last", "max")):
            tasks[name] = partial(
                _run_numbered_extreme, cells[name], urls, rows, segment_starts, how
            )
        if "story_id" in constants:
            tasks["story_id"] = partial(pa.nulls, len(starts), pa.string())
        else:
            tasks["story_id"] = partial(
                _run_extreme, cells["story_id"], rows, segment_starts, lengths, "min"
            )
        tasks["codes"] = partial(_top_codes, keys["code"], rows, segment_events, segment_starts)
    done = run_all(tasks)

    columns: dict[str, Any] = {
        name: done[name] for name in ("dataset", "source", "target", "relation")
    }
    columns["directed"] = pa.array(keys["directed"].ranks[first].astype(bool))
    if period is not None:
        columns["period_start"] = done["period_start"]
    columns["events"] = pa.array(sums)
    columns["reports"] = done.get("reports", columns["events"])
    for name in ("goldstein", "goldstein_pos", "goldstein_neg"):
        columns[name] = done[name]
    columns.update(done["quads"])
    for name in ("mentions", "fatalities"):
        columns[name] = done[name]
    columns["first_event"] = pa.array(first_day.astype(np.int32)).view(pa.date32())
    columns["last_event"] = pa.array(last_day.astype(np.int32)).view(pa.date32())
    columns["dyad_events"] = pa.array(dyad_events)
    if with_codes:
        for name in ("url_first", "url_last", "story_id"):
            columns[name] = done[name]
        columns.update(done["codes"])
    return pa.table(columns)


def _packed(ranks: list[Any], spans: list[int], last: Any) -> Any:
    """The ranks of each row packed into one int64 (first key most significant), rows
    where ``last`` is true after every other; None if the spans need more than 62 bits."""
    if np.prod([float(s) for s in spans]) * 2 >= 2.0**62:
        return None
    packed = np.zeros(len(ranks[0]), dtype=np.int64)
    for rank, span in zip(ranks, spans, strict=True):
        packed *= span
        packed += rank
    packed[last] = np.iinfo(np.int64).max  # the rows of other fates go last
    return packed


def _sorted_rows(packed: Any, rows: Any) -> tuple[Any, Any]:
    """``rows`` (positions, rising) ordered by their ``packed`` keys, and those keys in
    that order.

    Where the keys leave room, each row's position is packed below its key and the
    values sorted, which NumPy does in about half the time of an ``argsort`` (on 3.7
    million keys 0.25 s against 0.52 s); the position then breaks a tie, as the first
    row first. Otherwise (keys of more than 63 bits less the positions') a stable
    ``argsort``. Either sorts two halves side by side and merges them
    (:func:`_sort_in_place`, :func:`_stable_argsort`).
    """
    keys = packed[rows]
    bits = max(int(len(packed) - 1).bit_length(), 1)
    if len(keys) and int(keys.max()) < 1 << (63 - bits):
        keys <<= bits
        keys |= rows
        _sort_in_place(keys)
        order = keys & ((1 << bits) - 1)
        keys >>= bits
        return order, keys
    order = _stable_argsort(keys)
    return rows[order], keys[order]


_SPLIT_FROM = 1 << 20
"""From how many values :func:`_sort_in_place` and :func:`_stable_argsort` sort two
halves side by side."""


def _sort_in_place(values: Any) -> None:
    """Sort an int64 array in place, its two halves on two threads, then merged.

    NumPy's sort runs on one core; each half is sorted on a thread of its own (NumPy
    leaves Python's lock), and a stable sort of the two sorted runs is one merge pass
    (NumPy's timsort finds the runs): 3.7 million values in 0.12-0.17 s against 0.22 s.
    The result is the sorted array, whatever the split.
    """
    half = len(values) // 2
    if len(values) < _SPLIT_FROM or workers() < 2:
        values.sort()
        return
    run_all({"first": values[:half].sort, "second": values[half:].sort})
    values.sort(kind="stable")


def _stable_argsort(values: Any) -> Any:
    """``np.argsort(values, kind="stable")``, its two halves ordered on two threads.

    Each half's stable order is found side by side; the values in that order are two
    sorted runs, which a stable sort merges in one pass, and the positions follow. Ties
    keep their order: within a half by the halves' stable sorts, across the halves
    because the merge is stable and the first half's values come first.
    """
    half = len(values) // 2
    if len(values) < _SPLIT_FROM or workers() < 2:
        return np.argsort(values, kind="stable")
    halves = run_all(
        {
            "first": partial(np.argsort, values[:half], kind="stable"),
            "second": partial(np.argsort, values[half:], kind="stable"),
        }
    )
    order = np.concatenate([halves["first"], halves["second"] + half])
    return order[np.argsort(values[order], kind="stable")]


def _in_order(keys: dict[str, _Key], names: list[str], rows: Any, packed: Any, below: int) -> Any:
    """One integer per row of ``rows`` that changes exactly where one of the ``names``
    keys changes: the packed key less its last digits (``below``), or the keys
    themselves packed anew when they do not fit one integer."""
    if packed is not None:
        return packed // below
    combined = np.zeros(len(rows), dtype=object)
    for name in names:
        combined = combined * keys[name].span + keys[name].ranks[rows].astype(object)
    return combined


def _run_flags(sorted_keys: Any) -> Any:
    """True where a run of equal ``sorted_keys`` begins."""
    flags = np.empty(len(sorted_keys), dtype=bool)
    if len(flags):
        flags[0] = True
        np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=flags[1:])
    return flags


def _run_starts(sorted_keys: Any) -> Any:
    """Where each run of equal ``sorted_keys`` begins."""
    return np.flatnonzero(_run_flags(sorted_keys))


def _top(events: Any, top: int | None) -> Any:
    """The positions of the ``top`` relations with the most events, in order (None: all
    of them); ties go to the first in order."""
    if top is None or top >= len(events):
        return None
    ranked = np.argsort(-events, kind="stable")[:top]
    return np.sort(ranked)


def _segments(starts: Any, lengths: Any) -> tuple[Any, Any]:
    """The positions ``starts[i] .. starts[i] + lengths[i] - 1`` of every kept relation,
    concatenated, and where each relation's positions begin among them."""
    offsets = np.cumsum(lengths) - lengths
    if len(starts) == 0 or int(lengths.max()) == 1:
        return starts, offsets
    if np.array_equal(starts, offsets):
        # every relation kept, in the sorted order: the segments are every position
        return np.arange(int(lengths.sum())), offsets
    positions = np.arange(int(lengths.sum())) - np.repeat(offsets, lengths)
    return np.repeat(starts, lengths) + positions, offsets


def _top_codes(code: _Key, rows: Any, events: Any, starts: Any) -> dict[str, Any]:
    """``code0 .. code2`` and ``code0_events ..`` of each relation, whose rows (in
    ``cells``) are ``rows[starts[i]:starts[i + 1]]``, sorted by code: each code's
    events summed over its quad classes, most events first, then the smaller code."""
    import pyarrow as pa

    ranks = code.ranks[rows]
    changed = _run_flags(ranks)
    changed[starts] = True
    code_runs = np.flatnonzero(changed)
    del changed
    code_events = np.add.reduceat(events, code_runs) if len(code_runs) else events[:0]
    is_start = np.zeros(len(rows), dtype=bool)
    is_start[starts] = True
    relation = np.cumsum(is_start[code_runs]) - 1
    del is_start
    codes_per_relation = np.bincount(relation, minlength=len(starts))
    # most events first, then the smaller code: code runs are already in code order,
    # so a stable sort by relation and events alone keeps the smaller code first
    several = codes_per_relation[relation] > 1
    by_events = np.arange(len(code_runs))
    if several.any():
        which = np.flatnonzero(several)
        order = np.lexsort([-code_events[which], relation[which]])
        by_events[which] = which[order]
    first_code = np.cumsum(codes_per_relation) - codes_per_relation
    code_ranks = ranks[code_runs]
    columns = {}
    for k in range(TOP_CODES):
        has = codes_per_relation > k
        at = by_events[np.where(has, first_code + k, 0)]
        chosen = np.where(has, code_ranks[at], code.span - 1)
        columns[f"code{k}"] = pa.DictionaryArray.from_arrays(
            pa.array(chosen.astype(np.int32, copy=False)), code.values
        )
        columns[f"code{k}_events"] = pa.array(code_events[at], mask=~has)
    return columns


def _integers(values: Any) -> Any:
    """An Arrow integer, boolean or date column as a NumPy int64 array, NULL as 0."""
    return _numbers(values).astype(np.int64, copy=False)


def _numbers(values: Any) -> Any:
    """An Arrow integer, boolean or date column as a NumPy integer array of its own
    width (days for dates, 0 and 1 for booleans), NULL as 0."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks() if values.num_chunks != 1 else values.chunk(0)
    if pa.types.is_date32(values.type):
        values = values.view(pa.int32())
    elif pa.types.is_boolean(values.type):
        values = pc.cast(values, pa.int8())
    elif pa.types.is_decimal(values.type):
        values = pc.cast(values, pa.int64())
    if values.null_count:
        values = pc.fill_null(values, 0)
    return values.to_numpy()


def _runs(reduce: Any, values: Any, starts: Any) -> Any:
    """``reduce`` (a NumPy ufunc) over each run of ``values`` beginning at ``starts``
    (strictly increasing, the first 0): ``reduce.reduceat``, or the values themselves
    where every run is one value, as when each relation is one engine row (at 10 million
    GDELT events, every relation of the counts detail: eleven such reductions of 3.7
    million values saved). The values returned may be ``values`` itself."""
    if len(starts) == len(values):  # also no run and no value
        return values
    return reduce.reduceat(values, starts)


def _run_sums(values: Any, rows: Any, starts: Any, *, zero: bool) -> Any:
    """Each relation's sum of ``values`` over its rows (``rows[starts[i]:starts[i+1]]``);
    NULL where every row is NULL, as SQL's ``SUM`` (0 with ``zero``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    floating = pa.types.is_floating(values.type)
    kind = pa.float64() if floating else pa.int64()
    if values.null_count == len(values) and not zero:
        return pa.nulls(len(starts), type=kind)
    if floating:
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        filled = pc.fill_null(values, 0.0) if values.null_count else values
        numbers = filled.to_numpy()[rows]
    else:
        numbers = _integers(values)[rows]
    sums = _runs(np.add, numbers, starts)
    if floating:
        sums += 0.0  # a sum of -0.0 alone is 0.0, as in SQL
    if values.null_count == 0 or zero:
        return pa.array(sums, type=kind)
    known = pc.is_valid(values).to_numpy(zero_copy_only=False)[rows]
    return pa.array(sums, type=kind, mask=~_runs(np.logical_or, known, starts))


def _run_extreme(values: Any, rows: Any, starts: Any, lengths: Any, how: str) -> Any:
    """Each relation's smallest (``how="min"``) or largest text of ``values`` over its
    rows ``rows[starts[i]:starts[i] + lengths[i]]``, NULLs skipped as SQL does.

    The text is copied once: each relation's row is chosen first and the text taken
    from the chosen rows in one gather. A relation of one row chooses that row; the
    others, a small share (one in ten at 10 million events), through an in-process
    DuckDB's ``arg_min``/``arg_max`` over their rows, which compares text by code
    point as SQL does (their rows whose text is NULL left out; where every row is
    NULL, the first row, whose text is NULL).
    """
    import pyarrow as pa

    if values.null_count == len(values):
        return pa.nulls(len(starts), type=values.type)
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    chosen = rows[starts]
    several = np.flatnonzero(lengths > 1)
    if len(several):
        counts = lengths[several]
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        positions = rows[np.repeat(starts[several], counts) + offsets]
        group = np.repeat(np.arange(len(several), dtype=np.int64), counts)
        found = _extreme_rows(values.take(pa.array(positions)), group, positions, how)
        chosen = chosen.copy()
        chosen[several[found["relation"].to_numpy()]] = found["row"].to_numpy()
    return values.take(pa.array(chosen))


def _run_numbered_extreme(numbers: Any, texts: Any, rows: Any, starts: Any, how: str) -> Any:
    """Each relation's smallest (``how="min"``) or largest number of ``numbers`` over its
    rows ``rows[starts[i]:starts[i + 1]]``, NULLs skipped as SQL does, written as the
    text it stands for (``texts``, an Arrow string array in the numbers' order): a
    dictionary array over ``texts``, so no text is copied. NULL where every row is."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(numbers, pa.ChunkedArray):
        numbers = numbers.combine_chunks() if numbers.num_chunks != 1 else numbers.chunk(0)
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks() if texts.num_chunks != 1 else texts.chunk(0)
    if texts is None or numbers.null_count == len(numbers):
        return pa.nulls(len(starts), type=pa.string())
    missing = -1 if how == "max" else np.iinfo(np.int32).max
    values = pc.fill_null(numbers.cast(pa.int32()), missing).to_numpy()[rows]
    reduce = np.maximum if how == "max" else np.minimum
    chosen = _runs(reduce, values, starts)
    return pa.DictionaryArray.from_arrays(
        pa.array(chosen, mask=chosen == missing).cast(pa.int32()), texts
    )


def _extreme_rows(texts: Any, group: Any, positions: Any, how: str) -> Any:
    """For each ``group`` with a text that is not NULL, the position (of ``positions``)
    of its smallest or largest text: an Arrow table of ``relation`` (the group) and
    ``row``."""
    import pyarrow as pa

    pick = "arg_min" if how == "min" else "arg_max"
    return arrow_query(
        f"SELECT g AS relation, {pick}(p, t) AS row FROM t WHERE t IS NOT NULL GROUP BY g",
        t=pa.table({"g": group, "p": positions, "t": texts}),
    )


def _text_key(values: Any) -> _Key:
    """A text column as a sort key: each row's rank among the distinct values in
    code-point order, NULL last (its value is NULL)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if len(values) and not values.null_count and values[0] == values[-1]:
        # one value in every row (a source's dataset): found without hashing each row
        low, high = (v.as_py() for v in pc.min_max(values).values())
        if low == high:
            written = pa.array([low, None], values.type)
            return _Key(np.zeros(len(values), dtype=np.int32), written, 2)
    encoded = pc.dictionary_encode(values)
    distinct = encoded.dictionary
    order = pc.sort_indices(distinct).to_numpy()
    rank = np.empty(len(distinct) + 1, dtype=np.int32)
    rank[order] = np.arange(len(distinct), dtype=np.int32)
    rank[len(distinct)] = len(distinct)  # NULL
    indices = encoded.indices
    if indices.null_count:
        indices = pc.fill_null(indices, len(distinct))
    sorted_values = pa.concat_arrays([distinct.take(pa.array(order)), pa.nulls(1, distinct.type)])
    return _Key(rank[indices.to_numpy()], sorted_values, len(distinct) + 1)


def _constant_text_key(value: str | None, rows: int) -> _Key:
    """A text key of one value in every one of ``rows`` rows (a source's dataset)."""
    import pyarrow as pa

    if value is None:
        return _Key(np.zeros(rows, dtype=np.int32), pa.nulls(1, pa.string()), 1)
    return _Key(np.zeros(rows, dtype=np.int32), pa.array([value, None], pa.string()), 2)


def _numbered_key(numbers: Any, values: Sequence[str]) -> _Key:
    """A column of numbers standing for ``values`` (sorted by code point) as a sort key:
    the number is the rank, NULL last (its value is NULL)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(numbers, pa.ChunkedArray):
        numbers = numbers.combine_chunks()
    span = len(values) + 1
    ranks = pc.fill_null(numbers, len(values)).to_numpy().astype(np.int32, copy=False)
    written = pa.concat_arrays([pa.array(list(values), pa.string()), pa.nulls(1, pa.string())])
    return _Key(ranks, written, span)


def _day_key(values: Any) -> _Key:
    """A date column as a sort key: each row's rank among the distinct days, NULL (rows
    of other fates) as the first day."""
    import pyarrow as pa
    import pyarrow.compute as pc

    days = _integers(values)
    missing = None
    if values.null_count:
        missing = pc.is_null(values).to_numpy(zero_copy_only=False)
        days[missing] = days[~missing].min(initial=0)
    low = int(days.min(initial=0))
    offsets = days - low
    span = int(offsets.max(initial=0)) + 1
    if span <= max(1 << 20, 4 * len(days)):  # counted by position: no sort
        present = np.bincount(offsets, minlength=span) > 0
        distinct = np.flatnonzero(present)
        rank_of = np.cumsum(present) - 1
        ranks = rank_of[offsets].astype(np.int32)
    else:
        distinct, ranks = np.unique(offsets, return_inverse=True)
        ranks = ranks.astype(np.int32)
    calendar = pa.array((distinct + low).astype(np.int32)).view(pa.date32())
    return _Key(ranks, calendar, len(distinct))


def _written(key: _Key, rows: Any) -> Any:
    """The value of ``key`` at ``rows`` (positions in the engine's rows), as an Arrow
    dictionary array: the text is spread only when it is written out."""
    import pyarrow as pa

    return pa.DictionaryArray.from_arrays(
        pa.array(key.ranks[rows].astype(np.int32, copy=False)), key.values
    )
