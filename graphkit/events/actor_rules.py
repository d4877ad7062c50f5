"""Who an event actor is: the rules that turn a source's raw actor strings into ids.

Event sources name one actor many ways: GDELT by CAMEO codes (``SYRGOV``), ICEWS by
names with a country and sectors (``Police (India)``), UCDP and ACLED by names
(``Government of Syria``, ``Military Forces of Syria (2000-)``). A source's record
names an ``identify`` rule (:attr:`ActorRule.identify
<graphkit.events.sources.ActorRule>`) that reads the distinct raw descriptions of its
actors and says, for each, what it is (:data:`IDENTITY_COLUMNS`):

* a row of the reference table (:func:`~graphkit.countries`): a state, a region or an
  international body, whose id is the table's (``SYR``, ``AFR``, ``UN``);
* a role of a country: ``SYR+GOV``, the country's id and a CAMEO actor type
  (``data/event_mappings/cameo_actor_types.csv``), named "Syria: government";
* a named actor (a person, a party, an armed group, a known group), whose id is its
  name as the source writes it, with the country it belongs to when known;
* a **generic** role with no country (``BUS``, ``MED``, ``Civilians (International)``):
  not an actor unless asked for;
* **missing** (``""``, ``NA``, ``N/A``, ``None``: :data:`MISSING`) or a **placeholder**
  (:func:`placeholder`: UCDP's ``XXX700`` and ``Check dyad``, an HDX tag row's
  ``#group+name``, ICEWS's ``Unspecified Actor``): never an actor.

The rules shared by several sources live here; a source's own rule lives in its
module. Every rule works on distinct values, a few hundred or thousand, never on rows:
the engine joins its answer to the events (:mod:`graphkit.events.actor_ids`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from functools import cache
from typing import Any

import pandas as pd

from ..datasets.reference import COUNTRY_KINDS, KIND_OF_ACTOR, label_key, resolve_countries

__all__ = [
    "IDENTITY_COLUMNS",
    "MISSING",
    "STATUSES",
    "Who",
    "actor_roles",
    "cameo_roles",
    "identify_verbatim",
    "missing",
    "placeholder",
    "reference_ids",
    "reference_row",
    "reference_table",
    "role_name",
    "role_of",
    "role_of_sectors",
]

STATUSES = ("actor", "generic", "missing", "placeholder")
"""What a raw actor is: an actor, a generic role without a country (an actor only with
``keep_generic=True``), a missing value, or a placeholder (never an actor)."""

IDENTITY_COLUMNS = ("status", "id", "place", "role", "name", "kind")
"""What an ``identify`` rule says of each raw actor: its status (:data:`STATUSES`), its
id under ``actors="code"``, the reference id of the country or region it belongs to
(``place``), its CAMEO role code, and its name and kind where the rule knows them (else
missing: the most frequent name the rows give it, the kind the source's kind rule
gives)."""

MISSING = frozenset({"", "na", "n/a", "#n/a", "none", "null", "nan"})
"""Values that mean "no value" in an actor field, compared without case or surrounding
spaces: R writes ``NA``, spreadsheets ``#N/A``, Python ``None``, databases ``NULL``."""

