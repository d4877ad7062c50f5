"""Actor ids in the engine: who each event's actors are, joined from a small table.

:func:`actor_identities` asks the engine for the distinct raw actors of the events (both
sides, per dataset: the id as written, country, role and known group), a few hundred or
thousand rows however many events there are, and lets each source's ``identify`` rule
(:mod:`graphkit.events.actor_rules`) say who each one is. :func:`identified` joins that
table back to the events in the engine (DuckDB, Spark, BigQuery; an Ibis memtable), so
no Python runs per event: the ids of ``actors="code"``, ``"country"`` and
``"country+role"``, each side's status (an actor, generic, missing, a placeholder) and
the country or region it belongs to become columns the aggregation groups by.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from .actor_rules import STATUSES
from .canonical import distinct_actors
from .sources import event_source

__all__ = [
    "ACTOR_IDS",
    "ID_COLUMNS",
    "KEY_COLUMNS",
    "actor_identities",
    "actor_numbers",
    "identified",
    "identities_of",
    "join_keys",
    "resolve_country_filter",
]

ACTOR_IDS = ("code", "country", "country+role")
"""How events name actors: who each actor is (``SYR``, ``SYR+GOV``, ``UN``, a person's
name), the country it belongs to (``SYR``), or that country and its role
(``SYR+GOV``)."""

ID_COLUMNS = {"code": "code_id", "country": "country_id", "country+role": "role_id"}
"""The column of :func:`actor_identities` that holds the ids of each ``actors`` rule."""

KEY_COLUMNS = ("dataset", "raw", "country", "role", "group")
"""What identifies a raw actor: its dataset and the canonical columns of its side (the
id as written, its country, role and known group)."""

_SIDE_COLUMNS = {"raw": "", "country": "_country", "role": "_role", "group": "_group"}


def actor_identities(events: Any) -> pd.DataFrame:
    """Who each distinct raw actor of ``events`` is: one row per dataset and raw actor
    (:data:`KEY_COLUMNS`), both sides together.

    Returns
    -------
    pandas.DataFrame
        :data:`KEY_COLUMNS`, the answer of the dataset's ``identify`` rule
        (:data:`~graphkit.events.actor_rules.IDENTITY_COLUMNS`), and the id of each
        ``actors`` rule (:data:`ID_COLUMNS`): ``code_id`` the rule's id,
        ``country_id`` the country or region the actor belongs to (the actor itself
        where it has none: an international body, a person of no known country),
        ``role_id`` that country and the actor's role (``SYR+GOV``). Ids are missing
        for missing values and placeholders. Sorted by the keys.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> table = actor_identities(ev).set_index("raw")
    >>> table.loc[["RUSGOV", "IGOEUREEC", "BUS"], ["status", "code_id", "country_id"]]
                status  code_id country_id
    raw
    RUSGOV       actor  RUS+GOV        RUS
    IGOEUREEC    actor       EU         EU
    BUS        generic      BUS        BUS
    """
    origin = getattr(events, "_raw", None)  # events read_events gave, as they were
    sides = []
    for side in ("source", "target"):
        actors = (
            events  # or converted after a distinct over the raw columns
            if origin is None
            else distinct_actors(origin[0], events.format, side, clean=origin[1])
        )
        sides.append(
            actors.select(
                dataset=actors.dataset,
                **{key: actors[f"{side}{suffix}"] for key, suffix in _SIDE_COLUMNS.items()},
            )
        )
    raw = sides[0].union(sides[1], distinct=True).to_pyarrow().to_pandas()
    return identities_of(raw)


def identities_of(raw: pd.DataFrame) -> pd.DataFrame:
    """:func:`actor_identities` of raw actors already gathered: a frame of
    :data:`KEY_COLUMNS`, one row per distinct raw actor (from any engine, or written
    by hand)."""
    raw = raw[list(KEY_COLUMNS)].drop_duplicates()
    raw = raw.astype(object).where(raw.notna(), None)
    frames = []
    for dataset, frame in raw.groupby("dataset", sort=True, dropna=False):
        if not isinstance(dataset, str):
            continue  # no dataset: not canonical events of a registered source
        rule = event_source(dataset).actors
        frame = frame.reset_index(drop=True)
        answer = rule.identities(frame[["raw", "country", "role", "group"]])
        frames.append(pd.concat([frame, answer], axis=1))
    columns = [*KEY_COLUMNS, "status", "id", "place", "role_code", "name", "kind"]
    if not frames:
        return pd.DataFrame(columns=[*columns, *ID_COLUMNS.values()], dtype=object)
    table = pd.concat(frames, ignore_index=True)
    table.columns = [*KEY_COLUMNS, "status", "id", "place", "role_code", "name", "kind"]
    has_id = table["id"].notna()
    place, role = table["place"], table["role_code"]
    table["code_id"] = table["id"]
    table["country_id"] = place.where(place.notna() & has_id, table["id"])
    with_role = place.notna() & role.notna() & has_id
    table["role_id"] = (place.astype(str) + "+" + role.astype(str)).where(
        with_role, table["country_id"]
    )
    order = table[list(KEY_COLUMNS)].fillna("").sort_values(list(KEY_COLUMNS), kind="stable")
    table = table.loc[order.index].reset_index(drop=True).astype(object)
    return table.where(table.notna(), None)


def actor_numbers(identities: pd.DataFrame, actors: str) -> list[str]:
    """The ids of the ``actors`` rule in ``identities``, sorted by code point: an actor's
    number in the engine (``_source_number``, ``_target_number`` of :func:`identified`)
    is its id's position here.

    Numbers keep the order of the ids (comparing two numbers compares their ids as SQL
    and Python compare text), and the engine groups and compares small integers far
    faster than text.

    Examples
    --------
    >>> frame = pd.DataFrame({"code_id": ["SYR+GOV", "SYR", None, "SYR"]})
    >>> actor_numbers(frame, "code")
    ['SYR', 'SYR+GOV']
    """
    column = ID_COLUMNS[actors]
    return sorted({i for i in identities[column] if isinstance(i, str)})


_ACTOR, _GENERIC = STATUSES.index("actor"), STATUSES.index("generic")


def identified(
    events: Any, identities: pd.DataFrame, *, actors: str, keep_generic: bool = False
) -> Any:
    """``events`` with who their actors are, joined in the engine from ``identities``
    (:func:`actor_identities`).

    Adds, for each side (``source``, ``target``): ``_source_id`` (the id under the
    ``actors`` rule; NULL for a missing value, a placeholder or, unless
    ``keep_generic``, a generic role), ``_source_status`` (``actor``, ``generic``,
    ``missing`` or ``placeholder``; a kept generic role is an ``actor``) and
    ``_source_place`` (the reference id of its country or region),
    ``_source_number`` (the id's position in :func:`actor_numbers`, NULL where the id
    is) and ``_source_state``, the status as its position in
    :data:`~graphkit.events.actor_rules.STATUSES` (what the engine compares: a small
    integer, not text).
    """
    import ibis
    import pyarrow as pa

    column = ID_COLUMNS[actors]
    keys = join_keys(identities, column)
    frame = identities[[*keys, "status", column, "place"]].rename(columns={column: "id"})
    if len(keys) > 1:  # NULL keys join as "": raw text is never empty (text())
        frame = frame.fillna({key: "" for key in keys})
    else:  # one row per raw id; a missing raw id joins nothing and is "missing"
        frame = frame[frame["raw"].notna()].drop_duplicates("raw")
    frame = frame.astype({c: "string" for c in frame.columns})
    position = {actor: n for n, actor in enumerate(actor_numbers(identities, actors))}
    numbers = pa.array([position.get(i) for i in frame["id"].tolist()], pa.int32())
    states = [STATUSES.index(s) for s in frame["status"].tolist()]
    if keep_generic:  # a kept generic role is an actor
        states = [_ACTOR if s == _GENERIC else s for s in states]
    # from Arrow: Ibis's pandas conversion reads an option pandas 3 deprecates
    table = ibis.memtable(
        pa.Table.from_pandas(frame, preserve_index=False)
        .cast(pa.schema([(c, pa.string()) for c in frame.columns]))
        .append_column("number", numbers)
        .append_column("state", pa.array(states, pa.int8()))
    )
    out = events
    for side in ("source", "target"):
        prefix = f"_{side}_"
        right = table.rename({f"{prefix}{c}": c for c in table.columns})
        values = {
            "dataset": out.dataset,
            **{key: out[f"{side}{suffix}"] for key, suffix in _SIDE_COLUMNS.items()},
        }
        predicates = [
            (values[key] if len(keys) == 1 else values[key].fill_null(""))
            == right[f"{prefix}{key}"]
            for key in keys
        ]
        joined = out.left_join(right, predicates)
        status = joined[f"{prefix}status"].fill_null("missing")
        if keep_generic:
            status = ibis.ifelse(status == "generic", "actor", status)
        state = joined[f"{prefix}state"].fill_null(STATUSES.index("missing"))
        is_actor = state == _ACTOR
        joined = joined.mutate(
            **{
                f"{prefix}status": status,
                f"{prefix}state": state,
                f"{prefix}id": ibis.ifelse(is_actor, joined[f"{prefix}id"], ibis.null("string")),
                f"{prefix}number": ibis.ifelse(
                    is_actor, joined[f"{prefix}number"], ibis.null("int32")
                ),
            }
        )
        out = joined.drop(*(f"{prefix}{key}" for key in keys))
    return out


def join_keys(identities: pd.DataFrame, column: str) -> list[str]:
    """The columns the events are joined to ``identities`` on, for the ids of
    ``column``: every key of :data:`KEY_COLUMNS`, or only the raw id where it decides
    the answer alone (one dataset, and each raw id one status, id and place whatever its
    country, role and group: GDELT's codes, which hold their country and type).

    Both joins give the same ids; one text column is a cheaper join than five.

    Examples
    --------
    >>> frame = pd.DataFrame({"dataset": ["gdelt2", "gdelt2"], "raw": ["SYR", "SYRGOV"],
    ...     "country": ["SYR", "SYR"], "role": [None, "GOV"], "group": [None, None],
    ...     "status": ["actor", "actor"], "code_id": ["SYR", "SYR+GOV"],
    ...     "place": ["SYR", "SYR"]})
    >>> join_keys(frame, "code_id")
    ['raw']
    >>> join_keys(pd.concat([frame, frame.assign(country="TUR", place="TUR")]), "code_id")
    ['dataset', 'raw', 'country', 'role', 'group']
    """
    if identities["dataset"].nunique(dropna=False) > 1:
        return list(KEY_COLUMNS)
    answers = identities[["raw", "status", column, "place"]].fillna("\x00")
    answers = answers.drop_duplicates()
    return ["raw"] if answers["raw"].is_unique else list(KEY_COLUMNS)


def resolve_country_filter(countries: Iterable[str] | str) -> list[str]:
    """The reference ids a ``countries=`` filter names, sorted: ids or codes (``SYR``,
    ``ROM``) or names (``Syria``); a ValueError lists every value that names no row.

    Examples
    --------
    >>> resolve_country_filter(["SYR", "Turkey", "ROM"])
    ['ROU', 'SYR', 'TUR']
    """
    from .actor_rules import reference_ids

    wanted = [countries] if isinstance(countries, str) else list(countries)
    by_code = reference_ids(wanted, "code")
    by_label = reference_ids(wanted, "label")
    ids = [c or n for c, n in zip(by_code, by_label, strict=True)]
    unknown = [repr(v) for v, i in zip(wanted, ids, strict=True) if i is None]
    if unknown:
        raise ValueError(
            f"countries: {', '.join(unknown)} name no country of the reference table "
            "(gk.countries()); give ISO alpha-3 ids such as 'SYR', codes or names"
        )
    return sorted(dict.fromkeys(i for i in ids if i is not None))
