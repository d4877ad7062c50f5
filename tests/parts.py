"""Optional parts of the test suite (browser, engines, model, JupyterLab): skipped on a
laptop without them, a failure in CI (``CI`` or ``GRAPHKIT_REQUIRE_ALL`` set)."""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest


def required() -> bool:
    """True in CI or when asked: a missing part fails the run instead of skipping."""
    return any(os.environ.get(v) for v in ("GRAPHKIT_REQUIRE_ALL", "CI"))


def missing(reason: str) -> None:
    """Skip the test because a part is missing, or fail it where every part is required."""
    if required():
        pytest.fail(f"this test is required here but {reason}")
    pytest.skip(reason)


def need_module(name: str, install: str = "make test") -> ModuleType:
    """Import ``name`` for a test, or skip (fail in CI) saying how to install it."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"{name} is not installed ({install})")
        raise  # unreachable: missing() skips or fails
