"""Implied relations: what common partners say about pairs with no stated relation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sparse

from ...base.progress import step
from ...core.projection import CANCEL_TOLERANCE, signed_graph
from ...core.vocabulary import SIGNED_MODES

__all__ = ["PARTNERS_EXPLAINED", "SCORE_DECIMALS", "implied_relations"]

SCORE_DECIMALS = 12
"""Decimal places the scores are rounded to."""
PARTNERS_EXPLAINED = 10
"""Common partners named in an ``explanation``; the others are counted."""

_COLUMNS = [
    "source",
    "target",
    "source_name",
    "target_name",
    "implied",
    "sign",
    "score",
    "agreeing",
    "disagreeing",
    "partners",
    "explanation",
]
_BLOCK_PATHS = 2_000_000
"""Two-step paths computed at once: bounds the memory of one block of rows."""


def implied_relations(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
    top: int | None = None,
    per_actor: int | None = None,
    min_score: float = 0.0,
) -> pd.DataFrame:
    """Alignments implied by balance between actors with no direct relation, strongest first.

    For each pair ``a, b`` with no direct relation and at least one common partner ``c``,
    every two-step path ``a - c - b`` implies a tie of sign ``s(a,c) * s(c,b)``: the
    friend of a friend is a friend, the enemy of an enemy a friend, the friend of an
    enemy an enemy (Heider 1946; Cartwright & Harary 1956). The score sums these signs,
    each weighted by ``w(a,c) * w(c,b)``; its sign is the implied relation (``0``,
    "unclear", when the paths cancel out to within
    :data:`~graphkit.core.projection.CANCEL_TOLERANCE` of their total weight).

    Pairs are ranked by absolute score, then by the number of agreeing partners, then by
    the actors' order in the graph. A graph with hubs has very many implied pairs (a hub
    with 2,000 partners alone implies two million), so on large graphs ask for the
    strongest: ``top``, ``per_actor`` and ``min_score`` select them while the scores are
    computed block by block, without ever holding every pair.

    Parameters
    ----------
    G, weight, modes, include_places
        As for :func:`~graphkit.frustration_index`. A pair counts as connected, and is
        left out, if it has any edge in ``G``, whatever its mode or sign.
    top : int, optional
        Keep at most this many pairs, the strongest (after ``per_actor``).
    per_actor : int, optional
        Keep a pair only if it is among the ``per_actor`` strongest implied pairs of at
        least one of its two actors, so that every actor keeps its own strongest ones.
    min_score : float, default 0
        Keep pairs whose absolute score is at least this; any positive value leaves out
        the unclear pairs.

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``source, target`` (actor ids, in the graph's order),
        ``source_name``, ``target_name``, ``implied`` (``"aligned"``, ``"opposed"`` or
        ``"unclear"``), ``sign`` (+1, -1, 0), ``score`` (rounded to
        :data:`SCORE_DECIMALS` places), ``agreeing`` and
        ``disagreeing`` (partners whose path agrees or not with the implied sign; for an
        unclear pair every partner disagrees), ``partners`` (their names, agreeing ones
        first) and ``explanation`` in words (naming at most :data:`PARTNERS_EXPLAINED`
        partners and counting the rest).

    Raises
    ------
    ValueError
        If ``top`` or ``per_actor`` is below 1 or ``min_score`` is negative.

    Examples
    --------
    >>> import graphkit as gk
    >>> implied = gk.implied_relations(gk.load_dataset("syria-2024"))
    >>> implied.loc[0, ["source", "target", "implied", "partners"]].tolist()
    ['hts', 'iran', 'opposed', 'Syrian government (Assad); Israel']
    >>> print(implied.loc[0, "explanation"])  # doctest: +NORMALIZE_WHITESPACE
    Hayat Tahrir al-Sham and Iran: Syrian government (Assad) aligned with Iran, opposed to
    Hayat Tahrir al-Sham; Israel aligned with Hayat Tahrir al-Sham, opposed to Iran
    >>> len(implied), len(gk.implied_relations(gk.load_dataset(), top=3, min_score=0.5))
    (18, 3)
    """
    for name, value in (("top", top), ("per_actor", per_actor)):
        if value is not None and value < 1:
            raise ValueError(f"{name} must be 1 or more, got {value!r}")
    if min_score < 0:
        raise ValueError(f"min_score must be 0 or more, got {min_score!r}")
    S = signed_graph(
        G, weight=weight, modes=modes, include_places=include_places, keep_ambivalent=False
    )
    nodes = [n for n in S if S.degree(n) > 0]
    if not nodes:
        return pd.DataFrame(columns=_COLUMNS)
    pairs = _strongest_pairs(G, S, nodes, top=top, per_actor=per_actor, min_score=min_score)
    return _table(S, nodes, *pairs)


@dataclass(frozen=True)
class _Matrices:
    """The signed pairs as sparse matrices sharing one structure, and the direct pairs.

    ``links`` holds 1 for each signed pair (both directions). ``signed_w`` holds
    ``sign * weight + 2j * weight`` and ``signed_1`` holds ``sign + 2j``: over a two-step
    path the real part of a product term is ``s s' w w' - 4 w w'`` (or ``s s' - 4``),
    never 0, so products of these matrices keep every entry that ``links @ links`` has,
    in the same order, and the score (or agreeing minus disagreeing paths) is the real
    part plus 4 times the total (or the count). ``direct`` holds the increasing linear
    positions ``i * k + j`` of pairs with any edge in the graph, and of ``i == j``.
    """

    links: sparse.csr_matrix
    magnitude: sparse.csr_matrix
    signed_w: sparse.csr_matrix
    signed_1: sparse.csr_matrix
    direct: np.ndarray


def _matrices(G: nx.Graph, S: nx.Graph, nodes: list) -> _Matrices:
    index = {n: i for i, n in enumerate(nodes)}
    k = len(nodes)
    rows, cols, signs, weights = [], [], [], []
    for a, b, d in S.edges(data=True):
        rows += [index[a], index[b]]
        cols += [index[b], index[a]]
        signs += [d["sign"]] * 2
        weights += [d["weight"]] * 2
    links = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(k, k))
    links.sort_indices()
    # the values in the structure's order: sorting the coordinates the same way
    order = np.lexsort((np.asarray(cols), np.asarray(rows))) if rows else np.array([], int)
    sign = np.asarray(signs, dtype=float)[order]
    weight = np.asarray(weights, dtype=float)[order]

    def with_values(values: np.ndarray) -> sparse.csr_matrix:
        matrix = links.copy()
        matrix.data = values
        return matrix

    direct = [i * k + i for i in range(k)]
    for u, v in G.edges():
        if u != v and u in index and v in index:
            direct += [index[u] * k + index[v], index[v] * k + index[u]]
    return _Matrices(
        links=links,
        magnitude=with_values(weight),
        signed_w=with_values(sign * weight + 2j * weight),
        signed_1=with_values(sign + 2j),
        direct=np.unique(np.asarray(direct, dtype=np.int64)),
    )


def _aligned(values: sparse.csr_matrix, ids: np.ndarray, k: int, first: int) -> np.ndarray:
    """The entries of ``values`` (rows from ``first``) at the linear positions ``ids``, 0
    where it has none."""
    coo = values.tocoo()
    own = (coo.row.astype(np.int64) + first) * k + coo.col
    order = np.argsort(own)
    own, data = own[order], coo.data[order]
    result = np.zeros(len(ids), dtype=data.dtype)
    if len(own):
        at = np.minimum(np.searchsorted(own, ids), len(own) - 1)
        found = own[at] == ids
        result[found] = data[at[found]]
    return result


def _rank(score: np.ndarray, agreeing: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Order: strongest score, most agreeing partners, then the actors' order."""
    return np.lexsort((j, i, -agreeing, -np.abs(score)))


