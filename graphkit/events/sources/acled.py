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

import re
from typing import Any

import pandas as pd

from .. import expressions as ex
from ..actor_kinds import by_keywords
from ..actor_rules import Who, answers, missing, placeholder, reference_ids, role_of
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


_FORCES = re.compile(
    r"^(Military|Police) Forces of (.+?) \((?:[0-9]{4})-(?:[0-9]{4})?\)$", re.IGNORECASE
)
_GOVERNMENT = re.compile(r"^Government of (.+?) \((?:[0-9]{4})-(?:[0-9]{4})?\)$", re.IGNORECASE)
_BRACKETS = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
_NOWHERE = frozenset({"international", "unknown"})
"""What ACLED writes in brackets for an actor of no one country (``Civilians
(International)``)."""
_NUMBERED_ROLES = {
    "1": "GOV",
    "2": "REB",
    "3": "UAF",
    "4": "UAF",
    "5": "OPP",
    "6": "OPP",
    "7": "CVL",
}
"""ACLED's older actor type numbers as CAMEO roles (1 state forces ... 7 civilians; 8,
external forces, names no role)."""


def _role_of_type(actor_type: object) -> str | None:
    if isinstance(actor_type, str) and actor_type.strip() in _NUMBERED_ROLES:
        return _NUMBERED_ROLES[actor_type.strip()]
    return role_of(actor_type)


def identify(frame: pd.DataFrame) -> pd.DataFrame:
    """Who an ACLED actor is. ``country`` is the country of the event (ACLED's
    ``country``), ``role`` the actor type (``inter1``: ``State forces``, ``Rebel
    group``, ... or the older numbers 1-8).

    1. A missing name (``NA`` in files written from R, ``""``) or a placeholder (an HDX
       export's tag row, ``#group+name+first``) is no actor.
    2. ``Military Forces of X (2000-)`` and ``Police Forces of X (...)`` are X's
       military and police (``SYR+MIL``), ``Government of X (...)`` its government;
       a name after the years (``Military Forces of Yemen (2017-) Houthi``) makes a
       named actor.
    3. A generic actor with its country in brackets (``Protesters (India)``,
       ``Civilians (Sudan)``, ``Unidentified Armed Group (Mali)``) is that country's
       role; with ``International`` in the brackets, generic.
    4. Any other name (``Hamas Movement``, ``Islamic State (Syria)``) is a named actor,
       in the country its brackets name, else the event's.
    """
    names = list(frame["raw"])
    events = reference_ids(frame["country"], "label")
    forces = [
        _FORCES.match(n) or _GOVERNMENT.match(n) if isinstance(n, str) else None for n in names
    ]
    brackets = [_BRACKETS.match(n) if isinstance(n, str) else None for n in names]
    spots = [
        (f.groups()[-1] if f else b.group(2) if b else None)
        for f, b in zip(forces, brackets, strict=True)
    ]
    places = reference_ids(spots, "label")
    types = frame["role"].tolist()  # a list: a frame's column looked up per row is slow
    rows = []
    for i, raw in enumerate(names):
        if missing(raw) or placeholder(raw):
            rows.append(Who.none(raw))
            continue
        place, force, bracket = places[i], forces[i], brackets[i]
        if force is not None:
            first = force.group(1).lower()
            role = "MIL" if first == "military" else "COP" if first == "police" else "GOV"
            rows.append(Who.of_role(place, role) if place else Who.named(raw, None, role))
            continue
        label_role = role_of(bracket.group(1)) if bracket is not None else None
        if label_role is not None and place is not None:
            rows.append(Who.of_role(place, label_role))
        elif label_role is not None and bracket and bracket.group(2).strip().lower() in _NOWHERE:
            rows.append(Who.generic(raw, label_role))
        else:
            where = place if bracket is not None and place is not None else events[i]
            rows.append(Who.named(raw, where, _role_of_type(types[i])))
    return answers(rows, frame.index)


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
        "country",
    ),
    date=ex.written_date_rule("event_date"),
    actors=ActorRule(
        source=Side("actor1", "actor1", country="country", role="inter1"),
        target=Side("actor2", "actor2", country="country", role="inter2"),
        kind=_kind,
        identify=identify,
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
