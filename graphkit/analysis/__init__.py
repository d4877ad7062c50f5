"""Analyses of a graph: centrality table, signed analyses, a signed layout, annotations
and summaries."""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "centrality": ".centrality_table",
    "pn_centrality": ".centrality_table",
    "annotate": ".annotation",
    "force_layout": ".layout",
    "with_positions": ".layout",
    "summarize": ".summary",
    "write_tables": ".summary",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
