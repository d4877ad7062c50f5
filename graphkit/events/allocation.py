"""How the roll-up's memory is allocated: Arrow's pool and NumPy's page advice.

The roll-up and the relations table (:mod:`~graphkit.events.rollup`,
:mod:`~graphkit.events.relation_text`) allocate and free a few hundred megabytes of
Arrow buffers per ten million events, many of them short-lived. pyarrow's default
allocator on Linux, mimalloc, hands freed memory back to the system within
milliseconds, so each new buffer is faulted in and zeroed again by the kernel; jemalloc
keeps it a while for reuse. Measured on 10 million GDELT-like events (2 cores, Linux,
transparent huge pages on): the roll-up 2.5-2.9 s -> 1.5-1.7 s and the table 1.8 s ->
1.0 s, the same relations.

NumPy asks the kernel for transparent huge pages for every array of 4 MiB or more
(``madvise(MADV_HUGEPAGE)``). Where the kernel compacts memory on such a fault
(``/sys/kernel/mm/transparent_hugepage/defrag`` set to ``madvise``, a common default),
the faulting thread waits for the compaction, and after an engine has freed gigabytes
that wait is long and varies from run to run. The roll-up allocates hundreds of
short-lived arrays of that size: on 10 million events its system time was 1.0-2.5 s
with the advice and 0.7 s without it (the roll-up 2.4-4.3 s -> 2.0-2.2 s, three fresh
processes each), so :func:`plain_pages` turns the advice off for the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["plain_pages", "reusing_pool"]


@contextmanager
def reusing_pool() -> Iterator[str]:
    """Make jemalloc pyarrow's default memory pool for the block, where pyarrow has it,
    and put the previous pool back after, whatever happens; yields the pool's name.

    Buffers allocated inside stay valid after the block (each keeps its own pool). Where
    pyarrow is built without jemalloc (Windows, some macOS wheels), nothing changes.

    Examples
    --------
    >>> import pyarrow as pa
    >>> before = pa.default_memory_pool().backend_name
    >>> with reusing_pool() as name:
    ...     inside = pa.default_memory_pool().backend_name
    >>> inside == name, pa.default_memory_pool().backend_name == before
    (True, True)
    """
    import pyarrow as pa

    previous = pa.default_memory_pool()
    try:
        pool = pa.jemalloc_memory_pool()
    except (NotImplementedError, pa.ArrowNotImplementedError):
        yield previous.backend_name
        return
    pa.set_memory_pool(pool)
    try:
        yield pool.backend_name
    finally:
        pa.set_memory_pool(previous)


@contextmanager
def plain_pages() -> Iterator[bool]:
    """Turn NumPy's huge-page advice off for the block and put the previous setting
    back after, whatever happens; yields whether the advice was on before.

    Arrays allocated inside are ordinary arrays; only the kernel's page size behind
    them changes. Where NumPy has no such setting (not Linux, or a NumPy without the
    private switch ``_set_madvise_hugepage``), nothing changes and it yields False.

    Examples
    --------
    >>> import numpy as np
    >>> with plain_pages():
    ...     total = int(np.ones(1 << 20).sum())
    >>> total
    1048576
    """
    switch = _huge_page_switch()
    if switch is None:
        yield False
        return
    before = bool(switch(False))
    try:
        yield before
    finally:
        switch(before)


def _huge_page_switch() -> Any:
    """NumPy's switch of its huge-page advice (it returns the previous setting), or
    None where this NumPy has none."""
    import numpy as np

    for module in ("_core", "core"):
        multiarray = getattr(getattr(np, module, None), "multiarray", None)
        switch = getattr(multiarray, "_set_madvise_hugepage", None)
        if switch is not None:
            return switch
    return None
