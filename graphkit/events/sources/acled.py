"""ACLED events: quoted CSV files with a header (exports since the 20 March 2023
restructure, 31 columns; older layouts too).

Column names are matched without regard to case, so the 2016 All-Africa files
(``GWNO,EVENT_ID_CNTY,...,EVENT_DATE,...,FATALITIES``, dates as ``18/04/2001``) read
like today's; files from before 2019 have no ``sub_event_type`` (the column is then read
as empty) and use the older event types (``Riots/Protests``, ``Remote violence``,
``Battle-No change of territory``, ...), which ``data/event_mappings/acled.csv`` maps
with a note on what each loses.

Actors are named in words with an actor type (``inter1``: ``State forces``, ``Rebel
group``, or the older numbers 1-8); events carry an event type and sub-type (the code
``Battles: Armed clash``) and fatalities. ``actor1`` and ``actor2`` do not say who acted
on whom, so events are undirected. Every event but strategic developments is material
conflict in PLOVER's categories.
"""

from __future__ import annotations

from typing import Any

from .. import expressions as ex
from ..actor_kinds import by_keywords
from .record import ActorRule, EventSource, Side

_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

_NUMBERED = {"1": "government", "2": "armed_group", "3": "armed_group", "4": "armed_group"}
"""ACLED's older actor type numbers that name a kind (1 state forces, 2 rebels, 3
political militias, 4 identity militias)."""


_NOT_CONFLICT = (
    "Strategic developments",
    "Strategic development",  # the types before 2019
    "Headquarters or base established",
    "Non-violent transfer of territory",
)
"""Event types that are no material conflict (no quad class)."""


def _kind(actor: str, country: str, role: str) -> str:
    """The actor type decides (``State forces`` a government, ``Rebel group`` an armed
    group, ...), then words of the name."""
    text = f"{role} {actor}"
    number = text.strip().split(" ")[0]
    if number in _NUMBERED:
        return _NUMBERED[number]
    return by_keywords(text, "organisation")


def _event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    import ibis

    from ..mappings import SEPARATOR

    kind = ex.text(t, "event_type")
    sub = ex.text(t, "sub_event_type")
    return {
        "event_id": ex.text(t, "event_id_cnty"),
        "code": ibis.ifelse(sub.isnull(), kind, kind + SEPARATOR + sub),
        "root_code": kind,
        "quad_class": ibis.ifelse(
            kind.isnull() | kind.isin(_NOT_CONFLICT),
            ex.null("int8"),
            ex.literal(4, "int8"),
        ),
        "fatalities": ex.number(t, "fatalities", "int64", source.ranges),
        "story_id": ex.text(t, "source"),
    }


SOURCE = EventSource(
    name="acled",
    title="ACLED",
    columns=_COLUMNS,
    optional=("sub_event_type",),
    needed=(
        "event_id_cnty",
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "inter1",
        "actor2",
        "inter2",
        "source",
        "fatalities",
    ),
    date=ex.written_date_rule("event_date"),
    actors=ActorRule(
        source=Side("actor1", "actor1", role="inter1"),
        target=Side("actor2", "actor2", role="inter2"),
        kind=_kind,
    ),
    event_columns=_event_columns,
    code_system="acled",
    mapping="acled",
    quad_convention="plover",
    listed=60,
    numbers={"fatalities": "integer"},
    ranges={"fatalities": ex.COUNT},
    delimiter=",",
    quoted=True,
    directed=False,
    direction="undirected: ACLED's actor1 and actor2 do not imply who acted on whom",
)