def _at_least_kth(strength: np.ndarray, count: int) -> np.ndarray:
    """Mask of the entries whose strength is at least the ``count``-th largest: a superset
    of any top ``count`` (ties included), found in linear time."""
    if len(strength) <= count:
        return np.ones(len(strength), dtype=bool)
    threshold = np.partition(strength, len(strength) - count)[len(strength) - count]
    return strength >= threshold


def _per_actor(block: tuple[np.ndarray, ...], per_actor: int) -> tuple[np.ndarray, ...]:
    """Each row's ``per_actor`` strongest entries (rows come sorted, as from CSR)."""
    i, j, score, agreeing, _ = block
    strength = np.abs(score)
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1]])
    ends = np.r_[starts[1:], len(i)]
    candidate = np.ones(len(i), dtype=bool)
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if end - start > per_actor:
            candidate[start:end] = _at_least_kth(strength[start:end], per_actor)
    chosen = np.flatnonzero(candidate)
    order = np.lexsort((j[chosen], -agreeing[chosen], -strength[chosen], i[chosen]))
    chosen = chosen[order]
    group_start = np.searchsorted(i[chosen], i[chosen], side="left")
    keep = chosen[np.arange(len(chosen)) - group_start < per_actor]
    return tuple(a[keep] for a in block)


