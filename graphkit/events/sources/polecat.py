"""POLECAT events: tab-separated files with a header (the POLECAT header as quoted in
public loaders).

Actors are named in words with a country and a primary sector; events carry a PLOVER
event type and mode (the code ``accuse: investigate``), an intensity, and the story they
come from (a URL where it is one). Quad classes follow PLOVER's categories.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .. import expressions as ex
from ..actor_kinds import by_name, cameo_types
from .icews import identify_named
from .record import ActorRule, EventSource, Side

_COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)

PLOVER_QUADS = {
    1: ("agree", "consult", "support", "concede"),
    2: ("cooperate", "aid", "retreat"),
    3: ("request", "accuse", "reject", "threaten"),
    4: ("protest", "sanction", "mobilize", "coerce", "assault"),
}
"""PLOVER's quad categories (PLOVER manual 0.8)."""


def _kind(actor: str, country: str, role: str) -> str:
    """A named actor's kind (:func:`~graphkit.events.actor_kinds.by_name`), where a
    primary sector that is a CAMEO actor type (``GOV``) decides first."""
    types = cameo_types()
    if actor != country and role in types:
        return types[role]
    return by_name(actor, country, role)


def identify(frame: pd.DataFrame) -> pd.DataFrame:
    """POLECAT actors: named in words like ICEWS's
    (:func:`~graphkit.events.sources.icews.identify_named`), with an ISO alpha-3
    country code and a primary sector that is a CAMEO type code."""
    return identify_named(frame, country_by="code")


def _event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    import ibis

    from ..mappings import SEPARATOR

    kind = ex.text(t, "Event Type").lower()
    mode = ex.text(t, "Event Mode").lower()
    code = ibis.ifelse(mode.isnull(), kind, kind + SEPARATOR + mode)
    quad = ibis.cases(
        *((kind.isin(types), ex.literal(q, "int8")) for q, types in PLOVER_QUADS.items()),
        else_=ex.null("int8"),
    )
    story = ex.text(t, "Source")
    return {
        "event_id": ex.text(t, "Event ID"),
        "code": code,
        "root_code": kind,
        "quad_class": quad,
        "goldstein": ex.number(t, "Intensity", "float64", source.ranges),
        "url": ibis.ifelse(story.startswith("http"), story, ex.null("string")),
        "story_id": story,
    }


SOURCE = EventSource(
    name="polecat",
    title="POLECAT",
    columns=_COLUMNS,
    needed=(
        "Event ID",
        "Event Date",
        "Event Type",
        "Event Mode",
        "Intensity",
        "Actor Name",
        "Actor Country",
        "Primary Actor Sector",
        "Recipient Name",
        "Recipient Country",
        "Primary Recipient Sector",
        "Source",
    ),
    date=ex.written_date_rule("Event Date"),
    actors=ActorRule(
        source=Side("Actor Name", "Actor Name", "Actor Country", "Primary Actor Sector"),
        target=Side(
            "Recipient Name", "Recipient Name", "Recipient Country", "Primary Recipient Sector"
        ),
        kind=_kind,
        identify=identify,
    ),
    event_columns=_event_columns,
    code_system="plover",
    mapping="plover",
    quad_convention="plover",
    listed=40,
    numbers={"Intensity": "decimal"},
)
