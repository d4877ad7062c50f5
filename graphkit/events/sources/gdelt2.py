"""GDELT 2.0 events: 61 tab-separated columns, no header (the GDELT Event Codebook V2.0).

Actors are CAMEO actor codes (``SYRGOV``) with a country and type codes; events carry
GDELT's own QuadClass and Goldstein score, mentions, sources, articles and a URL. The
columns and the event rule are shared with GDELT 1.0 (:mod:`.gdelt1`), whose daily
files lack the ``ADM2Code`` geography columns.
"""

from __future__ import annotations

from typing import Any

from .. import expressions as ex
from ..actor_kinds import by_cameo_code
from .record import ActorRule, DateRule, EventSource, Side

_ACTOR_PARTS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)


def gdelt_columns(adm2: bool) -> tuple[str, ...]:
    """The columns of a GDELT event file: 2.0 (``adm2=True``) or 1.0."""
    geo = ["Type", "FullName", "CountryCode", "ADM1Code"]
    if adm2:
        geo.append("ADM2Code")
    geo += ["Lat", "Long", "FeatureID"]
    return (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        *(f"Actor1{part}" for part in _ACTOR_PARTS),
        *(f"Actor2{part}" for part in _ACTOR_PARTS),
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
        *(f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in geo),
        "DATEADDED",
        "SOURCEURL",
    )


NEEDED = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "IsRootEvent",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "SOURCEURL",
)
NUMBERS = {
    "GLOBALEVENTID": "integer",
    "IsRootEvent": "integer",
    "QuadClass": "integer",
    "GoldsteinScale": "decimal",
    "NumMentions": "integer",
    "NumSources": "integer",
    "NumArticles": "integer",
}
RANGES: dict[str, tuple[float | None, float | None]] = {
    "IsRootEvent": (0, 1),
    "QuadClass": (1, 4),
    "GoldsteinScale": (-10, 10),
    "NumMentions": ex.COUNT,
    "NumSources": ex.COUNT,
    "NumArticles": ex.COUNT,
}
DATE = DateRule("SQLDATE", ex.yyyymmdd, "a date as YYYYMMDD")
ACTORS = ActorRule(
    source=Side("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code"),
    target=Side("Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code"),
    kind=by_cameo_code,
)


def event_columns(t: Any, source: EventSource) -> dict[str, Any]:
    """A GDELT event: its CAMEO code and root, GDELT's QuadClass (derived from the root
    where missing), Goldstein score, counts, root-event flag and URL."""
    code = ex.cameo_code(t, "EventCode")
    root = ex.cameo_root(code, t, "EventRootCode")
    quad = ex.number(t, "QuadClass", "int8", source.ranges)
    return {
        "event_id": ex.text(t, "GLOBALEVENTID"),
        "code": code,
        "root_code": root,
        "quad_class": quad.coalesce(ex.cameo_quad(root, "gdelt")),
        "goldstein": ex.number(t, "GoldsteinScale", "float64", source.ranges),
        "mentions": ex.number(t, "NumMentions", "int64", source.ranges),
        "sources": ex.number(t, "NumSources", "int64", source.ranges),
        "articles": ex.number(t, "NumArticles", "int64", source.ranges),
        "is_root": ex.number(t, "IsRootEvent", "int64", source.ranges) == 1,
        "url": ex.text(t, "SOURCEURL"),
    }


SOURCE = EventSource(
    name="gdelt2",
    title="GDELT 2.0",
    columns=gdelt_columns(adm2=True),
    needed=NEEDED,
    date=DATE,
    actors=ACTORS,
    event_columns=event_columns,
    code_system="cameo",
    mapping="cameo",
    quad_convention="gdelt",
    listed=10,
    numbers=NUMBERS,
    ranges=RANGES,
    header=False,
)
