"""Node positions computed in Python, fast and repeatable, so pages draw without physics."""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Mapping

import igraph
import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

from ..core.projection import relation_polarity

__all__ = ["force_layout", "with_positions"]

_GRID_FROM = 1000
"""From this many nodes on, the grid approximation of Fruchterman-Reingold is used."""
_SPREAD_UNTIL = 500
"""In components of up to this many nodes, nodes too close to each other are pushed apart
afterwards."""
_MINIMUM_GAP = 1.4
"""The distance :func:`_spread` keeps between nodes, where a node's share is 2 x 2."""
_FULL_UNTIL = 20_000
"""Components up to this many nodes get igraph's full 500 iterations; larger ones fewer."""
_LARGE_ITERATIONS = 120
"""Iterations for components above :data:`_FULL_UNTIL` nodes (see :func:`force_layout`)."""
SIGNED_UNTIL = 500
"""Components up to this many nodes with a negative tie get the signed refinement (it
compares every pair of nodes, so its cost grows with the square of the size)."""
_SIGNED_STEPS = 60_000
"""Steps of the signed refinement times the component's size: 300 steps up to 200 nodes,
fewer above (120 at 500), at least 100."""
_ENEMY_REPULSION = 6.0
"""How much harder two actors with a negative tie push each other apart than any two."""
_ENEMY_PULL = 0.3
"""Pull between two actors with a negative tie farther apart than 0.8 of the component's
radius, in proportion to the excess: an actor tied only by enmity stays in view."""
_NEUTRAL_PULL = 0.5
"""Pull of a tie of no sign (structural, territorial, ambivalent) against a positive one."""
_CAMP_PULL = 0.3
"""Pull of each actor towards the middle of its camp, when the actors carry camps."""
_CAMP_PUSH = 0.3
"""Push of each camp away from the middle of its component, when the actors carry camps."""


def force_layout(G: nx.Graph, *, seed: int = 0) -> dict[Hashable, tuple[float, float]]:
    """Signed force-directed positions of the nodes of ``G``, scaled into the square [-1, 1]².

    Each connected component of the undirected simple graph underlying ``G`` (edge
    directions, types and repeats are ignored) is laid out on its own, then the
    components are packed in rows, largest first, scaled by the square root of their
    size, so that a component stays together and isolated actors neither fly off nor
    crowd the main component; the rows are as wide as makes the whole fill a page's
    drawing area best.

    A component is first laid out by igraph's Fruchterman-Reingold algorithm (with its
    grid approximation from 1,000 nodes on). A component of up to :data:`SIGNED_UNTIL`
    (500) nodes with a negative tie is then refined by a signed force model: every two
    actors repel, actors with a positive tie (the sum of ``polarity x weight`` of the
    relations between them is positive) attract, ties of no sign (structural and
    territorial relations, or ambivalent pairs) attract half as much, and actors with a
    negative tie repel each other six times as hard as any two (and pull back weakly when
    farther apart than 0.8 of the component's radius, so no actor is flung off); when the
    actors carry the ``camp`` attribute that :func:`~graphkit.annotate` writes, each is also pulled
    towards the middle of its camp. So allies sit together and the two camps of a
    conflict are pulled apart. A relation's sign is its ``polarity`` (else ``sign``)
    attribute, as in :func:`~graphkit.signed_graph`, and the ties of places (actors with
    ``place=True``) have no sign, as there; nothing is computed but positions.

    It takes about a second for 10,000 nodes and 30,000 edges, where
    :func:`networkx.spring_layout` takes minutes. Components of more than 20,000 nodes get
    120 Fruchterman-Reingold iterations instead of igraph's 500: four times faster
    (about 3 s for 50,000 nodes and 200,000 edges on an idle core), and on such graphs the
    layout hardly improves after that (on a scale-free graph of that size the mean edge
    length is 0.62 of the mean distance between random nodes after 120 iterations, 0.60
    after 500). Force layouts crowd the neighbours of hubs; in components of up to 500
    nodes, nodes nearer each other than about two thirds of a node's share of the square
    are then pushed apart (more sideways than up and down, as labels are wide), so that
    labels have room.

    The same graph (same nodes, edges and attributes, in the same order) and seed give the
    same positions. To keep one layout for every date, compute it once on the whole graph
    and store it on the actors with :func:`with_positions`: the pages of the graph and of
    its snapshots (:func:`~graphkit.snapshot` keeps node attributes) then use it.

    Parameters
    ----------
    G : networkx.Graph
        Any networkx graph (directed or not, multigraph or not).
    seed : int, default 0
        Seed of the random start; the same graph and seed give the same positions.

    Returns
    -------
    dict
        ``{node: (x, y)}`` with floats, centred on 0, the largest coordinate being 1 in
        absolute value (y grows upwards, as in :func:`networkx.spring_layout`), so it
        can be passed to ``networkx.draw`` as ``pos``.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.load_dataset("syria-2024")
    >>> pos = gk.force_layout(G, seed=1)
    >>> pos == gk.force_layout(G, seed=1), len(pos) == len(G)
    (True, True)
    >>> max(abs(c) for xy in pos.values() for c in xy)
    1.0
    """
    nodes = list(G)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    graph = igraph.Graph(n=len(nodes), edges=_simple_pairs(G, nodes))
    components = graph.connected_components()
    small = [i for members in components if 2 < len(members) <= SIGNED_UNTIL for i in members]
    ties = _signed_ties(G, nodes, small)
    camps = _camps(G, nodes) if small else None
    # igraph draws its random numbers from a Python generator; a private, seeded one
    # makes the layout repeatable without touching the global ``random`` state.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        parts = []
        for members in components:
            coords = _component(graph, members)
            if 2 < len(members) <= SIGNED_UNTIL:
                coords = _signed_refined(coords, members, ties, camps, len(nodes))
            if 2 < len(members) <= _SPREAD_UNTIL:
                coords = _spread(coords)
            parts.append((members, coords))
    finally:
        igraph.set_random_number_generator(random)
    coords = _normalised(_packed(parts, len(nodes)))
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, coords, strict=True)}


