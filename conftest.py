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
import tempfile
from collections.abc import Iterator

import pytest

MODEL_FUNCTIONS = ("extract_relations", "propose_actors", "english_pipeline")
"""The functions that load the English model when called without ``nlp=``."""

_CALLS = re.compile(rf"\b(?:{'|'.join(MODEL_FUNCTIONS)})\(")


def _needs_model(item: pytest.Item) -> bool:
    test = getattr(item, "dtest", None)  # a doctest item's examples
    return test is not None and any(_CALLS.search(e.source) for e in test.examples)


@pytest.fixture(autouse=True)
def _doctest_files_in_pytests_folder(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """A doctest's files go to a folder of pytest's, which pytest cleans, not the system's.

    The examples write their files where a reader's would go (``tempfile.mkdtemp()``),
    and left a dozen folders in the system's temporary folder at every run; under pytest
    ``tempfile`` makes them in a folder of the test's own. Other tests are untouched."""
    if getattr(request.node, "dtest", None) is None:
        yield
        return
    before = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("doctest"))
    try:
        yield
    finally:
        tempfile.tempdir = before


@pytest.hookimpl(tryfirst=True)  # before xdist reads the xdist_group marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _needs_model(item):
            item.add_marker(pytest.mark.model)
    # (on a worker, xdist sets the option dist to "no" and loadgroup to whether it was)
    if hasattr(config, "workerinput") and getattr(config.option, "loadgroup", False):
        groups = xdist_groups(items)
        for item, group in zip(items, groups, strict=True):
            if group is not None:
                _join_group(item, group)
        # The slow tests (and the groups that hold one) are handed out first, so that no
        # long test starts last on one worker while the others have nothing left to do.
        slow = [item.get_closest_marker("slow") is not None for item in items]
        slow_groups = {g for g, s in zip(groups, slow, strict=True) if s and g is not None}
        first = [s or g in slow_groups for g, s in zip(groups, slow, strict=True)]
        items[:] = [i for i, f in zip(items, first, strict=True) if f] + [
            i for i, f in zip(items, first, strict=True) if not f
        ]


# -- which tests one pytest-xdist worker runs together ---------------------------------

SHARED_SESSIONS = {"spark": "spark-session", "lab": "jupyterlab-session"}
"""Session fixtures too costly to start on every worker (a Spark JVM, a JupyterLab
server), by the group whose tests run on one worker and share the one instance."""


def _join_group(item: pytest.Item, group: str) -> None:
    """Put ``item`` in ``group``: what ``@pytest.mark.xdist_group(group)`` does, which
    pytest-xdist 3.8 does by suffixing ``@group`` to the test's id in ``item._nodeid``;
    pytest 9 keeps the id in ``item._id`` (a NodeId), so the mark alone is ignored there
    and every group's tests are spread over the workers."""
    nodeid = f"{item.nodeid}@{group}"
    if hasattr(item, "_id"):  # pytest >= 9
        item._id = type(item._id).parse(nodeid)
    else:
        item._nodeid = nodeid
    assert item.nodeid == nodeid, (item.nodeid, nodeid)


def xdist_groups(items: list[pytest.Item]) -> list[str | None]:
    """The group of each test under ``pytest -n N --dist loadgroup`` (None: any worker).

    The tests of a module that uses a fixture of module, class or package scope run on
    one worker, in order, so that fixture is set up once (a docs build, a batch of
    probe runs, a notebook opened in JupyterLab); the tests that use a shared session
    (:data:`SHARED_SESSIONS`) run on one worker. Groups that share a test are one group,
    named by its first label in sorted order (the same on every worker)."""
    parent: dict[str, str] = {}

    def find(label: str) -> str:
        parent.setdefault(label, label)
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    def union(one: str, other: str) -> None:
        roots = sorted((find(one), find(other)))
        parent[roots[1]] = roots[0]

    labels: list[list[str]] = []
    for item in items:
        module = item.nodeid.split("::")[0]
        definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
        mine = [SHARED_SESSIONS[n] for n in definitions if n in SHARED_SESSIONS]
        if any(d[-1].scope in ("module", "class") for d in definitions.values()):
            mine.append(module)
        if any(d[-1].scope == "package" for d in definitions.values()):
            mine.append(module.rsplit("/", 1)[0] + "/")
        for label in mine[1:]:
            union(mine[0], label)
        labels.append(mine)
    return [find(mine[0]) if mine else None for mine in labels]


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
