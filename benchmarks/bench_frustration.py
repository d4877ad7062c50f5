"""Time to a proven-optimal frustration index on planted two-camp signed graphs.

Graphs of 100, 200, 500 and 1,000 nodes, average degree 8 (4n edges drawn uniformly),
each node in one of two planted camps, edge signs following the camps (positive within,
negative across) and then 10% of them flipped at random. In one run:

* **graphkit**: ``gk.balance(G, weight=None)`` (the whole report: signed projection,
  triangles, reductions, heuristic, odd-cycle cutting planes, integer program if
  needed), for several seeds; the time and whether the optimum was proven;
* **baseline**: the plain integer program of the issue, without reductions or cuts:
  binary node variables, ``f_e >= |x_u - x_v|`` (positive) or ``f_e >= |x_u + x_v - 1|``
  (negative), solved by HiGHS through ``scipy.optimize.milp`` with a time limit.

Ratios are baseline time / graphkit time (a lower bound on the ratio when the baseline
hits its limit). Goals: 200 nodes within 10 s and 500 within 60 s.

Run: ``.venv/bin/python benchmarks/bench_frustration.py [--sizes 100 200 500 1000]
[--seeds 3] [--baseline-limit 120]``; raw output is appended to
``benchmarks/results/analytics.txt``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

import networkx as nx
import numpy as np
import scipy
import scipy.sparse as sparse
from scipy.optimize import Bounds, LinearConstraint, milp

import graphkit as gk

RESULTS = Path(__file__).resolve().parent / "results" / "analytics.txt"


def planted(n: int, degree: int = 8, flipped: float = 0.1, seed: int = 0) -> nx.Graph:
    rng = np.random.default_rng(seed)
    camp = rng.integers(0, 2, n)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n * degree // 2:
        a, b = sorted(rng.integers(0, n, 2).tolist())
        if a != b:
            pairs.add((a, b))
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for a, b in sorted(pairs):
        sign = 1 if camp[a] == camp[b] else -1
        G.add_edge(a, b, sign=-sign if rng.random() < flipped else sign)
    return G


def plain_milp(G: nx.Graph, time_limit: float) -> tuple[float, bool, float]:
    """The plain model; returns (seconds, proven optimal, objective)."""
    n, edges = G.number_of_nodes(), list(G.edges(data="sign"))
    m = len(edges)
    rows, cols, data, lower = [], [], [], []
    for e, (a, b, s) in enumerate(edges):
        terms = [((1, 1), 1.0), ((-1, -1), -1.0)] if s < 0 else [((1, -1), 0.0), ((-1, 1), 0.0)]
        for (ca, cb), lo in terms:
            r = len(lower)
            rows += [r, r, r]
            cols += [n + e, a, b]
            data += [1.0, ca, cb]
            lower.append(lo)
    A = sparse.csr_matrix((data, (rows, cols)), shape=(len(lower), n + m))
    start = time.perf_counter()
    res = milp(
        np.r_[np.zeros(n), np.ones(m)],
        constraints=LinearConstraint(A, lower, np.inf),
        bounds=Bounds(0, 1),
        integrality=np.r_[np.ones(n), np.zeros(m)],
        options={"time_limit": time_limit},
    )
    seconds = time.perf_counter() - start
    return seconds, res.status == 0, float(res.fun) if res.x is not None else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 500, 1000])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--baseline-limit", type=float, default=120.0)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()

    header = [
        f"== bench_frustration {time.strftime('%Y-%m-%d %H:%M:%S')} ==",
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.2f}; Python {platform.python_version()}, "
        f"scipy {scipy.__version__} (HiGHS), networkx {nx.__version__}",
        "planted two camps, average degree 8, 10% of signs flipped; unweighted",
    ]
    print("\n".join(header), flush=True)
    out = []
    for n in args.sizes:
        times, proven, values = [], [], []
        for seed in range(args.seeds):
            G = planted(n, seed=seed)
            start = time.perf_counter()
            report = gk.balance(G, weight=None, time_limit=600)
            times.append(time.perf_counter() - start)
            proven.append(report.exact)
            values.append(report.frustration_index)
            line = (
                f"n={n:5d} m={G.number_of_edges():5d} seed={seed}: graphkit "
                f"{times[-1]:7.2f} s, index {report.frustration_index:g}, "
                f"{'proven optimal' if report.exact else 'NOT proven'} ({report.method})"
            )
            print(line, flush=True)
            out.append(line)
        summary = (
            f"n={n:5d}: graphkit median {statistics.median(times):.2f} s, max "
            f"{max(times):.2f} s, proven {sum(proven)}/{len(proven)}"
        )
        if not args.no_baseline:
            seconds, ok, value = plain_milp(planted(n, seed=0), args.baseline_limit)
            if ok:
                assert abs(value - values[0]) < 1e-6, (value, values[0])
                summary += f"; plain MILP (seed 0) {seconds:.2f} s, ratio {seconds / times[0]:.0f}x"
            else:
                summary += (
                    f"; plain MILP (seed 0) unsolved in {args.baseline_limit:g} s, "
                    f"ratio > {seconds / times[0]:.0f}x"
                )
        print(summary, flush=True)
        out.append(summary)
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a") as f:
        f.write("\n".join(header + out) + "\n\n")


if __name__ == "__main__":
    main()
