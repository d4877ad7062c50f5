"""Running the aggregation's expressions on the events' engine, within stated memory.

:class:`EngineRun` wraps the queries :func:`~graphkit.aggregate_events` sends to the
engine that holds the events: on DuckDB it sets the memory limit asked for (DuckDB's
operators spill to disk beyond it) and puts the previous one back, shows the engine's
share done as progress while a query runs, and before the aggregation starts checks
that its result can fit in memory (:meth:`EngineRun.check_fits`), saying how much it
would need when it cannot.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any

__all__ = ["BYTES_PER_RELATION", "EngineRun", "available_memory", "memory_bytes"]

BYTES_PER_RELATION = {"counts": 600, "full": 1_600}
"""Peak memory of the aggregation per relation it makes, by detail (measured at 10
million events: the engine's rows in Arrow, the roll-up's arrays and the table written,
with a margin). With ``top=`` the full detail writes its text for the kept relations
only and costs the counts' figure for the others (10M events, ``top=1000``: a peak of
2.13 GiB, the counts' 2.12 GiB, against 3.90 GiB for every relation's text)."""

_UNITS = {
    "": 1,
    "B": 1,
    "KB": 10**3,
    "MB": 10**6,
    "GB": 10**9,
    "TB": 10**12,
    "KIB": 2**10,
    "MIB": 2**20,
    "GIB": 2**30,
    "TIB": 2**40,
}


def memory_bytes(limit: str | int) -> int:
    """A memory size in bytes: a whole number of bytes, or text such as ``"8GB"`` (10^9)
    or ``"12 GiB"`` (2^30).

    Examples
    --------
    >>> memory_bytes("12GiB"), memory_bytes("1.5 GB"), memory_bytes(4096)
    (12884901888, 1500000000, 4096)
    """
    if isinstance(limit, bool) or not isinstance(limit, (int, str)):
        raise ValueError(f"memory_limit must be bytes or text such as '8GB', got {limit!r}")
    if isinstance(limit, int):
        size = limit
    else:
        found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?\s*", limit, re.IGNORECASE)
        if found is None:
            raise ValueError(
                f"memory_limit must be a size such as '8GB', '12GiB' or '500MB', got {limit!r}"
            )
        size = int(float(found[1]) * _UNITS[(found[2] or "").upper()])
    if size <= 0:
        raise ValueError(f"memory_limit must be more than 0 bytes, got {limit!r}")
    return size


def available_memory() -> int | None:
    """The memory this machine can give a process now (Linux ``MemAvailable``), else its
    physical memory, else None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return int(os.sysconf("SC_PHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, ValueError, OSError):
        return None


def _size(n: float) -> str:
    """A memory size for people: GiB, MiB, KiB or bytes."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{n / scale:,.1f} {unit}"
    return f"{int(n):,} bytes"


class EngineRun:
    """The aggregation's queries on the engine of ``events``, within ``limit`` bytes.

    A context manager: on DuckDB, entering silences DuckDB's own progress bar, which
    ``progress`` (a :class:`~graphkit.base.progress.Step`) replaces,
    :meth:`limit_memory` sets the connection's ``memory_limit`` (when a limit is given),
    and leaving puts both settings back.
    On DuckDB it also turns on the allocator's background threads for the run, so that
    memory a query frees goes back to the system while the roll-up works.
    Other engines run the queries unchanged.
    """

    def __init__(self, events: Any, limit: int | None, progress: Any):
        self.limit = limit
        self.progress = progress
        self._con = None
        self._saved: dict[str, str] = {}
        try:
            backend = events._find_backend()
        except Exception:  # an unbound table: nothing to set
            backend = None
        if backend is not None and getattr(backend, "name", "") == "duckdb":
            self._con = backend.con

    @property
    def on_duckdb(self) -> bool:
        """Whether the events are on DuckDB (in this process)."""
        return self._con is not None

    def __enter__(self) -> EngineRun:
        if self._con is not None:
            settings = ["enable_progress_bar", "allocator_background_threads"]
            settings += ["memory_limit"] if self.limit else []
            for name in settings:
                self._saved[name] = self._setting(name)
            if self.limit:
                # put back as it was: DuckDB's default follows the machine, and a limit
                # it shows rounded ("18.8 GiB") would not be the same limit set again
                self._con.execute("RESET memory_limit")
                if self._setting("memory_limit") == self._saved["memory_limit"]:
                    del self._saved["memory_limit"]
                else:
                    self._con.execute(f"SET memory_limit = '{self._saved['memory_limit']}'")
            self._con.execute("SET enable_progress_bar = false")
            # the allocator hands memory freed by a query back to the system meanwhile,
            # not at the next allocation: the roll-up after a large query then starts
            # from what the engine still holds (at 10 million events 0.4 GiB less)
            self._con.execute("SET allocator_background_threads = true")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._con is not None:
            for name, value in self._saved.items():
                self._con.execute(f"SET {name} = '{value}'")
            if self.limit and "memory_limit" not in self._saved:
                self._con.execute("RESET memory_limit")

    def _setting(self, name: str) -> str:
        assert self._con is not None
        (value,) = self._con.execute(f"SELECT current_setting('{name}')").fetchone()
        return str(value)

    def limit_memory(self) -> None:
        """Set the memory limit on DuckDB for the queries that follow (after
        :meth:`check_fits`, whose small queries may need more than a tiny limit);
        MemoryError if DuckDB holds more than the limit already."""
        if self._con is None or not self.limit:
            return
        try:
            self._con.execute(f"SET memory_limit = '{int(self.limit)}B'")
        except Exception as error:  # DuckDB holds more than the limit already
            raise MemoryError(
                f"the memory limit of {_size(self.limit)} is less than the events' "
                "DuckDB connection holds already; allow more memory (memory_limit=)"
            ) from error

    def arrow(self, expression: Any, *, label: str | None = None) -> Any:
        """Run ``expression`` and return its rows as an Arrow table; with a ``label``,
        the engine's share done is shown as the progress note meanwhile (DuckDB)."""
        if label is None or self._con is None:
            return self._run(expression)
        done = threading.Event()
        con, progress = self._con, self.progress

        def watch() -> None:
            while not done.wait(0.5):
                share = con.query_progress()
                if share >= 0:
                    progress.note(f"{label} {share:.0f}%")

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            return self._run(expression)
        finally:
            done.set()
            watcher.join()

    def _run(self, expression: Any) -> Any:
        """``expression``'s rows; DuckDB running out of the memory given is a
        MemoryError naming the limit."""
        try:
            return expression.to_pyarrow()
        except Exception as error:
            if type(error).__name__ != "OutOfMemoryException" or not self.limit:
                raise
            raise MemoryError(
                f"the aggregation needed more than the memory limit of {_size(self.limit)} "
                "and more than DuckDB could spill to disk; allow more memory "
                "(memory_limit=) or aggregate less (detail='counts', filters)"
            ) from error

    def check_fits(
        self,
        events: Any,
        *,
        detail: str,
        at_most: int | None = None,
        top: int | None = None,
        **options: Any,
    ) -> None:
        """Raise MemoryError, before any aggregation, if the relations of ``events``
        would need more memory than the limit (or the machine has available).
        ``options`` are those of
        :func:`~graphkit.events.cell_expression.relation_keys` (period, actors,
        mappings, identities, ...).

        The events are counted first (``at_most``, the rows read where known, spares
        the engine that count): if every event made a relation of its own and that
        still fits, nothing more is done.
        Otherwise the relations are estimated by one pass in the engine (a HyperLogLog
        sketch, :mod:`~graphkit.events.distinct_estimate`, within a few percent), and
        their memory at :data:`BYTES_PER_RELATION`, the full detail's only for the
        ``top`` relations kept where ``top`` is given.
        """
        from .cell_expression import relation_keys
        from .distinct_estimate import estimate, sketch_of

        available = available_memory()
        budget = min(b for b in (self.limit, available) if b) if (self.limit or available) else 0
        if not budget:
            return
        per = BYTES_PER_RELATION[detail if top is None else "counts"]
        text = BYTES_PER_RELATION[detail] - per  # for each relation kept with its text

        def need_for(relations: int) -> int:
            return relations * per + (0 if top is None else min(top, relations) * text)

        if at_most is not None and need_for(at_most) <= budget:
            return
        self.progress.note("counting events")
        count = int(self.arrow(events.count().as_table()).column(0)[0].as_py() or 0)
        if need_for(count) <= budget:
            return
        self.progress.note(f"estimating the relations of {count:,} events")
        keys = relation_keys(events, **options)
        sketch = self.arrow(
            sketch_of(keys.filter(keys.fate == 0).key), label="estimating relations"
        )
        relations = estimate(sketch["register"].to_pylist(), sketch["low"].to_pylist())
        need = need_for(relations)
        if need > budget:
            where = (
                f"the memory limit of {_size(self.limit)}"
                if self.limit and self.limit <= (available or self.limit)
                else f"the {_size(budget)} this machine has available"
            )
            raise MemoryError(
                f"aggregating these {count:,} events would need about {_size(need)} "
                f"(about {relations:,} relations at {per:,} bytes each with "
                f"detail={detail!r}{'' if top is None else f' and top={top:,}'}), more "
                f"than {where}; use "
                + ("detail='counts', top=, " if top is None and detail == "full" else "")
                + "a longer period, coarser actors or filters (start=, end=, countries=, "
                "codes=), or allow more memory (memory_limit=)"
            )