def _strongest_pairs(
    G: nx.Graph,
    S: nx.Graph,
    nodes: list,
    *,
    top: int | None,
    per_actor: int | None,
    min_score: float,
) -> tuple[np.ndarray, ...]:
    k = len(nodes)
    matrices = _matrices(G, S, nodes)
    degree = np.asarray(matrices.links.sum(axis=1)).ravel()
    paths_per_row = matrices.links @ degree
    kept: list[tuple[np.ndarray, ...]] = []
    with step("implied relations", total=k, unit="actors") as progress:
        first = 0
        while first < k:
            last = first + 1
            budget = paths_per_row[first]
            while last < k and budget + paths_per_row[last] <= _BLOCK_PATHS:
                budget += paths_per_row[last]
                last += 1
            block = _block(matrices, first, last, k)
            if min_score:
                block = tuple(a[np.abs(block[2]) >= min_score] for a in block)
            if per_actor is not None:
                block = _per_actor(block, per_actor)
                i, j = block[0], block[1]
                block = (np.minimum(i, j), np.maximum(i, j), *block[2:])
            else:
                block = tuple(a[block[1] > block[0]] for a in block)
            kept.append(block)
            if top is not None and per_actor is None:
                kept = [_top(kept, top)]
            progress.advance(last - first)
            first = last
    i, j, score, agreeing, paths = (np.concatenate(parts) for parts in zip(*kept, strict=True))
    if per_actor is not None:
        _, unique = np.unique(i * k + j, return_index=True)
        i, j, score, agreeing, paths = (a[unique] for a in (i, j, score, agreeing, paths))
    chosen = _at_least_kth(np.abs(score), top) if top is not None else slice(None)
    i, j, score, agreeing, paths = (a[chosen] for a in (i, j, score, agreeing, paths))
    order = _rank(score, agreeing, i, j)
    if top is not None:
        order = order[:top]
    return i[order], j[order], score[order], agreeing[order], paths[order]


def _top(parts: list[tuple[np.ndarray, ...]], top: int) -> tuple[np.ndarray, ...]:
    i, j, score, agreeing, paths = (np.concatenate(a) for a in zip(*parts, strict=True))
    chosen = _at_least_kth(np.abs(score), top)
    i, j, score, agreeing, paths = (a[chosen] for a in (i, j, score, agreeing, paths))
    order = _rank(score, agreeing, i, j)[:top]
    return i[order], j[order], score[order], agreeing[order], paths[order]


