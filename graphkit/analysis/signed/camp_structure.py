"""Camps that say what they mean: their names, their conflicts, and who is placed how.

The solvers (:mod:`.frustration_solver` for two camps, a local search for more) return a
bare partition of the actors with signed ties. This module turns it into the camp table
of :func:`graphkit.camp_table`, by the rules below; :func:`graphkit.camps`,
:func:`graphkit.balance`, :func:`graphkit.camps_over_time` and :func:`graphkit.annotate`
all name camps through it.

**Components.** A *component* is a connected component of the signed graph (actors
linked by chains of signed pairs). Camps of different components are unrelated: never
opposed, whatever their number.

**Names.** An actor's *signed weight* is the total weight of its signed pairs (the
absolute net weight of each, as :func:`graphkit.signed_graph` computes it; with
``weight=None``, its number of signed pairs). A camp's label is the id of its *most
central member*: the member with the largest signed weight, ties broken by the smaller id
in sorted order (:func:`~graphkit.core.ordering.sorted_ids`). A component is named the same
way (so it bears the name of one of its camps). Labels are strings (``str(id)``).

**Opposition.** A camp *opposes* the camps of its component to which it has at least one
negative pair and a net tie (the sum of ``sign * weight`` over the pairs between them)
that is not positive. With two camps per component that is the other camp of its
component (at an optimum, the pairs between the two camps never net positive); a
component with one camp, such as one with no negative tie, opposes no one.

**Inferred members.** An actor with no signed camp takes one through its ``leads`` and
``member_of`` relations (``infer_through``): in a directed graph, the source of such a
relation (the leader, the member) takes the camp of its target (the organisation); in an
undirected graph, either end takes the camp of the other. Chains are followed outward in
rounds: first the actors tied to an actor with a signed camp, then those tied to these,
and so on; so a deputy who is a member of a wing of a militia takes the militia's camp
through the wing. At each round an actor looks only at the relations that reach a placed
actor, prefers those still in force (no ``end``) to ended ones, and among ended ones the
latest ended; if the actors they reach are all in one camp it joins that camp
(``basis="inferred"``, ``inferred_from`` naming them), otherwise it is left without a camp
(``inferred_from`` names the actors in conflict) and is not placed in later rounds.

**Against both.** An actor's *net tie* to a camp is the sum of ``sign * weight`` over its
pairs with the camp's other members. An actor is *against both* when its net tie to its
own camp is negative and so is its net tie to another camp of its component: with two
camps, hostile to both sides, though the partition had to place it in one.
``frustrated_share`` is the share of its signed weight that the partition frustrates
(positive pairs across camps, negative pairs within one).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ...core.dates import last_day
from ...core.ordering import sorted_ids

__all__ = [
    "CAMP_COLUMNS",
    "INFER_THROUGH",
    "CampSummary",
    "Partition",
    "Ranking",
    "camp_legend",
    "describe",
    "infer",
    "partition",
]

INFER_THROUGH = ("leads", "member_of")
"""Relation types through which an actor without a signed camp takes one."""

CAMP_COLUMNS = {
    "name": "the actor's display name",
    "camp": "label of its camp: the id of the camp's most central member ('' if none)",
    "camp_name": "display name of that member",
    "component": "label of its signed component, named the same way ('' if no camp)",
    "opposes": "label(s) of the camp(s) its camp faces inside its component, '|'-joined",
    "basis": "'signed', 'inferred' (through leads, member_of) or ''",
    "inferred_from": "the actor(s) whose camp it took, or that conflict, '|'-joined",
    "against_both": "net hostile to its own camp and to another camp of its component",
    "frustrated_share": "share of its signed weight frustrated by the camps (NaN if none)",
    "signed_weight": "total weight of its signed pairs: the centrality that names camps",
}
"""The columns of the camp table, in order, and what each one is."""


class Ranking:
    """Actors ordered by centrality: the largest signed weight first, then sorted ids.

    Signed weights are summed exactly (:func:`math.fsum`) and rounded to 9 decimals, so
    the order does not depend on the order of the pairs.
    """

    def __init__(self, S: nx.Graph, ids: Iterable[Hashable]):
        sums: dict = defaultdict(list)
        for u, v, w in S.edges(data="weight"):
            sums[u].append(w)
            sums[v].append(w)
        self.weight = {n: round(math.fsum(ws), 9) for n, ws in sums.items()}
        self.position = {n: i for i, n in enumerate(sorted_ids(ids))}
        self._key = {n: (-self.weight.get(n, 0.0), i) for n, i in self.position.items()}

    def key(self, actor: Hashable) -> tuple[float, int]:
        return self._key[actor]

    def top(self, actors: Iterable[Hashable]) -> Hashable:
        """The most central of ``actors``."""
        return min(actors, key=self.key)


@dataclass(frozen=True)
class Partition:
    """Signed camps before they are named.

    Attributes
    ----------
    camps : list of list
        The signed members of each camp; a camp lies inside one component.
    component : list of int
        The component of each camp (an index into ``components``).
    components : list of list
        The members of each component.
    camp_of : dict
        Actor -> index of its camp.
    """

    camps: list
    component: list
    components: list
    camp_of: dict


def partition(S: nx.Graph, groups: Mapping, ranking: Ranking) -> Partition:
    """Split the solver's groups (actor -> side or cluster, for every actor with a signed
    pair) by connected component of the signed graph: a camp never spans two components.
    Components and camps are listed by their most central member."""
    placed = [n for n in S if n in groups]
    components = [sorted(c, key=ranking.key) for c in nx.connected_components(S.subgraph(placed))]
    components.sort(key=lambda c: ranking.key(c[0]))
    camps: list[list] = []
    component: list[int] = []
    camp_of: dict = {}
    for c, members in enumerate(components):
        by_group: dict = {}
        for n in members:  # most central first, so each group's first member is its top
            by_group.setdefault(groups[n], []).append(n)
        for group in sorted(by_group.values(), key=lambda g: ranking.key(g[0])):
            for n in group:
                camp_of[n] = len(camps)
            camps.append(group)
            component.append(c)
    return Partition(camps, component, components, camp_of)


def _end_key(u, v, d: dict) -> tuple[int, dt.date]:
    """Relations in force (no end) first, then the latest ended."""
    end = d.get("end")
    if end is None or end == "" or (isinstance(end, float) and end != end):
        return (1, dt.date.max)
    try:
        return (0, last_day(end))
    except ValueError:
        raise ValueError(
            f"edge ({u!r}, {v!r}) has an 'end' that is not a date "
            f"(YYYY, YYYY-MM or YYYY-MM-DD): {end!r}"
        ) from None


def infer(
    G: nx.Graph,
    camp_of: Mapping,
    *,
    through: Iterable[str] = INFER_THROUGH,
    include_places: bool = False,
) -> tuple[dict, dict]:
    """Camps taken through structural relations (see the module's rule).

    Returns
    -------
    inferred : dict
        Actor -> (camp, actors it took the camp from, sorted), for the actors placed.
    conflicts : dict
        Actor -> the actors in different camps it is tied to, for those left unplaced.
    """
    through = set(through)
    if not through:
        return {}, {}
    directed = G.is_directed()
    out: dict = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if u == v or d.get("relation") not in through:
            continue
        key = _end_key(u, v, d)
        out[u].append((v, key))
        if not directed:
            out[v].append((u, key))
    camp = dict(camp_of)
    eligible = [
        n
        for n in sorted_ids(out)
        if n not in camp and (include_places or not G.nodes[n].get("place", False))
    ]
    inferred: dict = {}
    conflicts: dict = {}
    while True:
        found = {}
        for actor in eligible:
            if actor in camp or actor in conflicts:
                continue
            ties = [(t, key) for t, key in out[actor] if t in camp]
            if not ties:
                continue
            best = max(key for _, key in ties)
            sources = tuple(sorted_ids({t for t, key in ties if key == best}))
            reached = {camp[t] for t in sources}
            if len(reached) == 1:
                found[actor] = (reached.pop(), sources)
            else:
                conflicts[actor] = sources
        if not found:
            return inferred, conflicts
        for actor, (c, sources) in found.items():
            camp[actor] = c
            inferred[actor] = (c, sources)


@dataclass(frozen=True)
class CampSummary:
    """Named camps: the camp table, the labels and the camps in their documented order.

    Attributes
    ----------
    table : pandas.DataFrame
        The camp table (columns :data:`CAMP_COLUMNS`), one row per actor of the graph.
    camps : dict
        Actor -> camp label, for every actor with a camp (signed or inferred).
    signed : dict
        Actor -> camp label, for the actors with a signed camp.
    legend : list of dict
        One per camp: ``label``, ``component``, ``opposes`` (``|``-joined), ``size``
        (members, inferred ones included) and ``name`` (of the label actor); by component
        (largest first, then label), then by size (largest first), then label.
    """

    table: pd.DataFrame
    camps: dict
    signed: dict
    legend: list


def _name(G: nx.Graph, actor) -> str:
    name = G.nodes[actor].get("name") if actor in G else None
    return str(name) if name is not None and name == name and name != "" else str(actor)


def _against_both(camp: int, ties: dict, part: Partition) -> bool:
    """Net hostile to its own camp and to another camp of its component, given the
    actor's ``ties`` (camp -> ``sign * weight`` of its pairs with that camp's members)."""

    def hostile(c: int) -> bool:
        return math.fsum(ties.get(c, [])) < 0

    return hostile(camp) and any(
        hostile(c) for c in ties if c != camp and part.component[c] == part.component[camp]
    )


def describe(
    G: nx.Graph,
    S: nx.Graph,
    part: Partition,
    ranking: Ranking,
    *,
    infer_through: Iterable[str] = INFER_THROUGH,
    include_places: bool = False,
) -> CampSummary:
    """Name the camps of ``part`` and build the camp table (rules in the module's text).

    ``S`` is the signed projection the partition was found on (pairs with ``sign`` and
    ``weight``); ``G`` is the graph whose actors get rows and whose structural relations
    place actors without a signed camp.
    """
    camps, component = part.camps, part.component
    label = [ranking.top(members) for members in camps]
    component_label = [members[0] for members in part.components]
    inferred, conflicts = infer(
        G, part.camp_of, through=infer_through, include_places=include_places
    )
    camp_of = dict(part.camp_of)
    camp_of.update({actor: c for actor, (c, _) in inferred.items()})
    extra: dict = defaultdict(list)
    for actor, (c, _) in inferred.items():
        extra[c].append(actor)
    size = [len(members) + len(extra[c]) for c, members in enumerate(camps)]
    component_size = [0] * len(part.components)
    for c, s in enumerate(size):
        component_size[component[c]] += s

    total: dict = defaultdict(list)
    frustrated: dict = defaultdict(list)
    tie_to: dict = defaultdict(lambda: defaultdict(list))  # actor -> camp -> sign * weight
    between: dict = defaultdict(list)
    negative_between: set = set()
    for u, v, d in S.edges(data=True):
        cu, cv = part.camp_of[u], part.camp_of[v]
        w, negative = d["weight"], d["sign"] < 0
        for actor in (u, v):
            total[actor].append(w)
            if (cu == cv) == negative:
                frustrated[actor].append(w)
        tie_to[u][cv].append(d["sign"] * w)
        tie_to[v][cu].append(d["sign"] * w)
        if cu != cv:
            key = (min(cu, cv), max(cu, cv))
            between[key].append(d["sign"] * w)
            if negative:
                negative_between.add(key)

    def camp_order(c: int) -> tuple:
        k = component[c]
        return (
            -component_size[k],
            ranking.position[component_label[k]],
            -size[c],
            ranking.position[label[c]],
        )

    order = sorted(range(len(camps)), key=camp_order)
    rank = {c: i for i, c in enumerate(order)}
    faced: dict = defaultdict(list)  # camps of one component with a negative pair, net <= 0
    for a, b in negative_between:
        if math.fsum(between[a, b]) <= 0:
            faced[a].append(b)
            faced[b].append(a)
    opposes = {c: [str(label[o]) for o in sorted(faced[c], key=rank.__getitem__)] for c in order}

    rows, index = [], []
    for c in order:
        members = [*camps[c], *sorted(extra[c], key=ranking.key)]
        for actor in members:
            signed = actor in part.camp_of
            weight = math.fsum(total[actor])
            rows.append(
                {
                    "name": _name(G, actor),
                    "camp": str(label[c]),
                    "camp_name": _name(G, label[c]),
                    "component": str(component_label[component[c]]),
                    "opposes": "|".join(opposes[c]),
                    "basis": "signed" if signed else "inferred",
                    "inferred_from": "" if signed else "|".join(map(str, inferred[actor][1])),
                    "against_both": signed and _against_both(c, tie_to[actor], part),
                    "frustrated_share": (
                        math.fsum(frustrated[actor]) / weight if weight > 0 else math.nan
                    ),
                    "signed_weight": ranking.weight.get(actor, 0.0),
                }
            )
            index.append(actor)
    for actor in sorted_ids(n for n in G if n not in camp_of):
        rows.append(
            {
                "name": _name(G, actor),
                "camp": "",
                "camp_name": "",
                "component": "",
                "opposes": "",
                "basis": "",
                "inferred_from": "|".join(map(str, conflicts.get(actor, ()))),
                "against_both": False,
                "frustrated_share": math.nan,
                "signed_weight": 0.0,
            }
        )
        index.append(actor)
    table = pd.DataFrame(rows, index=pd.Index(index, name="actor"), columns=list(CAMP_COLUMNS))
    table["against_both"] = table["against_both"].astype(bool)
    table["frustrated_share"] = table["frustrated_share"].astype(float)
    table["signed_weight"] = table["signed_weight"].astype(float)
    return CampSummary(
        table=table,
        camps={actor: str(label[c]) for actor, c in camp_of.items()},
        signed={actor: str(label[c]) for actor, c in part.camp_of.items()},
        legend=camp_legend(table),
    )


def camp_legend(table: pd.DataFrame) -> list[dict]:
    """The camps of a camp table, one dict each (``label``, ``component``, ``opposes``,
    ``size``, ``name``), in the table's order: by component (largest first, then label),
    then by size (largest first), then label."""
    placed = table[table["camp"] != ""]
    legend: dict[str, dict] = {}
    for camp, component, opposes, name in zip(
        placed["camp"], placed["component"], placed["opposes"], placed["camp_name"], strict=True
    ):
        entry = legend.setdefault(
            camp,
            {"label": camp, "component": component, "opposes": opposes, "size": 0, "name": name},
        )
        entry["size"] += 1
    return list(legend.values())