def with_positions(G: nx.Graph, positions: Mapping | None = None, *, seed: int = 0) -> nx.Graph:
    """A copy of ``G`` whose actors carry their position as the attributes ``x`` and ``y``.

    Pages and pictures (:func:`~graphkit.to_html`, :func:`~graphkit.to_image`,
    :func:`~graphkit.show`) draw an actor at its ``x``, ``y`` when every actor drawn has
    both, so the positions computed here once, over all dates, are kept by every page of
    the graph, of its snapshots (:func:`~graphkit.snapshot` keeps node attributes) and of
    a ``top=`` selection: two dates can be compared side by side.

    Parameters
    ----------
    G : networkx.Graph
        The graph; it is not changed.
    positions : mapping, optional
        ``{actor: (x, y)}`` in any scale (y upwards); :func:`force_layout` of ``G`` with
        ``seed`` by default.
    seed : int, default 0
        Seed of the layout when it is computed.

    Returns
    -------
    networkx.Graph
        A copy of ``G`` (same class) with ``x`` and ``y`` (floats) on every actor.

    Raises
    ------
    ValueError
        If ``positions`` lacks an actor of ``G``.

    Examples
    --------
    >>> import graphkit as gk
    >>> G = gk.with_positions(gk.load_dataset("syria-2024"))
    >>> day = gk.snapshot(G, "2024-12-04")
    >>> day.nodes["hts"]["x"] == G.nodes["hts"]["x"]
    True
    """
    if positions is None:
        positions = force_layout(G, seed=seed)
    missing = [n for n in G if n not in positions]
    if missing:
        raise ValueError(f"positions has no entry for {len(missing)} actors, e.g. {missing[0]!r}")
    H = G.copy()
    for node, data in H.nodes(data=True):
        x, y = positions[node]
        data["x"], data["y"] = float(x), float(y)
    return H


def _signed_ties(G: nx.Graph, nodes: list, subset: list[int]) -> np.ndarray:
    """Rows ``(i, j, sign)``, ``i < j``, for the distinct pairs of nodes in ``subset`` (node
    positions) joined by an edge, sorted; ``sign`` is that of the sum of ``polarity x
    weight`` over the pair's relations (0 for ties of no sign, and for any tie of a place:
    an actor with ``place=True``, as signed analyses leave places out)."""
    if not subset:
        return np.zeros((0, 3), dtype=np.int64)
    index = {node: i for i, node in enumerate(nodes)}
    chosen = [nodes[i] for i in subset]
    places = {n for n in chosen if G.nodes[n].get("place") is True}
    totals: dict[tuple[int, int], float] = {}
    for u, v, d in G.subgraph(chosen).edges(data=True):
        i, j = index[u], index[v]
        if i == j:
            continue
        if u in places or v in places:  # a place is taken or held, not befriended
            d = {}
        weight = d.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight != weight:
            weight = 1.0
        key = (i, j) if i < j else (j, i)
        totals[key] = totals.get(key, 0.0) + relation_polarity(d, required=False) * weight
    rows = [(i, j, (t > 1e-12) - (t < -1e-12)) for (i, j), t in sorted(totals.items())]
    return np.asarray(rows, dtype=np.int64).reshape(-1, 3)


