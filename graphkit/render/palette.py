"""Colours that can be told apart, by everyone: colour differences under colour-vision
deficiencies, and line patterns where colours run out.

Relation types are drawn in the colours of the vocabulary (``relation_types.csv``). Two
types drawn at once with the same line pattern must differ in colour for a reader with
normal vision and for one with protanopia, deuteranopia or tritanopia: the colours are
simulated for each (Machado, Oliveira and Fernandes 2009, severity 1) and compared by
CIEDE2000 (Sharma, Wu and Dalal 2005). Where two colours are too close, the later type
(in legend order) gets the next line pattern of its mode (:func:`line_patterns`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

__all__ = ["MIN_DIFFERENCE", "PATTERNS", "colour_difference", "lighter", "line_patterns"]

MIN_DIFFERENCE = 12.0
"""Smallest CIEDE2000 difference, under every simulated vision, between two relation types
drawn with the same line pattern."""

PATTERNS = {
    "material": (None, (14, 4), (14, 4, 2, 4), (14, 4, 2, 4, 2, 4)),
    "verbal": ((6, 4), (3, 3), (12, 6), (3, 3, 12, 6)),
    "structural": ((2, 3), (2, 3, 2, 9)),
    "territorial": ((10, 3, 2, 3), (10, 3, 2, 3, 2, 3)),
}
"""Line patterns (dash and gap lengths in pixels; None for a solid line) of each mode, in
the order they are given out: an act or support (material) is solid, a statement (verbal)
dashed, an organisational tie (structural) dotted, control of a place (territorial)
dash-dotted; the second and later patterns of a mode are for types whose colours are too
close to an earlier one's. No two modes share a pattern. Types of another mode, or of
none, take the material patterns."""

_CVD = {
    # Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _linear(hex_colour: str) -> tuple[float, float, float]:
    text = hex_colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    channels = [int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    return tuple(  # type: ignore[return-value]
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )


def _lab(rgb: Sequence[float]) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0.0), 1.0) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


@cache
def _views(hex_colour: str) -> tuple[tuple[float, float, float], ...]:
    """The colour in CIELAB as seen with normal vision and with each deficiency."""
    rgb = _linear(hex_colour)
    seen = [_lab(rgb)]
    for matrix in _CVD.values():
        seen.append(_lab([sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix]))
    return tuple(seen)


def _ciede2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


def colour_difference(first: str, second: str) -> float:
    """The smallest CIEDE2000 difference between two ``#rrggbb`` colours as seen with
    normal vision, protanopia, deuteranopia and tritanopia.

    Examples
    --------
    >>> round(colour_difference("#000000", "#ffffff"))
    100
    >>> colour_difference("#1565c0", "#1565c0")
    0.0
    """
    return min(
        _ciede2000(one, other) for one, other in zip(_views(first), _views(second), strict=True)
    )


def line_patterns(entries: Sequence[tuple[str, str]]) -> list[tuple[int, ...] | None]:
    """A line pattern for each ``(mode, colour)``, in order, so that any two drawn with the
    same pattern differ by at least :data:`MIN_DIFFERENCE` (see the module's docs).

    Each takes the first pattern of its mode's list (:data:`PATTERNS`) not shared with an
    earlier entry of a colour too close; when every pattern is taken, the one shared with
    the most different colour.

    Examples
    --------
    >>> line_patterns([("material", "#b71c1c"), ("material", "#c62828"), ("verbal", "#fb8c00")])
    [None, (14, 4), (6, 4)]
    >>> line_patterns([("structural", "#2b2b2b"), ("structural", "#8d6e63")])
    [(2, 3), (2, 3)]
    """
    chosen: list[tuple[int, ...] | None] = []
    for k, (mode, colour) in enumerate(entries):
        options = PATTERNS.get(mode, PATTERNS["material"])
        nearest = []
        for pattern in options:
            same = [entries[i][1] for i in range(k) if chosen[i] == pattern]
            nearest.append(min((colour_difference(colour, c) for c in same), default=math.inf))
        good = [p for p, d in zip(options, nearest, strict=True) if d >= MIN_DIFFERENCE]
        if good:
            chosen.append(good[0])
        else:
            chosen.append(options[max(range(len(options)), key=lambda i: (nearest[i], -i))])
    return chosen


def lighter(hex_colour: str, share: float = 0.55) -> str:
    """The colour mixed with ``share`` of white, as ``#rrggbb``.

    Examples
    --------
    >>> lighter("#000000", 0.5)
    '#808080'
    """
    text = hex_colour.lstrip("#")
    channels = [int(text[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(c + (255 - c) * share):02x}" for c in channels)
