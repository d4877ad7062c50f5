"""Signed analyses: structural balance, the exact frustration index, camps, implied relations."""

from __future__ import annotations

from ...base.lazy import lazy_exports

_EXPORTS = {
    "BalanceReport": ".structural_balance",
    "balance": ".structural_balance",
    "camp_table": ".structural_balance",
    "camps": ".structural_balance",
    "frustrated_edges": ".structural_balance",
    "frustration_index": ".structural_balance",
    "implied_relations": ".implied",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
