"""``graphkit analyze --csv`` on 20,000 actors and 100,000 relations: time, memory, progress.

The input is a random graphkit dataset made here (:func:`random_tables`): actor kinds
drawn from the default vocabulary (places included), and sources and targets drawn with
Zipf's law (an actor's share of the relations is proportional to 1 / its rank), as in
news data where a few states are in most statements; relation types drawn from the whole
vocabulary, weights in (0, 1], a start month, and one evidence sentence and document per
relation. With these hubs the signed graph implies about three million pairs.

In one run:

* **graphkit**: the installed ``graphkit analyze --csv DIR`` in a subprocess whose stderr
  is a pseudo-terminal, so its progress is shown; wall time, peak memory (the child's
  maximum resident set) and the phases it reported. Budget: 90 s and 2 GiB.
* **the graph alone** (baseline): ``pandas.read_csv`` of both files and
  ``networkx.from_pandas_edgelist(..., create_using=nx.MultiDiGraph)``, the least any
  analysis of these files must do.
* **every implied pair** (the old behaviour, unless ``--no-old``): ``implied_relations``
  without caps, in a subprocess, which holds every pair in memory as the command did
  before it ranked and capped them.

Run: ``.venv/bin/python benchmarks/bench_analyze.py [--actors 20000] [--relations 100000]
[--seed 0] [--no-old]``; raw output is appended to ``benchmarks/results/analyze.txt``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import pty
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

import graphkit as gk

RESULTS = Path(__file__).resolve().parent / "results" / "analyze.txt"
BUDGET_SECONDS = 90.0
BUDGET_BYTES = 2 * 1024**3


def random_tables(
    actors: int, relations: int, *, seed: int = 0, popularity: float = 1.0
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A random graphkit dataset: ``actors`` and ``relations`` tables.

    Sources and targets are drawn with probability proportional to ``1 / rank **
    popularity`` (Zipf's law for 1), ranks shuffled over the actors; a relation never
    joins an actor to itself, and each has its own evidence, so no row repeats another.
    """
    rng = np.random.default_rng(seed)
    vocabulary = gk.default_vocabulary()
    ids = np.array([f"actor_{i}" for i in range(actors)])
    actor_table = pd.DataFrame(
        {
            "id": ids,
            "name": [f"Actor {i}" for i in range(actors)],
            "kind": rng.choice(vocabulary.kind_names(), actors),
        }
    )
    share = rng.permutation(1.0 / np.arange(1, actors + 1) ** popularity)
    share /= share.sum()
    source = rng.choice(actors, relations, p=share)
    target = rng.choice(actors, relations, p=share)
    loops = source == target
    target[loops] = (target[loops] + 1) % actors
    years = rng.integers(2000, 2025, relations)
    months = rng.integers(1, 13, relations)
    relation_table = pd.DataFrame(
        {
            "source": ids[source],
            "target": ids[target],
            "relation": rng.choice(vocabulary.relation_names(), relations),
            "weight": np.round(rng.uniform(0.05, 1.0, relations), 2),
            "start": [f"{y}-{m:02d}" for y, m in zip(years, months, strict=True)],
            "evidence": [
                f"Statement {i} of the random benchmark corpus." for i in range(relations)
            ],
            "document": [f"random-corpus/document-{i // 50}" for i in range(relations)],
        }
    )
    return actor_table, relation_table


def run_with_terminal(command: list[str], cwd: Path) -> tuple[int, float, float, int, str, str]:
    """Run ``command`` with stderr on a pseudo-terminal: exit code, wall seconds, CPU
    seconds, peak bytes of the child, stdout and what the terminal showed."""
    main, secondary = pty.openpty()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    chunks: list[bytes] = []

    def read() -> None:
        with contextlib.suppress(OSError):
            while data := os.read(main, 4096):
                chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    out, _ = process.communicate()
    seconds = time.perf_counter() - start
    reader.join()
    os.close(main)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if peak <= before:
        print("(the child's peak memory did not exceed an earlier child's: shown as <=)")
    terminal = b"".join(chunks).decode("utf-8", "replace")
    return process.returncode, seconds, cpu, peak * 1024, out.decode("utf-8", "replace"), terminal


