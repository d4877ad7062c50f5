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
