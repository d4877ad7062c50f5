"""Columns one value fills in every row, read from an Ibis expression without a query.

A source's canonical events write some columns as literals: GDELT's ``dataset`` is
``"gdelt2"``, its ``directed`` is true and its ``fatalities`` NULL in every row.
:func:`constant_value` finds such a column by following the expression down to the
projection that wrote it, so the aggregation neither groups by it nor sums it: it is
written once per relation instead (:func:`~graphkit.events.cell_expression.cells_expression`).
It answers "not constant" whenever the expression does not say (a join, a union, a
column computed from the data), which costs only the work it would have spared.
"""

from __future__ import annotations

from typing import Any

__all__ = ["constant_value"]


def constant_value(table: Any, name: str) -> tuple[bool, Any]:
    """``(True, value)`` if column ``name`` of the Ibis ``table`` is the literal
    ``value`` (None for NULL) in every row, by its expression alone; else
    ``(False, None)``.

    Filters, sorts, limits, views and plain renames are followed to the projection that
    wrote the column; a literal there is the answer (a NULL cast to any type, another
    value only where no cast changes its type).

    Examples
    --------
    >>> import ibis
    >>> t = ibis.memtable({"x": [1, 2]}).mutate(kind=ibis.literal("gdelt2"), y=ibis._.x + 1)
    >>> constant_value(t.filter(t.x > 1), "kind"), constant_value(t, "y")
    ((True, 'gdelt2'), (False, None))
    """
    import ibis.expr.operations as ops

    op = table.op()
    passing = (ops.Filter, ops.Sort, ops.Limit, ops.SelfReference)
    for _ in range(1_000):  # an expression is a finite chain: this only bounds a cycle
        if isinstance(op, passing):
            op = op.parent
            continue
        if not isinstance(op, ops.Project) or name not in op.values:
            return False, None
        value = op.values[name]
        types = []
        while isinstance(value, ops.Cast):
            types.append(value.to)
            value = value.arg
        if isinstance(value, ops.Literal):
            # NULL cast is NULL; another value only when no cast changes its type
            if value.value is None or all(t == value.dtype for t in types):
                return True, value.value
            return False, None
        if isinstance(value, ops.Field):
            op, name = value.rel, value.name
            continue
        return False, None
    return False, None
