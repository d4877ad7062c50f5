"""Rules that give an event actor a kind of the vocabulary, shared by several sources.

A source's record names its rule (:attr:`ActorRule.kind
<graphkit.events.sources.ActorRule>`); the rules used by one source only live in that
source's module. Each rule is ``rule(actor, country, role) -> kind``, with ``""`` for a
country or role the row does not give.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["by_cameo_code", "by_keywords", "by_name", "cameo_types"]

_KEYWORDS = (
    (
        re.compile(r"\b(rebel|insurgen|separatist|militant|militia|terror|jihad)", re.I),
        "armed_group",
    ),
    (
        re.compile(
            r"\b(government|executive|military|army|police|legislat|judicia|ministry"
            r"|state forces|external/other forces|navy|air force|parliament|cabinet|president)",
            re.I,
        ),
        "government",
    ),
)

_ORGANISATION = re.compile(
    r"\b(party|congress|front|movement|union|council|organi[sz]ation|association|committee"
    r"|bank|company|agency|commission|court|university|church|network|alliance|forces?)\b",
    re.I,
)
"""Words that make a plain ICEWS or POLECAT name an organisation rather than a person."""

_INTERGOVERNMENTAL = re.compile(r"\bIGOs?\b|International Government Organi[sz]ation", re.I)
"""ICEWS sectors of intergovernmental bodies (the Shanghai Cooperation Organization)."""


@cache
def cameo_types() -> dict[str, str]:
    """CAMEO actor type codes and their kinds (``data/event_mappings/cameo_actor_types.csv``).

    Examples
    --------
    >>> cameo_types()["MIL"], cameo_types()["REB"]
    ('government', 'armed_group')
    """
    import pandas as pd

    from ..base.data_files import data_path

    table = pd.read_csv(
        data_path("event_mappings/cameo_actor_types.csv"), dtype=str, keep_default_na=False
    )
    return dict(zip(table["code"], table["kind"], strict=True))


def by_cameo_code(actor: str, country: str, role: str, actors: str = "code") -> str:
    """The kind of an actor named by CAMEO codes, or of a coarse id (``actors``
    ``"country"`` or ``"country+role"``) of any source.

    The role's first code decides (``GOV`` government, ``MIL`` government, ``REB``
    armed group, ``IGO`` organisation, ...); a bare country code is a state, a region
    code a region.

    Examples
    --------
    >>> by_cameo_code("SYRGOV", "SYR", "GOV"), by_cameo_code("SYR", "SYR", "")
    ('government', 'state')
    >>> by_cameo_code("SYR+Police", "SYR", "Police", actors="country+role")
    'government'
    """
    types = cameo_types()
    first_role = role.split(",")[0].strip() if actors != "country" else ""
    if first_role in types:
        return types[first_role]
    if types.get(country) == "region" or types.get(actor) == "region":
        return "region"
    if not first_role and (actor == country or actors == "country"):
        return "state"
    if actors == "country+role" and first_role:
        return by_keywords(first_role, "organisation")
    return "state" if actor == country else "organisation"


def by_name(actor: str, country: str, role: str) -> str:
    """The kind of an actor named in words with a country and sectors (ICEWS): a name
    equal to its country is a state, a plain name without a parenthesised country a
    person, otherwise the sectors decide.

    Examples
    --------
    >>> by_name("Police (India)", "India", "Police")
    'government'
    >>> by_name("Kim Yong-chol", "North Korea", "Government")
    'person'
    >>> by_name("Shanghai Cooperation Organization", "", "International Government Organization")
    'organisation'
    """
    if actor == country:
        return "state"
    if "(" not in actor and not actor.isupper() and not _ORGANISATION.search(actor):
        return "person"
    if _INTERGOVERNMENTAL.search(role):
        return "organisation"  # "International Government Organization" is no government
    return by_keywords(role or actor, "organisation")


def by_keywords(text: str, default: str) -> str:
    """``armed_group`` or ``government`` if ``text`` says so, else ``default``.

    Examples
    --------
    >>> by_keywords("Rebel group", "organisation"), by_keywords("Sports club", "organisation")
    ('armed_group', 'organisation')
    """
    for pattern, kind in _KEYWORDS:
        if pattern.search(text):
            return kind
    return default
