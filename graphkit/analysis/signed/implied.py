"""Implied relations: what common partners say about pairs with no stated relation."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
import pandas as pd
import scipy.sparse as sparse

from ...core.projection import signed_graph
from ...core.vocabulary import SIGNED_MODES

__all__ = ["implied_relations"]


def implied_relations(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    modes: Iterable[str] = SIGNED_MODES,
    include_places: bool = False,
) -> pd.DataFrame:
    """Alignments implied by balance between actors with no direct relation.

    For each pair ``a, b`` with no direct relation and at least one common partner ``c``,
    every two-step path ``a - c - b`` implies a tie of sign ``s(a,c) * s(c,b)``: the
    friend of a friend is a friend, the enemy of an enemy a friend, the friend of an
    enemy an enemy (Heider 1946; Cartwright & Harary 1956). The score sums these signs,
    each weighted by ``w(a,c) * w(c,b)``; its sign is the implied relation.

    Parameters
    ----------
    G, weight, modes, include_places
        As for :func:`frustration_index`. A pair counts as connected, and is left out,
        if it has any edge in ``G``, whatever its mode or sign.

    Returns
    -------
    pandas.DataFrame
        One row per pair: ``source, target`` (actor ids), ``source_name``,
        ``target_name``, ``implied`` (``"aligned"``, ``"opposed"`` or ``"unclear"``),
        ``sign`` (+1, -1, 0), ``score``, ``agreeing`` and ``disagreeing`` (partners whose
        path agrees or not with the implied sign), ``partners`` (their names) and
        ``explanation`` in words. Sorted by absolute score, then agreeing partners.

    Examples
    --------
    >>> import graphkit as gk
    >>> implied = gk.implied_relations(gk.load_dataset("syria-2024"))
    >>> implied.loc[0, ["source", "target", "implied", "partners"]].tolist()
    ['hts', 'iran', 'opposed', 'Syrian government (Assad); Israel']
    >>> print(implied.loc[0, "explanation"])  # doctest: +NORMALIZE_WHITESPACE
    Hayat Tahrir al-Sham and Iran: Syrian government (Assad) aligned with Iran, opposed to
    Hayat Tahrir al-Sham; Israel aligned with Hayat Tahrir al-Sham, opposed to Iran
    """
    S = signed_graph(
        G, weight=weight, modes=modes, include_places=include_places, keep_ambivalent=False
    )
    nodes = [n for n in S if S.degree(n) > 0]
    index = {n: i for i, n in enumerate(nodes)}
    k = len(nodes)
    columns = [
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
    if k == 0:
        return pd.DataFrame(columns=columns)
    rows_, cols_, vals = [], [], []
    for a, b, d in S.edges(data=True):
        rows_ += [index[a], index[b]]
        cols_ += [index[b], index[a]]
        vals += [d["sign"] * d["weight"]] * 2
    W = sparse.csr_matrix((vals, (rows_, cols_)), shape=(k, k))
    B = abs(W).sign()
    paths = sparse.triu(B @ B, k=1).tocoo()
    score = (W @ W).tocsr()
    connected = _direct_pairs(G)
    name = {n: str(S.nodes[n].get("name", n)) for n in nodes}
    rows = []
    for i, j in zip(paths.row.tolist(), paths.col.tolist(), strict=True):
        a, b = nodes[i], nodes[j]
        if S.has_edge(a, b) or frozenset((a, b)) in connected:
            continue
        s = float(score[i, j])
        sign = (s > 1e-12) - (s < -1e-12)
        agree, disagree, reasons = [], [], []
        for c in sorted(set(S[a]) & set(S[b]), key=index.__getitem__):
            sa, sb = S.edges[a, c]["sign"], S.edges[c, b]["sign"]
            (agree if sa * sb == sign else disagree).append(name[c])
            reasons.append(_reason(name[a], name[b], name[c], sa, sb))
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
                "explanation": f"{name[a]} and {name[b]}: {'; '.join(reasons)}",
            }
        )
    frame = pd.DataFrame(rows, columns=columns)
    frame["_key"] = -frame["score"].abs()
    frame = frame.sort_values(
        ["_key", "agreeing", "source", "target"],
        ascending=[True, False, True, True],
        ignore_index=True,
    )
    return frame.drop(columns="_key")


def _reason(a: str, b: str, c: str, sa: int, sb: int) -> str:
    if sa > 0 and sb > 0:
        return f"both aligned with {c}"
    if sa < 0 and sb < 0:
        return f"both opposed to {c}"
    if sa < 0:
        return f"{c} aligned with {b}, opposed to {a}"
    return f"{c} aligned with {a}, opposed to {b}"


def _direct_pairs(G: nx.Graph) -> set:
    return {frozenset((a, b)) for a, b in G.edges() if a != b}
