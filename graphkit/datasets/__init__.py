"""The datasets and vocabularies bundled with graphkit."""

from __future__ import annotations

from ..base.lazy import lazy_exports

_EXPORTS = {
    "DATASETS": ".catalog",
    "load_dataset": ".catalog",
    "data_path": "..base.data_files",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
