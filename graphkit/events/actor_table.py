"""The actors of event data: a name, a kind and a country for every actor id, with counts.

The ids are :func:`~graphkit.aggregate_events`' (:mod:`graphkit.events.actor_ids`):
states, regions and international bodies by the reference table's id, a country's role
as ``SYR+GOV``, persons and named groups by their names. :func:`event_actors` names them
from the reference table ("Syria", "Syria: government") and the CAMEO actor types, and
named actors by the name the rows most often give them; it keeps the rows' own strings
(``raw_names``) and the counts an analyst needs, including self-dyads (events where an
actor acts on itself: domestic events, which are not relations).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from ..datasets.reference import COUNTRY_KINDS, KIND_OF_ACTOR
from .actor_ids import ACTOR_IDS, KEY_COLUMNS, actor_identities, identified
from .actor_kinds import by_cameo_code
from .actor_rules import cameo_roles, reference_table
from .sources import event_source

__all__ = ["RAW_NAMES", "event_actors", "kind_of"]

RAW_NAMES = 10
"""How many of an actor's raw names (most frequent first) ``raw_names`` lists; the
events keep them all."""

_ISO3 = re.compile(r"^[A-Z]{3}$")


def kind_of(
    actor: str,
    *,
    dataset: str,
    country: str | None = None,
    role: str | None = None,
    actors: str = "code",
) -> str:
    """The actor kind a raw event actor most likely is, from its code, role and name.

    With ``actors="code"`` the source's own rule decides (its record's
    :attr:`ActorRule.kind <graphkit.events.sources.ActorRule>`): CAMEO (GDELT): the
    role code (``GOV`` government, ``MIL`` government, ``REB`` armed group, ``IGO``
    organisation, ... from ``data/event_mappings/cameo_actor_types.csv``); a bare
    country code is a state and a region code a region. ICEWS and POLECAT: a name equal
    to its country is a state, a plain name without a parenthesised country a person,
    otherwise the sectors decide. UCDP: ``Government of ...`` is a government,
    civilians an organisation, any other side an armed group. ACLED: the actor type
    (``State forces``, ``Rebel group``, ...). Coarser ids (``"country"``,
    ``"country+role"``) follow the CAMEO rule whatever the source.

    :func:`event_actors` uses it for the actors that are neither a row of the reference
    table nor a country's role (persons, named groups).

    Examples
    --------
    >>> kind_of("SYRGOV", dataset="gdelt2", country="SYR", role="GOV")
    'government'
    >>> kind_of("SYR", dataset="gdelt2", country="SYR")
    'state'
    >>> kind_of("Police (India)", dataset="icews", country="India", role="Police")
    'government'
    >>> kind_of("Kim Yong-chol", dataset="icews", country="North Korea", role="Government")
    'person'
    """
    if actors == "code":
        return event_source(dataset).actors.kind(actor, country or "", role or "")
    return by_cameo_code(actor, country or "", role or "", actors)


def event_actors(
    events: Any,
    *,
    actors: str = "code",
    relations: pd.DataFrame | None = None,
    keep_generic: bool = False,
) -> pd.DataFrame:
    """The actors table for the ids of :func:`~graphkit.aggregate_events`.

    Parameters
    ----------
    events : ibis.Table
        Canonical events, as given to :func:`~graphkit.aggregate_events`.
    actors : {"code", "country", "country+role"}, default "code"
        The same actor ids as the aggregation.
    relations : pandas.DataFrame, optional
        Aggregated relations: when given, only the actors they name are kept (the
        others acted only on themselves or with no counterpart).
    keep_generic : bool, default False
        Also list generic actors (roles without a country), as the aggregation does
        with the same option.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, sorted by id:

        * ``name``: a state, region or international body's name in the reference
          table (:func:`~graphkit.countries`: "Lebanon", never "BEIRUT"); a country's
          role "Syria: government" (role names from
          ``data/event_mappings/cameo_actor_types.csv``); any other actor the name its
          rows most often give it (title-cased where the source writes capitals:
          "Taliban"). Where several ids share a name, all but the shortest add their
          id.
        * ``kind``: the reference row's kind (``state``, ``region``,
          ``organisation``), the role's (``government``, ``armed_group``, ...), else
          :func:`kind_of`.
        * ``country``: the ISO alpha-3 id of the actor's country (the reference
          table's), missing for regions, international bodies and actors of no known
          country.
        * ``role``: the actor's CAMEO role code (``GOV``), if any.
        * ``description``: the source and the raw code or name the actor is most often
          written as.
        * ``raw_names``: the names the rows give the actor as written (GDELT's
          ``Actor1Name``, ICEWS's ``Source Name``, ...), most frequent first,
          ``|``-separated, at most :data:`RAW_NAMES`.
        * the counts ``events_as_source``, ``events_as_target``, ``self_events``
          (events where the actor acts on itself: not relations, kept here),
          ``self_goldstein`` (their Goldstein sum), and ``dataset``.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> table = gk.event_actors(ev)
    >>> table.loc[["USA", "EU", "RUS+GOV"], ["name", "kind", "country", "role"]]
                                name          kind country role
    id
    USA                United States         state     USA  NaN
    EU                European Union  organisation     NaN  NaN
    RUS+GOV      Russia: government    government     RUS  GOV
    >>> table.loc["RUS+GOV", "raw_names"]
    'VLADIMIR PUTIN'
    """
    import ibis

    if actors not in ACTOR_IDS:
        raise ValueError(f"actors must be one of {', '.join(ACTOR_IDS)}, got {actors!r}")
    identities = actor_identities(events)
    ev = identified(events, identities, actors=actors, keep_generic=keep_generic)
    own = (ev._source_id == ev._target_id).fill_null(False)
    sides = []
    for side, is_source in (("source", 1), ("target", 0)):
        sides.append(
            ev.select(
                id=ev[f"_{side}_id"],
                dataset=ev.dataset,
                raw=ev[side],
                country=ev[f"{side}_country"],
                role=ev[f"{side}_role"],
                group=ev[f"{side}_group"],
                name=ev[f"{side}_name"],
                as_source=ibis.literal(is_source, type="int64"),
                own=ibis.ifelse(own & (is_source == 1), 1, 0),
                goldstein=ibis.ifelse(own & (is_source == 1), ev.goldstein, 0.0),
            )
        )
    both = sides[0].union(sides[1])
    both = both.filter(both.id.notnull())
    counts = (
        both.group_by("id")
        .agg(
            events_as_source=both.as_source.sum(),
            events_as_target=(1 - both.as_source).sum(),
            self_events=both.own.sum(),
            self_goldstein=both.goldstein.sum(),
        )
        .to_pyarrow()
        .to_pandas()
    )
    described = (
        both.group_by(["id", *KEY_COLUMNS, "name"]).agg(n=both.count()).to_pyarrow().to_pandas()
    )
    table = _described(described, identities, actors).merge(counts, on="id", how="right")
    # an actor counted once as source and once as target of its own events
    table["events_as_target"] -= table["self_events"]
    if relations is not None:
        named = set(relations["source"]) | set(relations["target"])
        table = table[table["id"].isin(named)]
    table = table.sort_values("id", kind="stable").set_index("id")
    # Several ids under one name: the shortest id keeps the plain name, the others get
    # their id after it.
    order = table.assign(_length=table.index.str.len()).sort_values(
        ["name", "_length"], kind="stable"
    )
    plain = order.drop_duplicates("name").index
    shared = table["name"].duplicated(keep=False) & ~table.index.isin(plain)
    table.loc[shared, "name"] = table.loc[shared, "name"] + " (" + table.index[shared] + ")"
    table["self_goldstein"] = table["self_goldstein"].astype(float).round(6)
    columns = [
        "name",
        "kind",
        "country",
        "role",
        "description",
        "raw_names",
        "events_as_source",
        "events_as_target",
        "self_events",
        "self_goldstein",
        "dataset",
    ]
    return table[columns]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _described(described: pd.DataFrame, identities: pd.DataFrame, actors: str) -> pd.DataFrame:
    """Per id: its name, kind, country, role, description and raw names, from the raw
    actors it gathers (``described``: one row per id, raw actor and name with its
    count) and who they are (``identities``).

    Everything but the naming is grouped table-wide (a few thousand ids cost a few
    grouped sorts, not a loop of them); each id's most frequent raw actor (ties: the
    smaller raw text, name, dataset) speaks for it.
    """
    columns = ["id", "name", "kind", "country", "role", "description", "raw_names", "dataset"]
    if described.empty:
        return pd.DataFrame(columns=columns)
    keys = list(KEY_COLUMNS)
    frame = described.astype(object).where(described.notna(), None)
    who = identities[[*keys, "status", "place", "role_code", "name", "kind"]].rename(
        columns={"name": "rule_name", "kind": "rule_kind"}
    )
    fill = {k: "" for k in keys}
    frame = frame.fillna(fill).merge(who.fillna(fill), on=keys, how="left")
    frame = frame.sort_values(
        ["id", "n", "raw", "name", "dataset"],
        ascending=[True, False, True, True, True],
        kind="stable",
        na_position="last",
    )
    best = frame.drop_duplicates("id").set_index("id")
    datasets = _most_frequent(frame, "dataset").groupby("id").first()
    names = _most_frequent(frame[frame["name"].fillna("") != ""], "name")
    raw_names = names.groupby("id").head(RAW_NAMES).groupby("id")["name"].agg(list)
    written = _most_frequent(frame[frame["raw"] != ""], "raw").groupby("id")["raw"].agg(list)
    rows = []
    for actor, row in best.iterrows():
        dataset = datasets.loc[actor, "dataset"]
        listed = raw_names.get(actor, [])
        place = _text(row["place"])
        name, kind, country = _who(actor, place, row, event_source(dataset).actors, listed)
        head, _, tail = actor.partition("+")
        if tail and head == place:
            role = tail
        elif actors == "code":
            role = _text(row["role_code"])
        else:
            role = None
        raw = _text(row["raw"]) or actor
        detail = ", ".join(x for x in (_text(row["country"]), _text(row["role"])) if x and x != raw)
        description = f"{event_source(row['dataset']).title} actor {raw}"
        description += f" ({detail})" if detail else ""
        others = [w for w in written.get(actor, []) if w != raw]
        if others:
            more = f" and {len(others) - 3:,} more" if len(others) > 3 else ""
            description += f"; also {', '.join(others[:3])}{more}"
        rows.append(
            {
                "id": actor,
                "name": name,
                "kind": kind,
                "country": country,
                "role": role,
                "description": description,
                "raw_names": "|".join(listed) or None,
                "dataset": dataset,
            }
        )
    return pd.DataFrame(rows, columns=columns)


def _most_frequent(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per id, the values of ``column`` with their summed counts, most frequent first
    (ties: the smaller value)."""
    counts = frame.groupby(["id", column], sort=False)["n"].sum().reset_index()
    return counts.sort_values(["id", "n", column], ascending=[True, False, True], kind="stable")


