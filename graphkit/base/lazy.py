"""Lazy re-exports for package ``__init__`` modules (PEP 562).

A package lists its public names and the module each comes from; a name's module is
imported on first access, so ``import graphkit`` loads neither the analysis engines nor
the renderers, and optional engines (DuckDB, Spark, spaCy) load only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], *, removed: Mapping[str, str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package`` exporting ``{name: module}``.

    ``module`` is relative to ``package`` (``".core.build"``). ``removed`` maps names that
    no longer exist to a sentence saying what to use instead.
    """
    removed = removed or {}

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            if name in removed:
                raise AttributeError(f"{package}.{name} was removed: {removed[name]}")
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        globals_ = importlib.import_module(package).__dict__
        globals_[name] = value  # later lookups skip __getattr__
        return value

    def __dir__() -> list[str]:
        return sorted(set(exports) | set(importlib.import_module(package).__dict__))

    return __getattr__, __dir__
