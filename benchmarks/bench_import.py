"""How long `import graphkit` takes, against `import networkx, pandas` in the same run.

Each statement runs in a fresh Python process (``python -X importtime`` is not used: it
slows imports down); the two are alternated, ``--runs`` times each, and the medians
compared. Goal (issue 7): ``import graphkit`` within 1.5x of ``import networkx, pandas``.
Also measured: ``import graphkit`` followed by the first use of the core
(``gk.build_graph``), which loads networkx and pandas, and of the analysis
(``gk.centrality``), which loads SciPy and igraph; and two whole commands on bundled
data, where starting up is most of the time: ``graphkit build`` (the quick start's page
of the syria-2024 dataset) and ``graphkit events build`` on the 500-row GDELT 2.0
sample (the test suite starts such commands hundreds of times).

Usage: python benchmarks/bench_import.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "import.txt"
SAMPLE = Path(__file__).parent.parent / "data" / "samples" / "gdelt2_sample.tsv"
OUT = Path(tempfile.mkdtemp(prefix="graphkit-bench-import-"))
STATEMENTS: dict[str, list[str]] = {
    "networkx, pandas": ["-c", "import networkx, pandas"],
    "graphkit": ["-c", "import graphkit"],
    "graphkit + core": ["-c", "import graphkit as gk; gk.build_graph"],
    "graphkit + analysis": ["-c", "import graphkit as gk; gk.build_graph; gk.centrality"],
    "graphkit build": ["-m", "graphkit", "build", "-q", "-o", str(OUT / "page.html")],
    "graphkit events build": [
        *("-m", "graphkit", "events", "build", "-q", "-f", "gdelt2", str(SAMPLE)),
        *("-o", str(OUT / "events.html")),
    ],
}


def seconds(arguments: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    seconds(["-c", "import graphkit, networkx, pandas, scipy, igraph"])  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(args.runs):
        for name, statement in STATEMENTS.items():  # alternating, one of each per round
            times[name].append(seconds(statement))
    base = statistics.median(times["networkx, pandas"])
    lines = [
        f"# {time.strftime('%Y-%m-%d %H:%M')}  load {os.getloadavg()[0]:.2f}  "
        f"runs {args.runs}  python {sys.version.split()[0]}"
    ]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(
            f"{name:<22} median {median * 1000:7.0f} ms   {median / base:5.2f}x   "
            f"runs {' '.join(f'{v * 1000:.0f}' for v in values)}"
        )
    report = "\n".join(lines)
    print(report)
    for written in OUT.iterdir():
        written.unlink()
    OUT.rmdir()
    RESULTS.parent.mkdir(exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(report + "\n\n")


if __name__ == "__main__":
    main()
