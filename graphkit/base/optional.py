"""Optional dependencies: imported on first use, with an error that says how to install them.

graphkit's core needs networkx, pandas, NumPy, SciPy, igraph and pyvis. Event data
(DuckDB, Ibis, Arrow), Spark, text extraction (spaCy) and the notebook widget
(anywidget) come as extras of the distribution ``graphkit-actors``; each is imported only
by the function that needs it, through :func:`require`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingDependencyError

__all__ = ["DISTRIBUTION", "install_command", "require"]

DISTRIBUTION = "graphkit-actors"
"""graphkit's name on PyPI (the import name is ``graphkit``; ``graphkit`` on PyPI is
another project)."""


def install_command(extra: str) -> str:
    """The pip command that installs an extra.

    Examples
    --------
    >>> install_command("events")
    "pip install 'graphkit-actors[events]'"
    """
    return f"pip install '{DISTRIBUTION}[{extra}]'"


def require(module: str, extra: str, *, purpose: str = "") -> ModuleType:
    """Import ``module``, or raise :class:`~graphkit.MissingDependencyError` naming the extra.

    Parameters
    ----------
    module : str
        The module to import (``"duckdb"``, ``"spacy"``).
    extra : str
        The extra of ``graphkit-actors`` that installs it.
    purpose : str, optional
        What it is needed for, to start the message (``"reading event data"``).

    Examples
    --------
    >>> require("json", "none").__name__
    'json'
    >>> require("no_such_module_here", "events", purpose="reading event data")
    Traceback (most recent call last):
    ...
    graphkit.MissingDependencyError: reading event data needs no_such_module_here, which is not installed; install it with: pip install 'graphkit-actors[events]'
    """  # noqa: E501
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        if exc.name is not None and exc.name.split(".")[0] != top:
            raise  # the module is there but one of its own imports failed: show that
        need = f"{purpose} needs {top}" if purpose else f"this needs {top}"
        raise MissingDependencyError(
            f"{need}, which is not installed; install it with: {install_command(extra)}",
            name=top,
        ) from None
