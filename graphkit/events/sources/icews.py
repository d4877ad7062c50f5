"""ICEWS events: tab-separated Dataverse ``.tab`` files with a header.

Actors are named in words with a country and sectors (``Police (India)``); events carry
a CAMEO code and an intensity (the Goldstein scale); quad classes are derived from the
CAMEO root the ICEWS way (01-05, 06-08, 09-13, 14-20). ICEWS writes ``NA`` for a
missing value. An event id is unique only with its date, so the canonical id joins both.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .. import expressions as ex
from ..actor_kinds import by_name
from ..actor_rules import (
    Who,
    answers,
    missing,
    placeholder,
    reference_ids,
    reference_row,
    role_of,
    role_of_sectors,
)
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


_SECTOR_ACTOR = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
"""ICEWS's generic agents: an agent word and the country in brackets, ``Police (India)``."""

_COUNTRY_KINDS = ("state", "territory", "former_state")


def identify_named(frame: pd.DataFrame, *, country_by: str) -> pd.DataFrame:
    """Who an actor named in words is (ICEWS and, with ``country_by="code"``, POLECAT).

    1. A missing name or a placeholder (``Unspecified Actor``) is no actor.
    2. A name of a row of the reference table (its name, official name, an alias or the
       name ICEWS writes; never a demonym or a capital) is that row, unless the row is
       a country other than the actor's country column: ``Russia`` (country ``Russian
       Federation``) is RUS, ``European Union`` the EU.
    3. An agent word with a country in brackets (``Police (India)``, ``Citizen
       (Africa)``) is that country's role (``IND+COP``, ``AFR+CVL``): the role its
       sectors name (the most specific, ``data/event_mappings/actor_roles.csv``), else
       its agent word. Brackets that name no row (``Protester (Google)``) make a named
       actor.
    4. A name that is a role word (``Police``, ``Protesters``) is the role of the
       actor's country, or generic without a country.
    5. Any other name (``Kim Yong-chol``, ``Nigeria Police Force``) is a named actor:
       its name is its id, with its country and the role its sectors name.
    """
    names = list(frame["raw"])
    named = reference_ids(names, "label")
    places = reference_ids(frame["country"], country_by)
    brackets = [_SECTOR_ACTOR.match(n) if isinstance(n, str) else None for n in names]
    wheres = reference_ids([m.group(2) if m else None for m in brackets], "label")
    roles = frame["role"].tolist()  # a list: a frame's column looked up per row is slow
    rows = []
    for i, raw in enumerate(names):
        if missing(raw) or placeholder(raw):
            rows.append(Who.none(raw))
            continue
        place, entity, sectors = places[i], named[i], roles[i]
        country_row = entity is not None and reference_row(entity)["kind"] in _COUNTRY_KINDS
        if entity is not None and (place is None or entity == place or not country_row):
            rows.append(Who.reference(entity))
            continue
        bracket, where = brackets[i], wheres[i]
        if bracket is not None and where is not None:
            role = role_of_sectors(sectors) or role_of(bracket.group(1))
            rows.append(Who.of_role(where, role) if role else Who.named(raw, where))
            continue
        agent = role_of(raw)
        if agent is not None:
            rows.append(Who.of_role(place, agent) if place else Who.generic(raw, agent))
            continue
        rows.append(Who.named(raw, place, role_of_sectors(sectors) or role_of(sectors)))
    return answers(rows, frame.index)


def identify(frame: pd.DataFrame) -> pd.DataFrame:
    """ICEWS actors: :func:`identify_named` with ICEWS's country names."""
    return identify_named(frame, country_by="label")


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
        identify=identify,
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
