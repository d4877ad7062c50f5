"""Independent pieces of work on every core, for work that releases Python's lock.

NumPy's sorts, gathers and reductions, Arrow's kernels and DuckDB's queries leave
Python's global interpreter lock while they run, so threads run them side by side:
:func:`run_all` gives each piece a thread of a small pool and returns every result
under its own name, whatever order they finish in (the answer does not depend on the
threads). Pure-Python work gains nothing from it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

__all__ = ["run_all", "workers"]


def workers() -> int:
    """How many threads :func:`run_all` uses at most: the cores this process may run
    on (its CPU affinity where the system says, else the machine's), at least one."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_all(tasks: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
    """Call every task (a function of no argument), side by side on :func:`workers`
    threads, and return their results by name in the order of ``tasks``.

    The first error a task raises, in the order of ``tasks``, is raised once every task
    has ended (none is left running behind the caller). With one core, or one task, the
    tasks are called in turn in this thread.

    Examples
    --------
    >>> import numpy as np
    >>> done = run_all({"sorted": lambda: np.sort([3, 1, 2]), "total": lambda: sum([1, 2])})
    >>> list(done), done["sorted"].tolist(), done["total"]
    (['sorted', 'total'], [1, 2, 3], 3)
    """
    count = min(workers(), len(tasks))
    if count <= 1:
        return {name: task() for name, task in tasks.items()}
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="graphkit") as pool:
        futures = {name: pool.submit(task) for name, task in tasks.items()}
    # leaving the pool waited for every task: each future holds its result or error
    return {name: future.result() for name, future in futures.items()}
