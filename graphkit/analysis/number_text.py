"""Numbers as a person reads them in a report: 3 significant digits, shares as percents."""

from __future__ import annotations

import math

__all__ = ["percent", "significant"]


def significant(x: float, digits: int = 3) -> str:
    """``x`` to ``digits`` significant digits, without an exponent or trailing zeros;
    thousands are grouped.

    Examples
    --------
    >>> significant(0.4), significant(1 / 3), significant(12345.6), significant(-2.0)
    ('0.4', '0.333', '12,300', '-2')
    >>> significant(float("nan")), significant(0.000123456)
    ('n/a', '0.000123')
    """
    if x != x:
        return "n/a"
    if x == 0 or math.isinf(x):
        return f"{x:g}"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = digits - 1 - magnitude
    rounded = round(x, decimals)
    if decimals <= 0:
        return f"{int(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")


def percent(share: float, digits: int = 3) -> str:
    """A share in [0, 1] as a percent with ``digits`` significant digits (trailing zeros
    kept, so a column of them lines up); ``n/a`` for NaN.

    Examples
    --------
    >>> percent(0.5), percent(0.0952381), percent(1.0), percent(0.0), percent(0.735294)
    ('50.0%', '9.52%', '100%', '0%', '73.5%')
    >>> percent(0.09996), percent(0.9999)
    ('10.0%', '100%')
    """
    if share != share:
        return "n/a"
    value = 100 * share
    if value == 0:
        return "0%"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{value:.{decimals}f}"
    if decimals and abs(float(text)) >= 10 ** (magnitude + 1):  # 9.996 rounds to 10.00
        text = f"{value:.{decimals - 1}f}"
    return f"{text}%"
