"""GDELT 2.0 events: 61 tab-separated columns, no header (the GDELT Event Codebook V2.0).

Actors are CAMEO actor codes (``SYRGOV``) with a country and type codes; events carry
GDELT's own QuadClass and Goldstein score, mentions, sources, articles and a URL. The
columns and the event rule are shared with GDELT 1.0 (:mod:`.gdelt1`), whose daily
files lack the ``ADM2Code`` geography columns.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .. import expressions as ex
from ..actor_kinds import by_cameo_code
from ..actor_rules import Who, answers, cameo_roles, missing, placeholder, reference_ids
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
    "Actor1KnownGroupCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
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
DATE = DateRule(
    "SQLDATE",
    ex.yyyymmdd,
    "a date as YYYYMMDD",
    valid=ex.yyyymmdd_valid,
    parts=ex.yyyymmdd_parts,
)


def _blocks(code: str) -> list[str]:
    """A CAMEO actor code's three-letter blocks (``IGOUNODEVWBK`` -> IGO, UNO, DEV, WBK)."""
    return [code[i : i + 3] for i in range(0, len(code), 3)] if len(code) % 3 == 0 else []


def identify(frame: pd.DataFrame) -> pd.DataFrame:
    """Who a CAMEO-coded actor is, from its code, country code, type and known group.

    In this order:

    1. A missing code or a placeholder is no actor.
    2. A code that is a code of the reference table is that row: a country (``SYR``,
       also CAMEO's variants such as ``ROM``), a region (``AFR``) or an international
       body by its full CAMEO actor code (``IGOEUREEC`` the EU).
    3. A code with an international body's CAMEO code among its blocks is that body,
       the last such block winning (``IGOUNODEVWBK`` the World Bank, not the UN).
    4. A known group the reference table has is that row (``UNO``).
    5. Another known group (``TAL``, the Taliban) is a named actor: its id is the
       group's code, its name the rows' (title-cased), with its country and role.
    6. A code with a country (``CountryCode``) is that country's role: ``SYR+GOV``
       (the type: ``Type1Code``, else the first type code among the code's blocks), or
       the country itself without one. A country code the table lacks keeps the raw
       code as the id.
    7. A code with no country (``BUS``, ``MED``, ``JEWOPP``) is generic.

    Religion and ethnicity codes make no id of their own: ``USAMOS`` is the United
    States (CAMEO's own country-level reading).
    """
    roles = cameo_roles()
    codes = [c.strip().upper() if isinstance(c, str) else c for c in frame["raw"]]
    whole = reference_ids(codes, "code")
    groups = reference_ids(frame["group"], "code")
    places = reference_ids(frame["country"], "code")
    pieces = sorted({b for c in codes if isinstance(c, str) for b in _blocks(c)})
    bodies = dict(
        zip(
            pieces, reference_ids(pieces, "code", kinds=["international_organisation"]), strict=True
        )
    )
    # the columns as lists: a frame's column looked up per row is most of the time
    types, known, countries = (frame[c].tolist() for c in ("role", "group", "country"))
    rows = []
    for i, raw in enumerate(frame["raw"]):
        code = codes[i]
        if missing(raw) or placeholder(raw):
            rows.append(Who.none(raw))
            continue
        body = [bodies[b] for b in _blocks(code) if bodies.get(b)]
        entity = whole[i] or (body[-1] if body else None) or groups[i]
        if entity is not None:
            rows.append(Who.reference(entity))
            continue
        type1 = types[i]
        role = type1.strip().upper() if isinstance(type1, str) and type1.strip() else None
        if role not in roles:
            role = next((b for b in _blocks(code)[1:] if b in roles), None)
        group, country = known[i], countries[i]
        if not missing(group):
            kind = roles[role][1] if role else "organisation"
            rows.append(Who.named(group.strip().upper(), places[i], role, kind))
        elif (place := places[i]) is not None:
            rows.append(Who.of_role(place, role) if role else Who.reference(place))
        elif not missing(country):
            rows.append(Who.named(raw.strip(), None, role))
        else:
            rows.append(Who.generic(raw.strip(), role))
    return answers(rows, frame.index)


ACTORS = ActorRule(
    source=Side(
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor1KnownGroupCode"
    ),
    target=Side(
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2KnownGroupCode"
    ),
    kind=by_cameo_code,
    identify=identify,
    title_case=True,
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
