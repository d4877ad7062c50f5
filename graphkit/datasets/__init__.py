"""The datasets and vocabularies bundled with graphkit, and the reference table of
countries and international bodies that joins actors across sources."""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "DATASETS": ".catalog",
    "load_dataset": ".catalog",
    "data_path": "..base.data_files",
    "countries": ".reference",
    "resolve_countries": ".reference",
    "country_actors": ".reference",
    "link_actors": ".linking",
    "combine": ".linking",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
