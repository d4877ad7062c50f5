"""Resolving event-scale columns through the reference table, against a bare dict lookup.

The input: 1,000,000 values drawn with a fixed seed from every label of the reference
table (names, official names, aliases, the names ICEWS, UCDP and ACLED write, demonyms,
capitals: about 1,200 spellings, plus an unknown one, an ambiguous one and missing
values), and 1,000,000 CAMEO codes and Gleditsch-Ward numbers drawn the same way.
Measured in one process, after a first call that builds the lookups (not timed),
``--runs`` times each, alternated:

* **graphkit**: ``gk.resolve_countries(values, by=...)``: the reference id, the field that
  matched and the candidates of ambiguous values, as three text columns;
* **dict.map**: ``values.map(exact)`` with a dict of the labels exactly as written (no
  normalisation, no ambiguity, one column): what a hand-made lookup costs.

Then ``gk.link_actors`` on 10,000 organisation actors whose names match nothing (every
one searched by spelling) and ``gk.combine`` of the two bundled datasets. Goal (issue
17): a million labels in well under a second.

Usage: python benchmarks/bench_reference.py [--runs 5] [--values 1000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

import graphkit as gk
from graphkit.datasets.reference import BY

RESULTS = Path(__file__).parent / "results" / "reference.txt"


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def spellings(by: str) -> list[object]:
    table = gk.countries()
    found: list[object] = []
    for field in BY[by]:
        column = table.index.to_series() if field == "id" else table[field]
        for value in column.dropna().tolist():
            found += value.split("|") if isinstance(value, str) else [int(value)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--values", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = np.random.default_rng(17)
    labels = [*spellings("label"), "Atlantis", "Congolese", None]
    columns = {
        "label": pd.Series(
            np.array(labels, dtype=object)[rng.integers(0, len(labels), args.values)]
        ),
        "code": pd.Series(rng.choice(np.array(spellings("code"), dtype=object), args.values)),
        "gw": pd.Series(rng.choice(np.array(spellings("gw"), dtype=np.int64), args.values)),
    }
    exact = {label: f"id of {label}" for label in labels if label is not None}
    as_list = columns["label"].tolist()
    cases: dict[str, Callable[[], object]] = {
        "graphkit, 1M labels (Series)": lambda: gk.resolve_countries(columns["label"]),
        "graphkit, 1M labels (list)": lambda: gk.resolve_countries(as_list),
        "graphkit, 1M CAMEO codes": lambda: gk.resolve_countries(columns["code"], by="code"),
        "graphkit, 1M GW numbers": lambda: gk.resolve_countries(columns["gw"], by="gw"),
        "dict.map, 1M labels (Series)": lambda: columns["label"].map(exact),
    }
    for by, values in columns.items():  # build the lookups before the clock starts
        gk.resolve_countries(values.head(10), by=by)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, action in cases.items():
            times[name].append(seconds(action))
    words = ["national", "union", "front", "party", "council", "police", "students", "bank"]
    organisations = pd.DataFrame(
        {
            "id": [f"o{i}" for i in range(10_000)],
            "name": [f"{' '.join(rng.choice(words, 3))} {i}" for i in range(10_000)],
            "kind": "organisation",
        }
    )
    syria, gdelt = gk.load_dataset("syria-2024"), gk.load_dataset("gdelt-2019-10")
    once = {
        "link_actors, 10,000 unmatched organisations (spelling searched)": seconds(
            lambda: gk.link_actors(organisations)
        ),
        "combine, syria-2024 + gdelt-2019-10": seconds(lambda: gk.combine([syria, gdelt])),
    }
    base = statistics.median(times["dict.map, 1M labels (Series)"])
    lines = [
        f"# {time.strftime('%Y-%m-%d %H:%M')}  load {os.getloadavg()[0]:.2f}  "
        f"runs {args.runs}  values {args.values:,}  python {sys.version.split()[0]}  "
        f"pandas {pd.__version__}"
    ]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(
            f"{name:<32} median {median * 1000:6.0f} ms  best {min(values) * 1000:6.0f} ms  "
            f"{median / base:5.2f}x dict.map   runs {' '.join(f'{v * 1000:.0f}' for v in values)}"
        )
    for name, value in once.items():
        lines.append(f"{name:<66} {value * 1000:7.0f} ms")
    report = "\n".join(lines)
    print(report)
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(report + "\n\n")


if __name__ == "__main__":
    main()
