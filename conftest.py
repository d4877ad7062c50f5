"""Doctests of the package that need spaCy's English model run wherever it is installed:
skipped on a laptop without it, a failure in CI (``CI`` or ``GRAPHKIT_REQUIRE_ALL`` set,
as for every optional part of the suite: tests/parts.py).

A doctest needs the model when one of its examples calls a function that loads it
(:data:`MODEL_FUNCTIONS`); it is marked ``model`` like the tests that load the model, so
``-m "not model"`` leaves it out. This file sits at the root because pytest applies a
conftest only to the folder it is in: here, to ``graphkit/`` as well as ``tests/``.
"""

from __future__ import annotations

import re

import pytest

MODEL_FUNCTIONS = ("extract_relations", "propose_actors", "english_pipeline")
"""The functions that load the English model when called without ``nlp=``."""

_CALLS = re.compile(rf"\b(?:{'|'.join(MODEL_FUNCTIONS)})\(")


def _needs_model(item: pytest.Item) -> bool:
    test = getattr(item, "dtest", None)  # a doctest item's examples
    return test is not None and any(_CALLS.search(e.source) for e in test.examples)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _needs_model(item):
            item.add_marker(pytest.mark.model)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if not _needs_model(item):
        return
    from parts import missing, need_module

    need_module("spacy", "pip install 'graphkit-actors[extract]'")
    from graphkit import MissingDependencyError
    from graphkit.text.pipeline import english_pipeline

    try:
        english_pipeline()
    except MissingDependencyError as exc:
        missing(str(exc))


# -- a run that ends, whatever threads third-party libraries leave behind ----------------

_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process with the run's status once its summary is printed, naming on
    standard error any thread that is not a daemon and is still alive.

    Interpreter shutdown joins such threads and runs the libraries' exit handlers; a
    fresh-clone run once passed, printed its summary and then waited forever there (a
    Spark JVM defunct, the main thread on a lock). The run's result is decided and
    reported by now, so waiting could only turn a finished run into a time-out. A run
    stopped before its session finished (no status yet) exits as usual."""
    import os
    import sys
    import threading

    if not _EXIT_STATUS:
        return
    lingering = [
        t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon
    ]
    if lingering:
        names = ", ".join(
            sorted(f"{t.name} ({type(t).__module__}.{type(t).__qualname__})" for t in lingering)
        )
        print(f"\nconftest: threads still alive at the end: {names}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])
