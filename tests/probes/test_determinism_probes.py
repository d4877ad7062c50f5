"""Issue 19's probes of reproducible output: every command that writes, run twice with
different hash seeds (``PYTHONHASHSEED``), through the installed ``graphkit``.

Each case asserts, for one file a command writes, the one right behaviour: the same
bytes whatever the hash seed (pages, people's CSVs, graph files, the over-time figure,
review and proposal CSVs, appended relations and actors, and what ``events build``
writes).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_writer_probes import inputs

pytestmark = [pytest.mark.slow, pytest.mark.model]

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]
SEEDS = ("0", "4242")

# (arguments, with D for the run's folder; the files it writes there)
WRITERS = [
    (["build", "--over-time", "Y", "-o", "D/page.html"], ["page.html"]),
    (["build", "--color-by", "kind", "-o", "D/kinds.html"], ["kinds.html"]),
    (
        ["analyze", "--over-time", "Y", "--csv", "D"],
        [
            "camps.csv",
            "camps_over_time.csv",
            "centrality.csv",
            "implied.csv",
            "over_time.csv",
            "over_time.png",
            "tensions.csv",
        ],
    ),
    (["export", "-o", "D/g.graphml"], ["g.graphml"]),
    (["export", "-o", "D/g.gexf"], ["g.gexf"]),
    (["export", "-o", "D/g.json"], ["g.json"]),
    (["extract", "art.txt", "--actors", "a.csv", "-o", "D/review.csv"], ["review.csv"]),
    (["propose-actors", "art.txt", "--actors", "a.csv", "-o", "D/p.csv"], ["p.csv"]),
    (["accept", "review.csv", "--relations", "D/r.csv", "--actors", "a.csv"], ["r.csv"]),
    (["accept-actors", "proposals.csv", "--actors", "D/a.csv"], ["a.csv"]),
    (
        ["events", "build", "acled.csv", "-f", "acled", "-o", "D/events.html", "--tables", "D"],
        ["actors.csv", "events.html", "relations.csv"],
    ),
]
FILES = [name for _, names in WRITERS for name in names]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Every writer under each hash seed, all at once; {seed: folder}."""
    base = tmp_path_factory.mktemp("seeds")
    inputs(base)
    (base / "art.txt").write_text(
        (base / "art.txt").read_text() + "Russia warns Turkey. Hezbollah backs Iran.\n"
    )
    started = []
    for seed in SEEDS:
        folder = base / f"seed{seed}"
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        for args, _ in WRITERS:
            argv = [a.replace("D", str(folder), 1) if a.startswith("D") else a for a in args]
            started.append(
                subprocess.Popen(
                    [*COMMAND, "--quiet", *argv],
                    cwd=base,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
    for process in started:
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    return {seed: base / f"seed{seed}" for seed in SEEDS}


@pytest.mark.parametrize("name", FILES)
def test_the_same_bytes_under_any_hash_seed(runs, name):
    one, two = (runs[seed] / name for seed in SEEDS)
    assert one.read_bytes() == two.read_bytes(), name