def _camps(G: nx.Graph, nodes: list) -> np.ndarray | None:
    """Each node's camp as a number (-1 for none), from the ``camp`` node attribute."""
    found = {}
    for i, node in enumerate(nodes):
        camp = G.nodes[node].get("camp")
        if camp is not None and camp == camp and camp != "":
            found[i] = str(camp)
    if not found:
        return None
    labels = {label: k for k, label in enumerate(sorted(set(found.values())))}
    camps = np.full(len(nodes), -1, dtype=np.int64)
    for i, label in found.items():
        camps[i] = labels[label]
    return camps


def _signed_refined(
    coords: np.ndarray,
    members: list[int],
    ties: np.ndarray,
    camps: np.ndarray | None,
    total: int,
) -> np.ndarray:
    """Positions of one component moved by the signed forces of :func:`force_layout`.

    A force-directed simulation in the manner of Fruchterman and Reingold: all pairs repel
    (``k**2 / d``), ties attract (``d**2 / k``, weighted by sign), enemies repel harder, a
    weak pull to the centre keeps the component round, and each step is limited by a
    temperature that falls linearly to zero; no randomness."""
    local = np.full(total, -1, dtype=np.int64)
    local[members] = np.arange(len(members))
    a, b = local[ties[:, 0]], local[ties[:, 1]]
    keep = (a >= 0) & (b >= 0)  # a tie is inside the component or outside it
    a, b, sub_signs = a[keep], b[keep], ties[keep, 2]
    if not (sub_signs < 0).any():
        return coords
    n = len(members)
    pos = coords.astype(float).copy()
    pull = np.where(sub_signs > 0, 1.0, np.where(sub_signs == 0, _NEUTRAL_PULL, 0.0))
    enemy_a, enemy_b = a[sub_signs < 0], b[sub_signs < 0]
    camp = camps[members] if camps is not None else None
    temperature = 0.1 * math.sqrt(n)
    reach = 0.8 * math.sqrt(n)
    steps = min(300, max(100, _SIGNED_STEPS // n))
    for step in range(steps):
        # every two actors repel: k**2 / d along the unit vector (k = 1), as two n x n
        # arrays rather than one n x n x 2 (reducing a last axis of 2 is slow)
        dx = pos[:, 0][:, None] - pos[:, 0][None, :]
        dy = pos[:, 1][:, None] - pos[:, 1][None, :]
        inverse = dx * dx + dy * dy
        np.maximum(inverse, 1e-4, out=inverse)
        np.reciprocal(inverse, out=inverse)
        np.fill_diagonal(inverse, 0.0)
        move = np.column_stack(((dx * inverse).sum(axis=1), (dy * inverse).sum(axis=1)))
        d = pos[a] - pos[b]
        dist = np.sqrt((d**2).sum(axis=1))
        force = d * (dist * pull)[:, None]
        np.add.at(move, a, -force)
        np.add.at(move, b, force)
        # enemies repel hard, and pull back only beyond 0.8 of the component's radius:
        # they settle apart without an actor tied only by enmity being flung off
        e = pos[enemy_a] - pos[enemy_b]
        e2 = np.maximum((e**2).sum(axis=1), 1e-4)
        far = np.maximum(np.sqrt(e2) - reach, 0.0)
        push = e * (_ENEMY_REPULSION / e2 - _ENEMY_PULL * far / np.sqrt(e2))[:, None]
        np.add.at(move, enemy_a, push)
        np.add.at(move, enemy_b, -push)
        if camp is not None:
            middle = pos.mean(axis=0)
            for label in np.unique(camp[camp >= 0]):
                group = camp == label
                centre = pos[group].mean(axis=0)
                # together around the camp's middle, and the camp away from the others
                move[group] -= (pos[group] - centre) * _CAMP_PULL
                move[group] += (centre - middle) * _CAMP_PUSH
        move -= pos * (0.02 * math.sqrt(n))
        length = np.maximum(np.sqrt((move**2).sum(axis=1)), 1e-12)
        limit = temperature * (1 - step / steps)
        pos += move * (np.minimum(length, limit) / length)[:, None]
    return _normalised(pos) * np.sqrt(n)


def _simple_pairs(G: nx.Graph, nodes: list) -> list[list[int]]:
    """The distinct node pairs ``(i, j)``, ``i < j``, joined by an edge, sorted (no loops)."""
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.fromiter(
        (index[end] for edge in G.edges() for end in edge[:2]), dtype=np.int64
    ).reshape(-1, 2)
    ends = ends[ends[:, 0] != ends[:, 1]]
    low, high = ends.min(axis=1), ends.max(axis=1)
    # One integer per pair: np.unique sorts them as sorted() sorts the tuples.
    codes = np.unique(low * len(nodes) + high)
    return np.column_stack((codes // len(nodes), codes % len(nodes))).tolist()


def _component(graph: igraph.Graph, members: list[int]) -> np.ndarray:
    """Positions of one component, within radius sqrt(size) of its centre."""
    if len(members) == 1:
        return np.zeros((1, 2))
    if len(members) == 2:
        return np.array([[-0.7, 0.0], [0.7, 0.0]])
    sub = graph.induced_subgraph(members)
    grid = "grid" if len(members) >= _GRID_FROM else "nogrid"
    iterations = 500 if len(members) <= _FULL_UNTIL else _LARGE_ITERATIONS
    layout = sub.layout_fruchterman_reingold(grid=grid, niter=iterations)
    coords = np.asarray(layout.coords, dtype=float)
    return _normalised(coords) * np.sqrt(len(members))


_ASPECT = 1.45
"""Width over height of the box the components are packed into: that of a page's drawing
area (about 1,100 x 760 pixels), so the drawing fills it."""


def _packed(parts: list[tuple[list[int], np.ndarray]], n: int) -> np.ndarray:
    """Components placed in rows, largest first, in the row width (among 24 tried) whose
    arrangement, scaled into a box :data:`_ASPECT` times wider than high, is largest."""
    parts = sorted(parts, key=lambda part: (-len(part[0]), part[0][0]))
    gap = 1.0
    sides = [2 * np.abs(c).max(axis=0) + gap for _, c in parts]
    widest, total = max(side[0] for side in sides), sum(side[0] for side in sides)
    best_scale, best = -1.0, []
    for width in np.linspace(widest, max(widest, total), 24):
        places, used_w, used_h = _rows(sides, width)
        scale = min(_ASPECT / used_w, 1.0 / used_h)
        if scale > best_scale * (1 + 1e-9):
            best_scale, best = scale, places
    coords = np.zeros((n, 2))
    for (members, c), place in zip(parts, best, strict=True):
        coords[members] = c + place
    return coords


def _rows(sides: list[np.ndarray], width: float) -> tuple[list[np.ndarray], float, float]:
    """Centres of boxes of the given sides placed left to right in rows of ``width``,
    and the width and height used."""
    places = []
    x = y = row_height = used_w = 0.0
    for w, h in sides:
        if x > 0 and x + w > width + 1e-9:
            x, y, row_height = 0.0, y - row_height, 0.0
        places.append(np.array([x + w / 2, y - h / 2]))
        x += w
        used_w = max(used_w, x)
        row_height = max(row_height, h)
    return places, used_w, row_height - y


def _normalised(coords: np.ndarray) -> np.ndarray:
    coords = coords - (coords.max(axis=0) + coords.min(axis=0)) / 2
    extent = np.abs(coords).max()
    return coords / extent if extent > 0 else coords


def _spread(coords: np.ndarray, *, iterations: int = 200) -> np.ndarray:
    """Push apart the nodes of one component (in its own units, where each node's share
    of the square is 2 x 2) that are nearer than :data:`_MINIMUM_GAP`, measured in a wide
    ellipse: room for labels, without undoing the layout."""
    stretch = np.array([1 / 1.3, 1 / 0.85])
    for _ in range(iterations):
        scaled = coords * stretch
        pairs = cKDTree(scaled).query_pairs(_MINIMUM_GAP, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        diff = scaled[i] - scaled[j]
        dist = np.maximum(np.sqrt((diff**2).sum(axis=1)), 1e-9)
        step = diff * ((_MINIMUM_GAP - dist) / dist * 0.25)[:, None]
        move = np.zeros_like(coords)
        np.add.at(move, i, step)
        np.add.at(move, j, -step)
        coords = coords + move / stretch
    return coords
