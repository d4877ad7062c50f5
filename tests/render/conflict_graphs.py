"""Realistic test graphs for the page: the Sudan-size graph (40 actors, 81 dated relations,
illustrative, in ``data/sudan-size``) and a made-up 200-actor graph of several conflicts
with leaders, places, parallel relations and dates. Both are plain graphkit graphs, built
from tables by gk.build_graph; the 200-actor one is the same for the same seed."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

import graphkit as gk

DATA = Path(__file__).parent / "data"


def sudan_size():
    """The illustrative Sudan-size graph: the 2023 war between the army (SAF) and the RSF,
    their leaders, allied militias (one changes sides in October 2024), foreign backers,
    mediators, the United States sanctioning both, and the cities fought over."""
    folder = DATA / "sudan-size"
    return gk.build_graph(
        folder / "actors.csv",
        folder / "relations.csv",
        name="sudan-size",
        title="Sudan-size test graph, 2019-2025 (illustrative)",
    )


_WORDS = [
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Free",
    "Popular",
    "National",
    "Revolutionary",
    "Democratic",
    "United",
    "Islamic",
    "Liberation",
    "Defence",
    "Resistance",
    "Salvation",
    "Justice",
    "Unity",
    "Dawn",
    "Shield",
    "Falcons",
    "Lions",
    "Martyrs",
    "Hills",
    "Valley",
    "River",
    "Desert",
    "Coast",
]
_GROUPS = ("Front", "Brigade", "Movement", "Forces", "Army", "Council", "Alliance", "Party")
_PEOPLE = [
    "Amina",
    "Bashir",
    "Karim",
    "Leila",
    "Omar",
    "Samir",
    "Nadia",
    "Hassan",
    "Yusuf",
    "Fatima",
    "Idris",
    "Rania",
    "Tariq",
    "Salma",
    "Khalid",
    "Mariam",
    "Adel",
    "Huda",
    "Jamal",
    "Zainab",
]
_FAMILIES = [
    "al-Rashid",
    "Haddad",
    "Mansour",
    "Qasim",
    "Nasser",
    "Saleh",
    "Farouk",
    "Hamdan",
    "Darwish",
    "Khoury",
    "Barakat",
    "Aziz",
    "Rahman",
    "Sabri",
    "Taha",
]


def synthetic_conflicts(n: int = 200, seed: int = 0):
    """About ``n`` actors in three conflicts (two camps each, of 45%, 25% and 15% of the
    actors), one network without opposition, and loose actors: groups with long names,
    their leaders (leads), members (member_of), foreign backers, cities and provinces
    taken and held, parallel relations between rivals, dates from 2015 to 2024."""
    rng = np.random.default_rng(seed)
    actors: list[dict] = []
    relations: list[dict] = []
    used: set[str] = set()

    def name_group() -> str:
        while True:
            words = rng.choice(_WORDS, size=int(rng.integers(1, 4)), replace=False)
            text = " ".join(words) + " " + str(rng.choice(_GROUPS))
            if text not in used:
                used.add(text)
                return text

    def name_person() -> str:
        while True:
            text = f"{rng.choice(_PEOPLE)} {rng.choice(_FAMILIES)}"
            if text not in used:
                used.add(text)
                return text

    def actor(kind: str, name: str) -> str:
        key = f"{kind[:3]}{len(actors)}"
        actors.append({"id": key, "name": name, "kind": kind})
        return key

    def relate(a: str, b: str, relation: str, year: int | None = None, end: int | None = None):
        start = "" if year is None else f"{year}-{int(rng.integers(1, 13)):02d}"
        relations.append(
            {
                "source": a,
                "target": b,
                "relation": relation,
                "start": start,
                "end": "" if end is None else str(end),
                "evidence": f"{relation.replace('_', ' ')} reported in {start or 'the record'}",
                "document": f"Synthetic report {len(relations) % 7 + 1}",
            }
        )

    positive = ("backs", "allied_with", "funds", "arms", "favours", "cooperates_with")
    negative = ("fights", "attacks", "opposes", "threatens", "sanctions")
    for share in (0.45, 0.25, 0.15):
        size = int(n * share)
        sides: list[list[str]] = [[], []]
        for k in range(size):
            side = sides[k % 2]
            kind = rng.choice(["armed_group", "armed_group", "organisation", "state", "person"])
            side.append(actor(str(kind), name_person() if kind == "person" else name_group()))
        for side in sides:
            hub = side[0]
            for member in side[1:]:
                heads = [h for h in side[:3] if h != member]
                if actors[_index(actors, member)]["kind"] == "person":
                    relate(member, str(rng.choice(heads)), "leads", int(rng.integers(2015, 2020)))
                else:
                    relate(member, hub, str(rng.choice(positive)), int(rng.integers(2015, 2024)))
            for _ in range(len(side) // 3):
                a, b = rng.choice(side, size=2, replace=False)
                relate(str(a), str(b), str(rng.choice(positive)), int(rng.integers(2015, 2024)))
        rivals = (sides[0][0], sides[1][0])
        for _ in range(5):  # five hostile relations between the two leading groups
            relate(*rivals, str(rng.choice(negative)), int(rng.integers(2016, 2024)))
        for _ in range(max(2, size // 6)):
            a, b = str(rng.choice(sides[0])), str(rng.choice(sides[1]))
            relate(a, b, str(rng.choice(negative)), int(rng.integers(2015, 2024)))
        for _ in range(max(1, size // 12)):
            place = actor(
                str(rng.choice(["city", "city", "province"])), name_group().split()[0] + " City"
            )
            holder, taker = str(rng.choice(sides[0])), str(rng.choice(sides[1]))
            year = int(rng.integers(2016, 2023))
            relate(holder, place, "controls", year - 1, year)
            relate(taker, place, "captures", year)
    network = [actor("organisation", name_group()) for _ in range(int(n * 0.08))]
    for a, b in itertools.pairwise(network):
        relate(a, b, "cooperates_with", int(rng.integers(2015, 2024)))
    while len(actors) < n:
        actor("person", name_person())
        relate(actors[-1]["id"], str(rng.choice(network)), "member_of")
    return gk.build_graph(
        pd.DataFrame(actors),
        pd.DataFrame(relations),
        name=f"synthetic-{n}",
        title=f"Synthetic conflicts, {n} actors",
    )


def annotated(camps: dict, periods: list | None = None, **extra) -> nx.MultiDiGraph:
    """A graph whose actors carry the camp attributes of the contract.

    ``camps`` maps an actor to ``(camp, component, opposes, basis)``; actors named in
    ``extra`` get those further attributes (``{actor: {attribute: value}}``)."""
    G = nx.MultiDiGraph(title="Test")
    for node, (camp, component, opposes, basis) in camps.items():
        G.add_node(
            node,
            name=node.upper(),
            kind="state",
            camp=camp,
            component=component,
            opposes=opposes,
            camp_basis=basis,
            against_both=False,
            frustrated_share=0.0,
        )
    for node, attributes in extra.items():
        G.add_node(node, **attributes)
    if periods is not None:
        G.graph["periods"] = json.dumps(periods)
    return G


def two_unrelated_pairs() -> nx.MultiDiGraph:
    G = annotated(
        {
            "a": ("a", "a", "", "signed"),
            "b": ("a", "a", "", "signed"),
            "c": ("c", "c", "", "signed"),
            "d": ("c", "c", "", "signed"),
        }
    )
    G.add_edge("a", "b", relation="backs", polarity=1, mode="material")
    G.add_edge("c", "d", relation="backs", polarity=1, mode="material")
    return G


def war() -> nx.MultiDiGraph:
    """Army and militia fight; the army's leader sits in its camp by inference; the envoy
    sanctions both; a town belongs to nobody."""
    G = annotated(
        {
            "army": ("army", "army", "militia", "signed"),
            "ally": ("army", "army", "militia", "signed"),
            "militia": ("militia", "army", "army", "signed"),
            "leader": ("army", "army", "militia", "inferred"),
            "envoy": ("militia", "army", "army", "signed"),
        },
        town={"name": "Town", "kind": "city"},
    )
    G.nodes["envoy"]["against_both"] = True
    G.nodes["envoy"]["frustrated_share"] = 0.5
    G.add_edge("army", "militia", relation="fights", polarity=-1, mode="material")
    G.add_edge("ally", "army", relation="backs", polarity=1, mode="material")
    G.add_edge("leader", "army", relation="leads", polarity=0, mode="structural")
    G.add_edge("envoy", "army", relation="sanctions", polarity=-1, mode="material")
    G.add_edge("envoy", "militia", relation="sanctions", polarity=-1, mode="material")
    G.add_edge("militia", "town", relation="captures", polarity=0, mode="territorial")
    return G


def _index(actors: list[dict], key: str) -> int:
    return next(i for i, a in enumerate(actors) if a["id"] == key)
