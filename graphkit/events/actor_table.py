"""The actors of event data: a name, a kind and a country for every actor id, with counts.

Event sources name actors by code (GDELT ``SYRGOV``), by name with a country and
sectors (ICEWS ``Police (India)``) or by name alone (UCDP, ACLED). :func:`event_actors`
gives each id the name it is most often reported under, a kind of the vocabulary
inferred from its role, and the counts an analyst needs, including its self-dyads
(events where an actor acts on itself: domestic events, which are not relations).
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .actor_kinds import by_cameo_code
from .cell_expression import ACTOR_IDS, actor_id
from .sources import event_source

__all__ = ["event_actors", "kind_of"]

_ISO3 = re.compile(r"^[A-Z]{3}$")


def kind_of(
    actor: str,
    *,
    dataset: str,
    country: str | None = None,
    role: str | None = None,
    actors: str = "code",
) -> str:
    """The actor kind an event actor most likely is, from its code, role and name.

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
    events: Any, *, actors: str = "code", relations: pd.DataFrame | None = None
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

    Returns
    -------
    pandas.DataFrame
        Indexed by ``id``, sorted by id: ``name`` (the name the actor is most often
        reported under; where several ids share it, all but the shortest add their id;
        the id if there is no name), ``kind`` (see :func:`kind_of`), ``country``
        (ISO alpha-3 where the source gives one), ``description``, and the counts
        ``events_as_source``, ``events_as_target``, ``self_events`` (events where the
        actor acts on itself: not relations, kept here), ``self_goldstein`` (their
        Goldstein sum) and ``dataset``.

    Examples
    --------
    >>> import graphkit as gk
    >>> from graphkit.datasets import data_path
    >>> ev = gk.read_events(data_path("samples/gdelt2_sample.tsv"), format="gdelt2")
    >>> table = gk.event_actors(ev)
    >>> table.loc["USA", ["name", "kind", "country"]].tolist()
    ['UNITED STATES', 'state', 'USA']
    >>> table.loc["IGOEUREEC", ["name", "kind"]].tolist()
    ['THE EU', 'organisation']
    """
    import ibis

    if actors not in ACTOR_IDS:
        raise ValueError(f"actors must be one of {', '.join(ACTOR_IDS)}, got {actors!r}")
    source = actor_id(events, "source", actors)
    target = actor_id(events, "target", actors)
    own = (source == target).fill_null(False)
    sides = []
    for side, side_id, is_source in (("source", source, 1), ("target", target, 0)):
        sides.append(
            events.select(
                id=side_id,
                raw=events[side],
                name=events[f"{side}_name"],
                country=events[f"{side}_country"],
                role=events[f"{side}_role"],
                dataset=events.dataset,
                as_source=ibis.literal(is_source, type="int64"),
                own=ibis.ifelse(own & (is_source == 1), 1, 0),
                goldstein=ibis.ifelse(own & (is_source == 1), events.goldstein, 0.0),
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
        both.group_by(["id", "raw", "name", "country", "role", "dataset"])
        .agg(n=both.count())
        .to_pyarrow()
        .to_pandas()
    )
    table = _choose(described, actors).merge(counts, on="id", how="right")
    # an actor counted once as source and once as target of its own events
    table["events_as_target"] -= table["self_events"]
    if relations is not None:
        named = set(relations["source"]) | set(relations["target"])
        table = table[table["id"].isin(named)]
    table = table.sort_values("id", kind="stable").set_index("id")
    # Several ids reported under one name (USA, USAGOV: "UNITED STATES"): the shortest id
    # keeps the plain name, the others get their id after it.
    order = table.assign(_length=table.index.str.len()).sort_values(["name", "_length"])
    plain = order.drop_duplicates("name").index
    shared = table["name"].duplicated(keep=False) & ~table.index.isin(plain)
    table.loc[shared, "name"] = table.loc[shared, "name"] + " (" + table.index[shared] + ")"
    table["self_goldstein"] = table["self_goldstein"].astype(float).round(6)
    columns = [
        "name",
        "kind",
        "country",
        "description",
        "events_as_source",
        "events_as_target",
        "self_events",
        "self_goldstein",
        "dataset",
    ]
    return table[columns]


def _choose(described: pd.DataFrame, actors: str) -> pd.DataFrame:
    """Per id, the most frequent description; the raw code equal to the id first."""
    frame = described.copy()
    frame["exact"] = (frame["raw"] == frame["id"]).astype(int)
    frame = frame.sort_values(
        ["id", "exact", "n", "name", "raw"],
        ascending=[True, False, False, True, True],
        na_position="last",
        kind="stable",
    )
    best = frame.drop_duplicates("id").copy()
    rows = []
    for row in best.itertuples(index=False):
        name = row.name if isinstance(row.name, str) and row.name else row.id
        country = row.country if isinstance(row.country, str) else ""
        role = row.role if isinstance(row.role, str) else ""
        kind = kind_of(row.id, dataset=row.dataset, country=country, role=role, actors=actors)
        title = event_source(row.dataset).title
        detail = ", ".join(x for x in (country, role) if x and x != (row.raw or row.id))
        rows.append(
            {
                "id": row.id,
                "name": name,
                "kind": kind,
                "country": country if _ISO3.match(country) and kind != "region" else None,
                "description": f"{title} actor {row.raw or row.id}"
                + (f" ({detail})" if detail else ""),
                "dataset": row.dataset,
            }
        )
    return pd.DataFrame(rows, columns=["id", "name", "kind", "country", "description", "dataset"])
