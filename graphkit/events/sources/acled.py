"""ACLED events: quoted CSV files with a header (exports since the 20 March 2023
restructure, 31 columns).

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
from .record import ActorRule, DateRule, EventSource, Side

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
            kind.isnull() | (kind == "Strategic developments"),
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
    date=DateRule("event_date", ex.iso_or_words, "a date as YYYY-MM-DD or '15 January 2023'"),
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
    ranges={"fatalities": (0, None)},
    delimiter=",",
    quoted=True,
    directed=False,
    direction="undirected: ACLED's actor1 and actor2 do not imply who acted on whom",
)
