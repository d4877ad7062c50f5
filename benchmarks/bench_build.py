"""Reading, validating and building an event-scale graph from CSV, against networkx alone.

The input: 1,000,000 relations among 20,000 actors (``source, target, relation, weight,
start, end, evidence, document``; a third of ``end`` empty), written once into a
temporary folder with a fixed seed. Two ways from the CSV file to a MultiDiGraph, each
in a fresh Python process, alternated, ``--runs`` times each:

* **graphkit**: ``gk.build_graph(actors.csv, relations.csv)``: reads both files, checks
  every cell (located problems), builds the graph with its vocabulary, keys and
  polarities;
* **networkx**: ``nx.from_pandas_edgelist(pd.read_csv(relations.csv),
  create_using=nx.MultiDiGraph, edge_attr=True)``: no checks at all;
* for context, **networkx, collector paused**: the same with Python's cyclic garbage
  collector switched off, as graphkit switches it off while it reads and builds (most of
  networkx's time on this input goes to collections that free nothing).

Timed inside each process, after the imports; the peak resident memory of each process
(``ru_maxrss``) is reported too. Goal (issue 7): graphkit's median within 1.5x of
networkx's. A second measure: validating 500,000 relations that name 5,000 unknown actor
ids (every one reported, hints capped) -- issue 8 asks for seconds, not minutes.

Usage: python benchmarks/bench_build.py [--runs 3] [--relations 1000000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

RESULTS = Path(__file__).parent / "results" / "build.txt"
RELATION_TYPES = ("backs", "opposes", "warns", "funds", "fights", "attacks", "consults")

CHILD = r"""
import json, resource, sys, time
mode, actors, relations = sys.argv[1:4]
import networkx as nx, pandas as pd
import graphkit as gk
gk.build_graph, gk.validate  # load the modules before the clock starts
start = time.perf_counter()
if mode == "graphkit":
    G = gk.build_graph(actors, relations)
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
elif mode.startswith("networkx"):
    if mode == "networkx, collector paused":
        import gc
        gc.disable()
    G = nx.from_pandas_edgelist(
        pd.read_csv(relations), create_using=nx.MultiDiGraph, edge_attr=True
    )
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
else:
    report = gk.validate(actors, relations)
    nodes, edges = 0, len(report.problems)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak, "nodes": nodes, "edges": edges}))
"""


def write_tables(folder: Path, relations: int, actors: int, *, unknown: int = 0) -> tuple:
    """An actors file and a relations file; ``unknown`` rows name an actor that is not in
    the actors file (distinct misspellings)."""
    rng = np.random.default_rng(7)
    ids = [f"actor_{i:05d}" for i in range(actors)]
    actors_path = folder / "actors.csv"
    with actors_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "kind", "country"])
        for i, actor in enumerate(ids):
            writer.writerow([actor, f"Actor {i}", "state" if i % 3 else "armed_group", "TUR"])
    source = rng.integers(0, actors, relations)
    target = (source + rng.integers(1, actors, relations)) % actors
    kind = rng.integers(0, len(RELATION_TYPES), relations)
    weight = np.round(rng.uniform(0.05, 1, relations), 2)
    year = rng.integers(1990, 2024, relations)
    month = rng.integers(1, 13, relations)
    bad = set(rng.choice(relations, size=unknown, replace=False).tolist()) if unknown else set()
    relations_path = folder / "relations.csv"
    with relations_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        header = ["source", "target", "relation", "weight", "start", "end", "evidence"]
        writer.writerow([*header, "document"])
        for i in range(relations):
            first = f"actr_{i:07d}" if i in bad else ids[source[i]]
            writer.writerow(
                [
                    first,
                    ids[target[i]],
                    RELATION_TYPES[kind[i]],
                    weight[i],
                    f"{year[i]}-{month[i]:02d}",
                    "" if i % 3 else str(year[i] + 1),
                    f"event {i} reported",
                    f"doc-{i % 5000}",
                ]
            )
    return actors_path, relations_path


def run(mode: str, actors: Path, relations: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(actors), str(relations)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GRAPHKIT_QUIET": "1"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=20_000)
    args = parser.parse_args()
    lines = [
        f"# {time.strftime('%Y-%m-%d %H:%M')}  load {os.getloadavg()[0]:.2f}  runs {args.runs}  "
        f"python {sys.version.split()[0]}  {args.relations:,} relations, {args.actors:,} actors"
    ]
    with tempfile.TemporaryDirectory() as folder:
        actors, relations = write_tables(Path(folder), args.relations, args.actors)
        size = relations.stat().st_size / 2**20
        lines.append(f"relations.csv {size:.1f} MiB")
        modes = ("networkx", "graphkit", "networkx, collector paused")
        results: dict[str, list[dict]] = {mode: [] for mode in modes}
        for _ in range(args.runs):
            for mode in results:  # alternating, one of each per round
                results[mode].append(run(mode, actors, relations))
        counts = {(r["nodes"], r["edges"]) for rs in results.values() for r in rs}
        medians = {m: statistics.median(r["seconds"] for r in rs) for m, rs in results.items()}
        for mode, runs in results.items():
            seconds = " ".join(f"{r['seconds']:.2f}" for r in runs)
            peak = max(r["peak_mib"] for r in runs)
            ratio = medians[mode] / medians["networkx"]
            lines.append(
                f"{mode:<27} median {medians[mode]:7.2f} s  {ratio:5.2f}x"
                f"   peak memory {peak:7.0f} MiB   runs {seconds}"
            )
        lines.append(f"graphs (nodes, edges): {sorted(counts)}")

    with tempfile.TemporaryDirectory() as folder:
        rows, unknown = args.relations // 2, 5_000
        actors, relations = write_tables(Path(folder), rows, args.actors, unknown=unknown)
        checked = run("validate", actors, relations)
        lines.append(
            f"validate {rows:,} relations naming {unknown:,} unknown ids: "
            f"{checked['seconds']:.2f} s, {checked['edges']:,} problems listed, "
            f"peak memory {checked['peak_mib']:.0f} MiB"
        )
    lines.append(f"load at the end {os.getloadavg()[0]:.2f}")
    report = "\n".join(lines)
    print(report)
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(report + "\n\n")


if __name__ == "__main__":
    main()
