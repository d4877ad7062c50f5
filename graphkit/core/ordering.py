"""The one order graphkit breaks ties by: actor ids, sorted.

Whenever several answers are equally right (optimal camps, tied ranks, rows with the same
score), graphkit picks by this order, never by the order of the input, of a hash or of
floating-point summation, so one graph given in any order gives the same result.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

__all__ = ["sorted_ids"]


def sorted_ids(ids: Iterable[Hashable]) -> list:
    """Ids in graphkit's canonical order.

    Ids of one comparable type (all strings, as graphkit graphs have, or all numbers) are
    sorted by value (strings by code point). Ids that cannot be compared with each other
    (strings mixed with numbers, say) are sorted by their type's name, then by
    ``repr``.

    Examples
    --------
    >>> sorted_ids(["turkey", "hts", "iran"])
    ['hts', 'iran', 'turkey']
    >>> sorted_ids([3, "b", 1, "a"])
    [1, 3, 'a', 'b']
    """
    ids = list(ids)
    try:
        return sorted(ids)
    except TypeError:
        return sorted(ids, key=lambda x: (type(x).__name__, repr(x)))