_PLACEHOLDER_WORDS = frozenset({"check dyad", "unspecified actor", "unknown", "unknown actor"})
_PLACEHOLDER = re.compile(
    r"""^(?:
        \#[a-z][a-z0-9_]*(?:\s*\+\s*[a-z0-9_]+)*   # an HXL tag: #group+name+first
        | xxx[0-9]*                                  # UCDP's unknown actor: XXX700
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def missing(value: object) -> bool:
    """Whether an actor field holds no value (None, NaN or one of :data:`MISSING`).

    Examples
    --------
    >>> [missing(v) for v in ("NA", " n/a ", "None", "", None, "Namibia")]
    [True, True, True, True, True, False]
    """
    if not isinstance(value, str):
        return True
    return value.strip().casefold() in MISSING


def placeholder(value: object) -> bool:
    """Whether an actor field holds a placeholder, a value that stands for no actor:
    an HXL tag (the second header row of HDX exports, ``#group+name+first``), UCDP's
    codes for an unknown side (``XXX700``) and its ``Check dyad``, ICEWS's
    ``Unspecified Actor``, ``Unknown``.

    Examples
    --------
    >>> [placeholder(v) for v in ("#group+name+first", "XXX700", "Check dyad", "TLF")]
    [True, True, True, False]
    """
    if not isinstance(value, str):
        return False
    text = value.strip()
    return bool(_PLACEHOLDER.match(text)) or text.casefold() in _PLACEHOLDER_WORDS


class Who(dict):
    """One answer of an ``identify`` rule: a dict of :data:`IDENTITY_COLUMNS`.

    Examples
    --------
    >>> Who.reference("SYR")["name"], Who.of_role("SYR", "GOV")["id"]
    ('Syria', 'SYR+GOV')
    >>> Who.named("Kim Yong-chol", "PRK", "GOV")["status"], Who.none("NA")["status"]
    ('actor', 'missing')
    """

    @classmethod
    def make(
        cls,
        status: str,
        id: str | None = None,
        place: str | None = None,
        role: str | None = None,
        name: str | None = None,
        kind: str | None = None,
    ) -> Who:
        return cls(status=status, id=id, place=place, role=role, name=name, kind=kind)

    @classmethod
    def none(cls, raw: object) -> Who:
        """A missing value or a placeholder."""
        return cls.make("placeholder" if placeholder(raw) else "missing")

    @classmethod
    def reference(cls, entity: str) -> Who:
        """A row of the reference table: a state, region or international body."""
        row = reference_row(entity)
        kind = row["kind"]
        place = entity if kind in COUNTRY_KINDS or kind == "region" else None
        return cls.make("actor", entity, place, None, row["name"], KIND_OF_ACTOR[kind])

    @classmethod
    def of_role(cls, place: str, role: str) -> Who:
        """A role of a country or region: ``SYR+GOV``, "Syria: government"."""
        name = f"{reference_row(place)['name']}: {role_name(role)}"
        return cls.make("actor", f"{place}+{role}", place, role, name, cameo_roles()[role][1])

    @classmethod
    def named(
        cls, raw: str, place: str | None, role: str | None = None, kind: str | None = None
    ) -> Who:
        """An actor the source names (a person, a party, an armed group): its name is
        its id."""
        return cls.make("actor", raw, place, role, None, kind)

    @classmethod
    def generic(cls, raw: str, role: str | None) -> Who:
        """A role with no country (``BUS``): an actor only with ``keep_generic=True``,
        named as the rows name it."""
        kind = cameo_roles()[role][1] if role else None
        return cls.make("generic", raw, None, role, None, kind)


@cache
def reference_table() -> pd.DataFrame:
    """The reference table (:func:`~graphkit.countries`), read once for the rules."""
    from ..datasets.reference import countries

    return countries()


def reference_row(entity: str) -> Mapping[str, Any]:
    """A row of the reference table (:func:`~graphkit.countries`) by its id, as a
    mapping of column to value (KeyError for an id the table lacks)."""
    return _reference_rows()[entity]


@cache
def _reference_rows() -> dict[str, dict[str, Any]]:
    """Every row of the reference table by id: a dictionary look-up per raw actor,
    where ``DataFrame.loc`` costs a quarter of a millisecond each."""
    table = reference_table()
    return dict(zip(table.index, table.to_dict("records"), strict=True))


_NAME_FIELDS = frozenset(
    {"name", "official_name", "aliases", "icews_name", "ucdp_name", "acled_name"}
)
"""Columns whose labels name the entity itself: not a demonym ("Syrian" may be a person
or the army) nor a capital ("Moscow" may be the city)."""


def reference_ids(
    values: Iterable[Hashable] | pd.Series,
    by: str,
    *,
    names_only: bool = True,
    kinds: Iterable[str] | None = None,
) -> list[str | None]:
    """The reference id of each value (:func:`~graphkit.resolve_countries`), None where
    it names no row, several rows, or (``names_only``, labels) matches only a demonym
    or capital; ``kinds`` keeps only rows of those kinds.

    A label written inverted with a comma (``"Palestinian Territory, Occupied"``,
    ``"Korea, Republic of"``) is also tried the right way round.

    Examples
    --------
    >>> reference_ids(["Russian Federation", "Kremlin", "Palestinian Territory, Occupied"],
    ...               by="label")
    ['RUS', None, 'PSE']
    >>> reference_ids(["SYR", "UNO", "ZAR", "BUS"], by="code")
    ['SYR', 'UN', 'COD', None]
    """
    values = list(values)
    found = resolve_countries(values, by=by)
    ids = found["id"].tolist()
    fields = found["field"].tolist()
    allowed = None if kinds is None else frozenset(kinds)
    table = reference_table()
    out: list[str | None] = []
    retry: dict[int, str] = {}
    for i, (value, entity, field) in enumerate(zip(values, ids, fields, strict=True)):
        good = isinstance(entity, str) and not (
            by == "label" and names_only and field not in _NAME_FIELDS
        )
        if good and allowed is not None and table.loc[entity, "kind"] not in allowed:
            good = False
        out.append(entity if good else None)
        if not good and by == "label" and isinstance(value, str) and value.count(",") == 1:
            first, second = value.split(",")
            retry[i] = f"{second.strip()} {first.strip()}"
    if retry:
        again = reference_ids(list(retry.values()), by, names_only=names_only, kinds=kinds)
        for i, entity in zip(retry, again, strict=True):
            out[i] = entity
    return out


@cache
def cameo_roles() -> dict[str, tuple[str, str]]:
    """The CAMEO actor types that are roles, ``{code: (label, kind)}``
    (``data/event_mappings/cameo_actor_types.csv`` without its region codes).

    Examples
    --------
    >>> cameo_roles()["GOV"], cameo_roles()["CVL"]
    (('government', 'government'), ('civilians', 'organisation'))
    """
    from ..base.data_files import data_path

    table = pd.read_csv(
        data_path("event_mappings/cameo_actor_types.csv"), dtype=str, keep_default_na=False
    )
    roles = table[table["kind"] != "region"]
    return {
        code: (label, kind)
        for code, label, kind in zip(roles["code"], roles["label"], roles["kind"], strict=True)
    }


def role_name(role: str) -> str:
    """A CAMEO role's name (``"GOV"`` -> ``"government"``)."""
    return cameo_roles()[role][0]


@cache
def actor_roles() -> dict[str, tuple[int, str]]:
    """Words sources use for a role, ``{label_key(label): (priority, CAMEO role)}``
    (``data/event_mappings/actor_roles.csv``: ICEWS sectors, ACLED's generic actors and
    actor types; the file's order is the priority, most specific first).

    Examples
    --------
    >>> actor_roles()["police"], actor_roles()["social"][1]
    ((0, 'COP'), 'CVL')
    """
    from ..base.data_files import data_path

    table = pd.read_csv(
        data_path("event_mappings/actor_roles.csv"), dtype=str, keep_default_na=False
    )
    roles: dict[str, tuple[int, str]] = {}
    for priority, (label, role) in enumerate(zip(table["label"], table["role"], strict=True)):
        roles.setdefault(label_key(label), (priority, role))
    return roles


def role_of(label: object) -> str | None:
    """The CAMEO role a source's word for a role names (``"Protesters"`` -> ``OPP``),
    or a CAMEO role code itself (``"GOV"``); None for anything else.

    Examples
    --------
    >>> role_of("Protesters"), role_of("GOV"), role_of("Testland Liberation Front")
    ('OPP', 'GOV', None)
    """
    if not isinstance(label, str):
        return None
    text = label.strip()
    if text.upper() in cameo_roles() and len(text) == 3:
        return text.upper()
    found = actor_roles().get(label_key(text))
    return found[1] if found else None


def role_of_sectors(sectors: object) -> str | None:
    """The role of a comma-separated list of sectors (ICEWS ``Source Sectors``): the
    most specific role any of them names (police before government before civilians).

    Examples
    --------
    >>> role_of_sectors("Government,Police"), role_of_sectors("Business,Social")
    ('COP', 'BUS')
    >>> role_of_sectors("Ideological,Center Right") is None
    True
    """
    if not isinstance(sectors, str):
        return None
    known = actor_roles()
    found = [known[k] for k in (label_key(s) for s in sectors.split(",")) if k in known]
    return min(found)[1] if found else None


def identify_verbatim(
    kind: Callable[[str, str, str], str],
) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """The rule of a source that declares none: ids as written, the country as written,
    the first of a comma-separated role; only missing values and placeholders are
    not actors."""

    def identify(frame: pd.DataFrame) -> pd.DataFrame:
        rows = []
        for raw, country, role in zip(frame["raw"], frame["country"], frame["role"], strict=True):
            if missing(raw) or placeholder(raw):
                rows.append(Who.none(raw))
                continue
            first = role.split(",")[0].strip() if isinstance(role, str) else ""
            where = None if missing(country) else country
            rows.append(Who.make("actor", raw, where, first or None, None, None))
        return answers(rows, frame.index)

    return identify


def answers(rows: list[Who] | list[dict[str, Any]], index: pd.Index) -> pd.DataFrame:
    """An ``identify`` rule's answers as the frame it returns."""
    return pd.DataFrame(list(rows), columns=list(IDENTITY_COLUMNS), index=index, dtype=object)
