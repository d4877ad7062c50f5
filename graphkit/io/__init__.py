"""Reading and validating tables, graph files, and writing outputs whole or not at all.

``graphkit.io.validate`` is the validation module; the function is ``graphkit.validate``.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "read_actors": ".validate",
    "read_relations": ".validate",
    "ValidationReport": ".validate",
    "read_table": ".tables",
    "FORMATS": ".graph_files",
    "read_graph": ".graph_files",
    "write_graph": ".graph_files",
    "atomic_write": ".files",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
