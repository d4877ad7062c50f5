"""ICEWS events: tab-separated Dataverse ``.tab`` files with a header.

Actors are named in words with a country and sectors (``Police (India)``); events carry
a CAMEO code and an intensity (the Goldstein scale); quad classes are derived from the
CAMEO root the ICEWS way (01-05, 06-08, 09-13, 14-20). ICEWS writes ``NA`` for a
missing value. An event id is unique only with its date, so the canonical id joins both.
"""

from __future__ import annotations

from typing import Any

from .. import expressions as ex
from ..actor_kinds import by_name
from .record import ActorRule, EventSource, Side

_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)


def _event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    code = ex.cameo_code(t, "CAMEO Code", na=True)
    root = code.substr(0, 2)
    return {
        "event_id": ex.text(t, "Event ID") + "-" + ex.text(t, "Event Date"),
        "code": code,
        "root_code": root,
        "quad_class": ex.cameo_quad(root, "icews"),
        "goldstein": ex.number(t, "Intensity", "float64", source.ranges),
        "story_id": ex.text(t, "Story ID", na=True),
    }


SOURCE = EventSource(
    name="icews",
    title="ICEWS",
    columns=_COLUMNS,
    needed=(
        "Event ID",
        "Event Date",
        "Source Name",
        "Source Sectors",
        "Source Country",
        "CAMEO Code",
        "Intensity",
        "Target Name",
        "Target Sectors",
        "Target Country",
        "Story ID",
    ),
    date=ex.written_date_rule("Event Date"),
    actors=ActorRule(
        source=Side("Source Name", "Source Name", "Source Country", "Source Sectors"),
        target=Side("Target Name", "Target Name", "Target Country", "Target Sectors"),
        kind=by_name,
    ),
    event_columns=_event_columns,
    code_system="cameo",
    mapping="cameo",
    quad_convention="icews",
    listed=30,
    numbers={"Intensity": "decimal"},
    ranges={"Intensity": (-10, 10)},
    na=True,
)
