"""UCDP Georeferenced Event Dataset (GED): quoted CSV files with a header (GED 22.1+, 49
columns).

Each event is a day of organised violence between two sides named in words (``side_a``,
``side_b``): its code is the type of violence (1 state-based, 2 non-state, 3
one-sided), its measure the best estimate of deaths. The sides of state-based and
non-state violence do not say who acted on whom; one-sided violence (type 3) is side A
acting on civilians. Every event is material conflict in PLOVER's categories.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .. import expressions as ex
from ..actor_rules import Who, answers, missing, placeholder, reference_ids
from .record import ActorRule, EventSource, Side

_COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)


def _kind(actor: str, country: str, role: str) -> str:
    """``Government of ...`` is a government, civilians an organisation, any other side
    an armed group."""
    if actor.lower().startswith("government of"):
        return "government"
    return "organisation" if actor.lower().startswith("civilian") else "armed_group"


_GOVERNMENT = re.compile(r"^\s*Government of (.+?)\s*$", re.IGNORECASE)
_CIVILIANS = re.compile(r"^\s*civilians\s*$", re.IGNORECASE)


def identify(frame: pd.DataFrame) -> pd.DataFrame:
    """Who a UCDP side is. ``country`` holds the side's Gleditsch-Ward number
    (``gwnoa``/``gwnob``, set for governments) or else the country of the event
    (``country_id``, also a GW number).

    1. A missing side or a placeholder (``XXX700``, ``Check dyad``) is no actor.
    2. ``Government of X`` is X's government (``SYR+GOV``): X by its GW number, else by
       the name UCDP writes. A side of several governments (``2, 200``) keeps its name.
    3. ``Civilians`` (one-sided violence) are the civilians of the event's country
       (``SYR+CVL``), generic without one.
    4. Any other side is a named actor (an armed group), its country the event's.
    """
    numbers = reference_ids(frame["country"], "gw")
    governments = [_GOVERNMENT.match(r) if isinstance(r, str) else None for r in frame["raw"]]
    by_name = reference_ids([m.group(1) if m else None for m in governments], "label")
    countries = frame["country"].tolist()  # a list: a frame's column looked up per row is slow
    rows = []
    for i, raw in enumerate(frame["raw"]):
        if missing(raw) or placeholder(raw):
            rows.append(Who.none(raw))
        elif (government := governments[i]) is not None:
            several = "," in government.group(1) or "," in str(countries[i])
            place = None if several else numbers[i] or by_name[i]
            rows.append(Who.of_role(place, "GOV") if place else Who.named(raw, None, "GOV"))
        elif _CIVILIANS.match(raw):
            place = numbers[i]
            rows.append(Who.of_role(place, "CVL") if place else Who.generic(raw, "CVL"))
        else:
            rows.append(Who.named(raw, numbers[i]))
    return answers(rows, frame.index)


def _event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    kind = ex.number(t, "type_of_violence", "int64", source.ranges).cast("string")
    return {
        "event_id": ex.text(t, "id"),
        "code": kind,
        "root_code": kind,
        "quad_class": ex.literal(4, "int8"),
        "fatalities": ex.number(t, "best", "int64", source.ranges),
        "sources": ex.number(t, "number_of_sources", "int64", source.ranges),
        "story_id": ex.text(t, "source_article"),
        "directed": (kind == "3").fill_null(False),
    }


SOURCE = EventSource(
    name="ucdp",
    title="UCDP GED",
    columns=_COLUMNS,
    # the sides' Gleditsch-Ward numbers and the event's country help name a government
    # side; GED 19 and 20 layouts lack them (the side's name alone then decides)
    optional=("gwnoa", "gwnob", "country_id"),
    needed=(
        "id",
        "type_of_violence",
        "side_a",
        "side_b",
        "number_of_sources",
        "source_article",
        "date_start",
        "best",
        "gwnoa",
        "gwnob",
        "country_id",
    ),
    date=ex.written_date_rule("date_start"),
    actors=ActorRule(
        source=Side("side_a", "side_a", country=("gwnoa", "country_id")),
        target=Side("side_b", "side_b", country=("gwnob", "country_id")),
        kind=_kind,
        identify=identify,
    ),
    event_columns=_event_columns,
    code_system="ucdp",
    mapping="ucdp",
    quad_convention="plover",
    listed=50,
    numbers={"type_of_violence": "integer", "number_of_sources": "integer", "best": "integer"},
    ranges={"type_of_violence": (1, 3), "number_of_sources": ex.COUNT, "best": ex.COUNT},
    delimiter=",",
    quoted=True,
    directed=False,
    direction="undirected, except one-sided violence (type 3): side A acts on civilians",
)
