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
    """End the process with the run's status when threads that are not daemons are still
    alive once the summary is printed, naming them on standard error.

    Interpreter shutdown joins such threads; one left by a library (py4j's gateway of a
    Spark session, a ZeroMQ poller of a notebook kernel client) once kept a finished run
    (its summary printed: all passed) waiting forever on the JVM it had started. The run's
    result is already decided and reported here, so waiting can only turn a green run into
    a time-out. Without such threads the process exits normally."""
    import os
    import sys
    import threading

    lingering = [
        t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon
    ]
    if not lingering or not _EXIT_STATUS:
        return
    names = ", ".join(
        sorted(f"{t.name} ({type(t).__module__}.{type(t).__qualname__})" for t in lingering)
    )
    print(f"\nconftest: ending the run; threads still alive: {names}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS[-1])
