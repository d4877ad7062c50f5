"""GDELT 1.0 events: 58 tab-separated columns in the daily files, 57 in the pre-April-2013
backfile (which lacks ``SOURCEURL``), no header (the GDELT Event Codebook V1.0).

Everything else is GDELT 2.0's (:mod:`.gdelt2`): the same actors, codes and measures.
"""

from __future__ import annotations

from .gdelt2 import ACTORS, DATE, NEEDED, NUMBERS, RANGES, event_columns, gdelt_columns
from .record import EventSource

_COLUMNS = gdelt_columns(adm2=False)

SOURCE = EventSource(
    name="gdelt1",
    title="GDELT 1.0",
    columns=_COLUMNS,
    needed=NEEDED,
    date=DATE,
    actors=ACTORS,
    event_columns=event_columns,
    code_system="cameo",
    mapping="cameo",
    quad_convention="gdelt",
    listed=20,
    numbers=NUMBERS,
    ranges=RANGES,
    header=False,
    variants={57: _COLUMNS[:-1]},
)
