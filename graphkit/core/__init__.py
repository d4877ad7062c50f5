"""The data model: vocabulary, dates, tables to graph, projections, snapshots and merging."""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "MODES": ".vocabulary",
    "SIGNED_MODES": ".vocabulary",
    "Vocabulary": ".vocabulary",
    "default_vocabulary": ".vocabulary",
    "vocabulary_of": ".vocabulary",
    "build_graph": ".build",
    "signed_graph": ".projection",
    "relation_subgraph": ".projection",
    "snapshot": ".snapshots",
    "diff": ".snapshots",
    "merge_graphs": ".merging",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
