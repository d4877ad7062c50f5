"""Relations proposed from text, with their evidence, for an analyst to review and accept."""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "extract_relations": ".extraction",
    "REVIEW_COLUMNS": ".extraction",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = sorted(_EXPORTS)
