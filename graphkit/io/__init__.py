"""Reading and validating tables, graph files, and writing outputs whole or not at all.

:mod:`graphkit.io.tables` reads actors and relations tables through the rules of
:mod:`graphkit.core.rules`; :mod:`graphkit.io.graph_files` reads and writes GraphML, GEXF
and JSON; :mod:`graphkit.io.files` writes every output atomically and
:mod:`graphkit.io.spreadsheet` writes CSV files that are safe for spreadsheets.
"""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "read_actors": ".tables",
    "read_relations": ".tables",
    "validate": ".tables",
    "ValidationReport": ".tables",
    "FORMATS": ".graph_files",
    "read_graph": ".graph_files",
    "write_graph": ".graph_files",
    "atomic_write": ".files",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