def _who(
    actor: str, place: str | None, best: pd.Series, rule: Any, raw_names: list[str]
) -> tuple[str, str, str | None]:
    """An id's name, kind and country: from the reference table and the CAMEO roles
    where the id is a row or a country's role, else from its rule and rows."""
    table = reference_table()
    roles = cameo_roles()
    country = place if place in table.index and table.loc[place, "kind"] in COUNTRY_KINDS else None
    if country is None and place is not None and place not in table.index and _ISO3.match(place):
        country = place  # a source's own code the table lacks (made-up data)
    if actor in table.index:
        row = table.loc[actor]
        own = actor if row["kind"] in COUNTRY_KINDS else None
        return row["name"], KIND_OF_ACTOR[row["kind"]], own
    head, _, tail = actor.partition("+")
    if tail and tail in roles and head == place:
        where = table.loc[head, "name"] if head in table.index else head
        return f"{where}: {roles[tail][0]}", roles[tail][1], country
    if actor == place:  # a country code the table lacks, as the id of "country"
        return actor, "state", country
    name = _text(best["rule_name"])
    if name is None:
        name = raw_names[0] if raw_names else actor
        if rule.title_case and name.isupper():
            name = name.title()
    kind = _text(best["rule_kind"]) or rule.kind(
        _text(best["raw"]) or actor, _text(best["country"]) or "", _text(best["role"]) or ""
    )
    return name, kind, country