OLD = """
import resource, sys, time
import graphkit as gk
G = gk.build_graph(sys.argv[1], sys.argv[2])
start = time.perf_counter()
implied = gk.implied_relations(G)
seconds = time.perf_counter() - start
implied.to_csv(sys.argv[3], index=False)
print(len(implied), seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-old", action="store_true", help="skip the every-pair baseline")
    args = parser.parse_args()

    lines = [
        f"== bench_analyze {time.strftime('%Y-%m-%d %H:%M:%S')} ==",
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.2f}; Python {platform.python_version()}, "
        f"networkx {nx.__version__}, pandas {pd.__version__}",
    ]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        actors, relations = random_tables(args.actors, args.relations, seed=args.seed)
        actors.to_csv(work / "actors.csv", index=False)
        relations.to_csv(work / "relations.csv", index=False)
        size = (work / "relations.csv").stat().st_size
        lines.append(
            f"input: {args.actors:,} actors, {args.relations:,} relations "
            f"(Zipf popularity, seed {args.seed}); relations.csv {size / 1e6:.1f} MB"
        )
        print(lines[-1], flush=True)

        start = time.perf_counter()
        nx.from_pandas_edgelist(
            pd.read_csv(work / "relations.csv"),
            "source",
            "target",
            edge_attr=True,
            create_using=nx.MultiDiGraph,
        )
        pd.read_csv(work / "actors.csv")
        baseline = time.perf_counter() - start
        lines.append(f"the graph alone (pandas + networkx): {baseline:.2f} s")
        print(lines[-1], flush=True)

        exe = Path(sys.executable).with_name("graphkit")
        command = [str(exe), "analyze", "--actors", "actors.csv", "--relations", "relations.csv"]
        code, seconds, cpu, peak, out, terminal = run_with_terminal([*command, "--csv", "t"], work)
        if code != 0:
            raise SystemExit(f"graphkit analyze failed ({code}):\n{terminal}")
        phases = re.findall(r"\x1b\[2K([^\r\n\x1b:]*): [^\r\n\x1b]*?done in ([\d.]+) s", terminal)
        tables = {p.name: p for p in (work / "t").iterdir()}
        implied_rows = len(pd.read_csv(tables["implied.csv"]))
        lines += [
            f"graphkit analyze --csv: {seconds:.1f} s wall ({cpu:.1f} s of CPU), "
            f"peak {peak / 2**30:.2f} GiB "
            f"(budget {BUDGET_SECONDS:.0f} s, 2 GiB: {seconds / BUDGET_SECONDS:.2f} and "
            f"{peak / BUDGET_BYTES:.2f} of it)",
            "phases shown on the terminal: " + "; ".join(f"{name} {t} s" for name, t in phases),
            f"printed: {len(out.splitlines())} lines; tables: "
            + ", ".join(f"{n} {p.stat().st_size / 1e6:.2f} MB" for n, p in sorted(tables.items()))
            + f"; implied.csv {implied_rows:,} rows",
            f"ratio analyze / the graph alone: {seconds / baseline:.1f}x",
        ]
        print("\n".join(lines[-4:]), flush=True)

        if not args.no_old:
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", OLD, "actors.csv", "relations.csv", "all.csv"],
                cwd=work,
                capture_output=True,
                text=True,
            )
            if done.returncode:
                lines.append(f"every implied pair: failed ({done.stderr.strip()[-300:]})")
            else:
                pairs, implied_seconds, implied_peak = done.stdout.split()
                total = time.perf_counter() - start
                lines.append(
                    f"every implied pair (uncapped, as before): {int(pairs):,} pairs in "
                    f"{float(implied_seconds):.1f} s (process {total:.1f} s with reading), "
                    f"peak {int(implied_peak) / 2**30:.2f} GiB, implied CSV "
                    f"{(work / 'all.csv').stat().st_size / 1e6:.0f} MB"
                )
            print(lines[-1], flush=True)
    lines.append(f"load at the end: {os.getloadavg()[0]:.2f}")
    print(lines[-1])
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a") as f:
        f.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main()
