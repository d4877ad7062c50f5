"""The package as users import it: every public name, every module by its path, no module
named like a public name, and an import that loads nothing heavy."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
import types

import pytest

import graphkit as gk

HEAVY = (
    "networkx",
    "pandas",
    "numpy",
    "matplotlib",
    "scipy.optimize",
    "igraph",
    "pyvis",
    "duckdb",
    "ibis",
    "pyarrow",
    "pyspark",
    "spacy",
    "anywidget",
    "IPython",
)
"""Modules that `import graphkit` must not load: they load when a function needs them."""


def submodules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(gk.__path__, "graphkit."))


def test_import_graphkit_loads_nothing_heavy():
    code = (
        "import json, sys; import graphkit; "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_every_public_name_resolves():
    for name in gk.__all__:
        assert getattr(gk, name) is not None, name
    assert set(dir(gk)) >= set(gk.__all__)


@pytest.mark.parametrize("name", submodules())
def test_import_graphkit_X_gives_module_X(name):
    module = importlib.import_module(name)
    assert isinstance(module, types.ModuleType) and module.__name__ == name
    parent, _, last = name.rpartition(".")
    assert getattr(sys.modules[parent], last) is module


def test_no_module_shares_a_name_with_a_public_name():
    # graphkit.io.validate next to gk.validate: which one does `graphkit.io.validate` mean?
    packages = [gk] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(gk.__path__, "graphkit.")
        if m.ispkg
    ]
    exported = {name for package in packages for name in getattr(package, "__all__", [])}
    modules = {name.rpartition(".")[2] for name in submodules()}
    assert not exported & modules


def test_a_missing_extra_names_its_install_command():
    from graphkit.base.optional import require

    with pytest.raises(gk.MissingDependencyError, match=r"pip install 'graphkit-actors\[events\]'"):
        require("graphkit_no_such_engine", "events", purpose="reading event data")
