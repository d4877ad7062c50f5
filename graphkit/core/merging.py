"""Graphs from several sources merged into one graph, actors joined by id and by links.

This is the mechanics of :func:`~graphkit.combine`, which works out the links from the
reference table of countries; here the links are given as data (for each graph, actor
id -> reference id), so this module needs no table.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import asdict, fields

import networkx as nx

from ..base.errors import DataError, Problem
from .vocabulary import ActorKind, RelationType, Vocabulary, vocabulary_of

__all__ = ["OWN_NODE_ATTRIBUTES", "check_links", "graph_labels", "merge_graphs"]

OWN_NODE_ATTRIBUTES = ("name", "aliases", "reference_id", "source_ids", "dataset", "conflicts")
"""Node attributes a merge sets by a rule of its own (see :func:`merge_graphs`); every
other attribute takes the first value that is not empty."""

_SEPARATOR = "|"


def graph_labels(graphs: Sequence[nx.MultiDiGraph]) -> list[str]:
    """The label of each graph in a merge: its ``name``, else ``graph{i}`` (its position),
    made unique by ``-2``, ``-3``, ... in graph order.

    Examples
    --------
    >>> import networkx as nx
    >>> graph_labels([nx.MultiDiGraph(name="a"), nx.MultiDiGraph(), nx.MultiDiGraph(name="a")])
    ['a', 'graph1', 'a-2']
    """
    labels: list[str] = []
    taken: set[str] = set()
    for position, G in enumerate(graphs):
        name = G.graph.get("name")
        base = str(name) if name not in (None, "") else f"graph{position}"
        label, number = base, 2
        while label in taken:
            label, number = f"{base}-{number}", number + 1
        labels.append(label)
        taken.add(label)
    return labels


def check_links(
    graphs: Sequence[nx.MultiDiGraph],
    links: Sequence[Mapping[Hashable, str]],
    labels: Sequence[str],
) -> list[Problem]:
    """The problems of the links of each graph: an actor that is not in its graph, and
    two actors of one graph linked to one reference id (which would merge them)."""
    problems: list[Problem] = []
    for G, graph_links, label in zip(graphs, links, labels, strict=True):
        where = f"links of graph {label!r}"
        by_reference: dict[str, list[Hashable]] = {}
        for actor, reference in graph_links.items():
            if actor not in G:
                problems.append(
                    Problem(where, None, "id", None, str(actor), f"an actor of graph {label!r}")
                )
            by_reference.setdefault(reference, []).append(actor)
        for reference, actors in by_reference.items():
            if len(actors) > 1:
                problems.append(
                    Problem(
                        where,
                        None,
                        "reference_id",
                        None,
                        reference,
                        f"one actor of graph {label!r} per reference id, not "
                        f"{len(actors)} ({', '.join(repr(str(a)) for a in actors)}): "
                        "merging them would hide that the graph holds them apart; "
                        "link one, or merge them in the graph first",
                    )
                )
    return problems


def merge_graphs(
    graphs: Sequence[nx.MultiDiGraph],
    links: Sequence[Mapping[Hashable, str]],
    *,
    name: str | None = None,
    title: str | None = None,
) -> nx.MultiDiGraph:
    """Merge graphs into one: an actor is one node in every graph where it has the same id
    or is linked to the same reference id.

    Parameters
    ----------
    graphs : sequence of networkx.MultiDiGraph
        The graphs, in order: the first graph that has an actor gives its id and name.
    links : sequence of mappings
        One per graph: actor id -> reference id, for the links to merge on.
    name, title : str, optional
        Of the merged graph; by default the graphs' labels joined by ``+`` and their
        titles by `` + ``.

    Returns
    -------
    networkx.MultiDiGraph
        See :func:`~graphkit.combine`, which documents every rule.

    Raises
    ------
    DataError
        Listing every problem: links naming actors not in their graph, two actors of one
        graph linked to one reference id, two actors of one graph that ids and links
        would merge, a merged actor linked to two reference ids, and relation types or
        actor kinds defined differently in two graphs.

    Examples
    --------
    >>> import networkx as nx
    >>> a = nx.MultiDiGraph(name="a")
    >>> a.add_edge("turkey", "hts", key="backs", relation="backs")
    'backs'
    >>> b = nx.MultiDiGraph(name="b")
    >>> b.add_edge("TUR", "USA", key="consults", relation="consults")
    'consults'
    >>> G = merge_graphs([a, b], [{"turkey": "TUR"}, {"TUR": "TUR"}])
    >>> list(G), G.nodes["turkey"]["source_ids"]
    (['turkey', 'hts', 'USA'], 'a:turkey|b:TUR')
    """
    labels = graph_labels(graphs)
    link_problems = check_links(graphs, links, labels)
    vocabulary, problems = _merged_vocabulary(graphs, labels)
    if link_problems:  # the groups of wrong links would only repeat these problems
        raise DataError(link_problems + problems)
    groups, group_problems = _groups(graphs, links, labels)
    if problems or group_problems:
        raise DataError(group_problems + problems)
    if title is None:
        titles = (
            str(G.graph.get("title") or label) for G, label in zip(graphs, labels, strict=True)
        )
        title = " + ".join(titles)
    merged = nx.MultiDiGraph(
        name=name if name is not None else "+".join(labels),
        title=title,
        documents=_documents(graphs),
        **vocabulary.to_graph_attributes(),
        datasets=_datasets(graphs, labels),
    )
    node_of: dict[tuple[int, Hashable], Hashable] = {}
    for members, reference in groups:
        node = members[0][1]
        for member in members:
            node_of[member] = node
        merged.add_node(node, **_node_attributes(graphs, labels, members, reference))
    _add_edges(merged, graphs, labels, node_of)
    return merged


def _groups(
    graphs: Sequence[nx.MultiDiGraph],
    links: Sequence[Mapping[Hashable, str]],
    labels: Sequence[str],
) -> tuple[list[tuple[list[tuple[int, Hashable]], str | None]], list[Problem]]:
    """The actors of all graphs in groups (union-find): same id or same reference id.

    Each group lists its members, (graph position, id), in order of appearance (graph by
    graph, each graph's node order), and its reference id; groups come in the order of
    their first member.
    """
    members = [(position, node) for position, G in enumerate(graphs) for node in G]
    parent = list(range(len(members)))

    def find(item: int) -> int:
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(one: int, other: int) -> None:
        a, b = find(one), find(other)
        if a != b:
            parent[max(a, b)] = min(a, b)  # the earliest member stays the root

    first_with_id: dict[Hashable, int] = {}
    first_with_reference: dict[str, int] = {}
    for index, (position, node) in enumerate(members):
        union(index, first_with_id.setdefault(node, index))
        reference = links[position].get(node)
        if reference is not None:
            union(index, first_with_reference.setdefault(reference, index))
    grouped: dict[int, list[int]] = {}
    for index in range(len(members)):
        grouped.setdefault(find(index), []).append(index)
    groups: list[tuple[list[tuple[int, Hashable]], str | None]] = []
    problems: list[Problem] = []
    for root in sorted(grouped):
        group = [members[i] for i in grouped[root]]
        references = {
            links[position][node]: (position, node)
            for position, node in group
            if links[position].get(node) is not None
        }

        def described(member: tuple[int, Hashable]) -> str:
            position, node = member
            reference = links[position].get(node)
            linked = f" (linked to {reference})" if reference is not None else ""
            return f"{labels[position]}:{node}{linked}"

        together = ", ".join(described(m) for m in group)
        if len(references) > 1:
            problems.append(
                Problem(
                    "combine",
                    None,
                    None,
                    None,
                    str(group[0][1]),
                    f"one reference id per actor, but ids and links make one actor of "
                    f"{together}: give these actors different ids or correct the links",
                )
            )
        per_graph: dict[int, list[Hashable]] = {}
        for position, node in group:
            per_graph.setdefault(position, []).append(node)
        for position, nodes in per_graph.items():
            if len(nodes) > 1:
                problems.append(
                    Problem(
                        f"graph {labels[position]!r}",
                        None,
                        None,
                        None,
                        ", ".join(str(n) for n in nodes),
                        f"actors of one graph kept apart, but ids and links make one actor "
                        f"of {together}",
                    )
                )
        groups.append((group, next(iter(references), None)))
    return groups, problems


def _empty(value: object) -> bool:
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in ("NAType", "NaTType")


def _same(one: object, other: object) -> bool:
    try:
        return bool(one == other)
    except (TypeError, ValueError):  # arrays and other values without one truth value
        return one is other


def _parts(value: object) -> list[str]:
    if not isinstance(value, str):
        return [] if _empty(value) else [str(value)]
    return [part for part in value.split(_SEPARATOR) if part]


def _plain(value: object) -> object:
    """A value as JSON holds it: NumPy numbers as Python numbers, anything else as text."""
    item = getattr(value, "item", None)
    return item() if callable(item) else str(value)


def _node_attributes(
    graphs: Sequence[nx.MultiDiGraph],
    labels: Sequence[str],
    members: list[tuple[int, Hashable]],
    reference: str | None,
) -> dict:
    node = members[0][1]
    rows = [
        (labels[position], member, graphs[position].nodes[member]) for position, member in members
    ]
    source_ids = list(
        dict.fromkeys(
            part
            for label, member, data in rows
            for part in (_parts(data.get("source_ids")) or [f"{label}:{member}"])
        )
    )
    attributes: dict = {}
    conflicts: dict[str, dict[str, object]] = {}
    for _label, _member, data in rows:
        for attribute, listed in _conflicts_of(data).items():
            conflicts.setdefault(attribute, {}).update(listed)
    seen: dict[str, None] = {}
    for _, _, data in rows:
        seen.update(dict.fromkeys(data))
    if reference is not None:
        seen.setdefault("reference_id", None)
    for attribute in seen:
        if attribute in ("aliases", "source_ids", "dataset", "conflicts"):
            continue
        values = [
            (source_id, data.get(attribute))
            for source_id, (_, _, data) in zip(_member_ids(rows), rows, strict=True)
            if not _empty(data.get(attribute))
        ]
        if attribute == "reference_id" and reference is not None:
            values.insert(0, ("link", reference))
        if not values:
            continue
        attributes[attribute] = values[0][1]
        if attribute == "name":
            continue  # the other names become aliases
        if any(not _same(values[0][1], value) for _, value in values[1:]):
            conflicts.setdefault(attribute, {}).update({s: _plain(v) for s, v in values})
    attributes["aliases"] = _aliases(rows, attributes.get("name"), node)
    if not attributes["aliases"]:
        del attributes["aliases"]
    attributes["source_ids"] = _SEPARATOR.join(source_ids)
    attributes["dataset"] = _SEPARATOR.join(
        dict.fromkeys(
            part for label, _, data in rows for part in (_parts(data.get("dataset")) or [label])
        )
    )
    if conflicts:
        attributes["conflicts"] = json.dumps(
            {a: conflicts[a] for a in sorted(conflicts)}, ensure_ascii=False, default=_plain
        )
    return attributes


def _member_ids(rows: list[tuple[str, Hashable, dict]]) -> list[str]:
    return [f"{label}:{member}" for label, member, _ in rows]


def _conflicts_of(data: Mapping) -> dict[str, dict[str, object]]:
    """The conflicts an actor already lists (a graph that was combined before)."""
    text = data.get("conflicts")
    if not isinstance(text, str):
        return {}
    try:
        listed = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(listed, dict):
        return {}
    return {str(a): dict(v) for a, v in listed.items() if isinstance(v, dict)}


def _aliases(rows: list[tuple[str, Hashable, dict]], name: object, node: Hashable) -> str:
    """The first actor's aliases, then every other actor's name, id and aliases, each
    once: an id unless it is there as written, a name or alias unless it is there up to
    letter case."""
    ordered: list[str] = []
    folded: set[str] = {name.casefold()} if isinstance(name, str) else set()

    def add(text: str, *, exact: bool) -> None:
        text = text.strip()
        if not text or text == name or text in ordered:
            return
        if exact or text.casefold() not in folded:
            ordered.append(text)
            folded.add(text.casefold())

    for _, member, data in rows:
        for alias in _parts(data.get("aliases")):
            add(alias, exact=False)
        other_name = data.get("name")
        if isinstance(other_name, str):
            add(other_name, exact=False)
        if member != node:
            add(str(member), exact=True)
    return _SEPARATOR.join(ordered)


def _add_edges(
    merged: nx.MultiDiGraph,
    graphs: Sequence[nx.MultiDiGraph],
    labels: Sequence[str],
    node_of: Mapping[tuple[int, Hashable], Hashable],
) -> None:
    """Every relation of every graph, graph by graph in each graph's edge order, between
    the merged actors; its key kept where the merged pair has it free, else the next free
    ``relation-2``, ``relation-3``, ... (as :func:`~graphkit.build_graph` numbers them)."""
    next_number: dict[tuple[Hashable, Hashable, str], int] = {}
    edges = []
    used: dict[tuple[Hashable, Hashable], set] = {}
    for position, G in enumerate(graphs):
        label = labels[position]
        for source, target, key, data in G.edges(keys=True, data=True):
            u, v = node_of[(position, source)], node_of[(position, target)]
            keys = used.setdefault((u, v), set())
            if key in keys:
                relation = data.get("relation")
                base = relation if isinstance(relation, str) else str(key)
                number = next_number.get((u, v, base), 2)
                while f"{base}-{number}" in keys:
                    number += 1
                next_number[(u, v, base)] = number + 1
                key = f"{base}-{number}"
            keys.add(key)
            attributes = dict(data)
            if _empty(attributes.get("dataset")):
                attributes["dataset"] = label
            edges.append((u, v, key, attributes))
    merged.add_edges_from(edges)


def _documents(graphs: Sequence[nx.MultiDiGraph]) -> str:
    documents: dict[str, None] = {}
    for G in graphs:
        text = G.graph.get("documents")
        if isinstance(text, str):
            documents.update(dict.fromkeys(d for d in text.split("\n") if d))
    return "\n".join(documents)


def _datasets(graphs: Sequence[nx.MultiDiGraph], labels: Sequence[str]) -> str:
    """Each graph's label and graph attributes (but the vocabulary and documents, which
    the merged graph holds merged), as JSON text."""
    merged_here = ("relation_types", "actor_kinds", "documents")
    rows = [
        {"dataset": label, **{k: v for k, v in G.graph.items() if k not in merged_here}}
        for G, label in zip(graphs, labels, strict=True)
    ]
    return json.dumps(rows, ensure_ascii=False, default=_plain)


def _merged_vocabulary(
    graphs: Sequence[nx.MultiDiGraph], labels: Sequence[str]
) -> tuple[Vocabulary, list[Problem]]:
    """The union of the graphs' vocabularies, in order of first definition, and a problem
    for each relation type or actor kind two graphs define differently."""
    relations: dict[str, tuple[RelationType, str]] = {}
    kinds: dict[str, tuple[ActorKind, str]] = {}
    problems: list[Problem] = []
    for G, label in zip(graphs, labels, strict=True):
        vocabulary = vocabulary_of(G)
        for relation in vocabulary._relations.values():
            first = relations.setdefault(relation.name, (relation, label))
            if first[0] != relation:
                problems.append(_definition_problem("relation type", *first, relation, label))
        for kind in vocabulary._kinds.values():
            first_kind = kinds.setdefault(kind.name, (kind, label))
            if first_kind[0] != kind:
                problems.append(_definition_problem("actor kind", *first_kind, kind, label))
    merged = Vocabulary._of(
        {n: r for n, (r, _) in relations.items()}, {n: k for n, (k, _) in kinds.items()}
    )
    return merged, problems


def _definition_problem(
    what: str,
    first: RelationType | ActorKind,
    first_label: str,
    other: RelationType | ActorKind,
    label: str,
) -> Problem:
    one, two = asdict(first), asdict(other)
    differing = [f.name for f in fields(first) if one[f.name] != two[f.name]]

    def shown(values: dict) -> str:
        return ", ".join(f"{f}={values[f]!r}" for f in differing)

    return Problem(
        f"graphs {first_label!r} and {label!r}",
        None,
        None,
        None,
        first.name,
        f"one definition of the {what} {first.name!r}, but graph {first_label!r} has "
        f"{shown(one)} and graph {label!r} has {shown(two)}: build both graphs with "
        "one vocabulary (build_graph(..., vocabulary=...))",
    )