def _block(m: _Matrices, first: int, last: int, k: int) -> tuple[np.ndarray, ...]:
    """Every implied pair ``(i, j)`` with ``first <= i < last``, grouped by row: score,
    agreeing partners and paths."""
    paths = m.links[first:last] @ m.links
    total = m.magnitude[first:last] @ m.magnitude
    weighted = m.signed_w[first:last] @ m.signed_w
    unweighted = m.signed_1[first:last] @ m.signed_1
    rows = np.repeat(np.arange(first, last, dtype=np.int64), np.diff(paths.indptr))
    ids = rows * k + paths.indices
    same = all(
        np.array_equal(paths.indptr, p.indptr) and np.array_equal(paths.indices, p.indices)
        for p in (total, weighted, unweighted)
    )
    if same:
        score = weighted.data.real + 4 * total.data
        balance = unweighted.data.real + 4 * paths.data  # agreeing minus disagreeing
        totals = total.data
    else:  # not expected from scipy; matched by position instead
        score = _aligned(weighted, ids, k, first).real + 4 * _aligned(total, ids, k, first)
        balance = _aligned(unweighted, ids, k, first).real + 4 * paths.data
        totals = _aligned(total, ids, k, first)
    at = np.minimum(np.searchsorted(m.direct, ids), len(m.direct) - 1)
    keep = m.direct[at] != ids
    ids, count = ids[keep], paths.data[keep]
    score, balance, totals = score[keep], balance[keep], totals[keep]
    score[np.abs(score) <= CANCEL_TOLERANCE * totals] = 0.0
    # sums of the same paths in another order may differ in the last bit: rounding keeps
    # equal scores equal, so ranks do not hang on rounding noise
    score = np.round(score, SCORE_DECIMALS) + 0.0
    implied = np.sign(score)
    agreeing = np.where(implied == 0, 0, (count + implied * balance) / 2).round().astype(np.int64)
    return ids // k, ids % k, score, agreeing, count.round().astype(np.int64)


def _table(S, nodes, i, j, score, agreeing, paths) -> pd.DataFrame:
    index = {n: position for position, n in enumerate(nodes)}
    name = {n: str(S.nodes[n].get("name", n)) for n in nodes}
    rows = []
    for x, y, s in zip(i.tolist(), j.tolist(), score.tolist(), strict=True):
        a, b = nodes[x], nodes[y]
        sign = int(np.sign(s))
        agree: list[str] = []
        disagree: list[str] = []
        reasons: list[str] = []
        for c in sorted(set(S[a]) & set(S[b]), key=index.__getitem__):
            sa, sb = S.edges[a, c]["sign"], S.edges[c, b]["sign"]
            (agree if sa * sb == sign else disagree).append(name[c])
            reasons.append(_reason(name[a], name[b], name[c], sa, sb))
        shown = "; ".join(reasons[:PARTNERS_EXPLAINED])
        if len(reasons) > PARTNERS_EXPLAINED:
            shown += f"; and {len(reasons) - PARTNERS_EXPLAINED:,} more partners"
        rows.append(
            {
                "source": a,
                "target": b,
                "source_name": name[a],
                "target_name": name[b],
                "implied": {1: "aligned", -1: "opposed", 0: "unclear"}[sign],
                "sign": sign,
                "score": s,
                "agreeing": len(agree),
                "disagreeing": len(disagree),
                "partners": "; ".join(agree + disagree),
                "explanation": f"{name[a]} and {name[b]}: {shown}",
            }
        )
    return pd.DataFrame(rows, columns=_COLUMNS)


def _reason(a: str, b: str, c: str, sa: int, sb: int) -> str:
    if sa > 0 and sb > 0:
        return f"both aligned with {c}"
    if sa < 0 and sb < 0:
        return f"both opposed to {c}"
    if sa < 0:
        return f"{c} aligned with {b}, opposed to {a}"
    return f"{c} aligned with {a}, opposed to {b}"
