"""PageRank and HITS the same on every run, and sensible where HITS is degenerate."""

import ast
import subprocess
import sys

import networkx as nx
import numpy as np
import pytest

from graphkit.analysis import engines


def symmetric(edges, n=6) -> nx.DiGraph:
    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    for a, b in edges:
        D.add_edge(a, b)
        D.add_edge(b, a)
    return D


@pytest.mark.parametrize(
    ("edges", "hubs"),
    [
        # A^T A = identity on {0, 1}: the uniform start is already the answer
        ([(0, 1)], [0.5, 0.5, 0, 0, 0, 0]),
        # path 0-1-2: A^T A has eigenvalue 2 twice; a = (1, 1, 1)/3, h = A a = (1, 2, 1)/4
        ([(0, 1), (1, 2)], [0.25, 0.5, 0.25, 0, 0, 0]),
        # two separate pairs of the same shape share the leading value equally
        ([(0, 1), (2, 3)], [0.25, 0.25, 0.25, 0.25, 0, 0]),
    ],
)
def test_hits_where_the_leading_singular_value_is_shared(edges, hubs):
    got, authorities = engines.hits(symmetric(edges))
    assert list(got.values()) == pytest.approx(hubs, abs=1e-12)
    assert min(authorities.values()) >= 0


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_hits_and_pagerank_agree_with_networkx(engine):
    D = nx.gnm_random_graph(200, 1500, seed=3, directed=True)
    hubs, authorities = engines.hits(D, engine=engine)
    nx_hubs, nx_authorities = nx.hits(D, tol=1e-12, max_iter=10_000)
    assert max(abs(hubs[n] - nx_hubs[n]) for n in D) < 1e-8
    assert max(abs(authorities[n] - nx_authorities[n]) for n in D) < 1e-8
    ranks = engines.pagerank(D, engine=engine)
    assert max(abs(ranks[n] - r) for n, r in nx.pagerank(D, tol=1e-12).items()) < 1e-8


SCRIPT = """
import networkx as nx
from graphkit.analysis import engines
D = nx.gnm_random_graph(3000, 20000, seed=1, directed=True)
hubs, authorities = engines.hits(D, engine="igraph")
ranks = engines.pagerank(D, engine="igraph")
print(repr([hubs[n] for n in D] + [authorities[n] for n in D] + [ranks[n] for n in D]))
"""


def test_the_same_graph_gives_the_same_bits_in_separate_processes():
    runs = [
        subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and len(runs[0].stdout) > 1000
    values = np.array(ast.literal_eval(runs[0].stdout))
    assert np.isfinite(values).all()
