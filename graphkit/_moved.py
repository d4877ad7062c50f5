"""Import paths of graphkit 0.1 that moved: importing one says where its contents went.

graphkit 0.1 kept every module at the top of the package, and two of them
(``graphkit.centrality``, ``graphkit.balance``) were hidden behind the functions of the
same name. The public API is unchanged (``gk.centrality(G)``); code that imported a
module by its old path gets a :class:`ModuleNotFoundError` naming the new one.
"""

from __future__ import annotations

import importlib.abc
import sys

MOVED = {
    "graphkit.balance": "graphkit.analysis.signed.structural_balance",
    "graphkit.build": "graphkit.core.build (projections: graphkit.core.projection; "
    "snapshot and diff: graphkit.core.snapshots)",
    "graphkit.centrality": "graphkit.analysis.centrality_table",
    "graphkit.dates": "graphkit.core.dates",
    "graphkit.engine": "graphkit.analysis.engines",
    "graphkit.export": "graphkit.io.graph_files",
    "graphkit.files": "graphkit.io.files",
    "graphkit.frustration": "graphkit.analysis.signed.frustration_solver",
    "graphkit.image": "graphkit.render.image",
    "graphkit.implied": "graphkit.analysis.signed.implied",
    "graphkit.jupyter": "graphkit.render.notebook",
    "graphkit.layout": "graphkit.render.layout",
    "graphkit.resources": "graphkit.datasets.bundled",
    "graphkit.signed": "graphkit.core.projection",
    "graphkit.tables": "graphkit.io.tables",
    "graphkit.vocabulary": "graphkit.core.vocabulary",
}
"""Old module path -> where its contents live now."""


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname in MOVED:
            raise ModuleNotFoundError(
                f"{fullname} moved to {MOVED[fullname]} in graphkit 0.2; the public "
                f"functions are still at the top level (import graphkit as gk; gk.NAME)",
                name=fullname,
            )
        return None


def install() -> None:
    """Put the finder on ``sys.meta_path`` once."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
