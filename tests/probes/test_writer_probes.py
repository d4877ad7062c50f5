"""Issue 19's probes of every command that writes, through the installed ``graphkit``:
on a full disk (a real tmpfs, filled to the last byte) and killed with ``SIGKILL`` while
its output is written.

Commands: ``build``, ``analyze --csv``, ``analyze --over-time``, ``export``, ``extract``,
``accept``, ``propose-actors``, ``accept-actors`` and ``events build``. Each case
asserts the one right behaviour: on a full disk the command fails with the message that
says so, and the folder holds exactly its old files, unchanged; killed with ``kill -9``
once its first output is on disk but before it is in place, the old files are unchanged
and the next run replaces them and leaves no temporary file.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from parts import missing

import graphkit as gk

pytestmark = [pytest.mark.slow, pytest.mark.model]

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]
ARTICLE = (
    "Turkey backs HTS in Idlib. Iran opposes HTS. The Zorgian Liberation Front attacked "
    "Aleppo, the Zorgian Liberation Front said.\n"
)
EVENTS = Path(__file__).resolve().parents[1] / "events" / "data" / "acled_synthetic.csv"
KILL_AFTER_FLUSH = """\
import os, signal
_fsync = os.fsync
def _killed(fd):
    _fsync(fd)
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 with a whole output not yet in place
os.fsync = _killed
"""
"""A ``sitecustomize`` module: the process kills itself (``SIGKILL``) as soon as the
first output file it writes has been flushed to disk, before it is renamed into place."""

# name: (arguments with D for the output folder, the files the command writes in D)
WRITERS = {
    "build": (["build", "-o", "D/page.html"], ["page.html"]),
    "analyze --csv": (
        ["analyze", "--csv", "D"],
        ["camps.csv", "centrality.csv", "implied.csv", "tensions.csv"],
    ),
    "analyze --over-time": (
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
    "export": (["export", "-o", "D/g.graphml"], ["g.graphml"]),
    "extract": (["extract", "art.txt", "--actors", "a.csv", "-o", "D/review.csv"], ["review.csv"]),
    "accept": (["accept", "review.csv", "--relations", "D/r.csv", "--actors", "a.csv"], ["r.csv"]),
    "propose-actors": (
        ["propose-actors", "art.txt", "--actors", "a.csv", "-o", "D/proposed.csv"],
        ["proposed.csv"],
    ),
    "accept-actors": (["accept-actors", "proposals.csv", "--actors", "D/a.csv"], ["a.csv"]),
    "events build": (
        ["events", "build", "acled.csv", "-f", "acled", "-o", "D/events.html", "--tables", "D"],
        ["actors.csv", "events.html", "relations.csv"],
    ),
}


def inputs(folder: Path) -> None:
    """The bundled actors as a CSV, an article, its review, its proposals (ok TRUE) and
    an ACLED file."""
    shutil.copy(EVENTS, folder / "acled.csv")
    G = gk.load_dataset()
    columns = ("name", "kind", "aliases", "country", "description")
    rows = [{"id": n, **{k: d[k] for k in columns if k in d}} for n, d in G.nodes(data=True)]
    pd.DataFrame(rows).to_csv(folder / "a.csv", index=False)
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "review.csv").write_text(
        "source,relation,target,code,modality,attributed_to,source_mention,target_mention,"
        "evidence,start_char,end_char,trigger,start,date_basis,confidence,rule,document,"
        "reported,negated,hedged,hypothetical,ok\n"
        "turkey,backs,hts,070,asserted,,Turkey,HTS,Turkey backs HTS in Idlib.,0,26,backs,,,"
        "0.9,verb:back,art.txt,,False,False,False,True\n",
        encoding="utf-8",
    )
    (folder / "proposals.csv").write_text(
        "id,name,kind,aliases,country,mentions,documents,evidence,start_char,end_char,"
        "document,label,kind_basis,kind_sure,ok\n"
        "zorgian_liberation_front,Zorgian Liberation Front,armed_group,,,2,1,"
        '"The Zorgian Liberation Front attacked Aleppo.",0,24,art.txt,ORG,cue,True,True\n',
        encoding="utf-8",
    )


def old_files(folder: Path, names: list[str]) -> dict[str, bytes]:
    """Files standing for a previous run's outputs (valid tables where a command reads
    its output first: accept's relations, accept-actors' actors)."""
    old = {name: f"old {name}\n".encode() for name in names}
    if "r.csv" in old:
        old["r.csv"] = b"source,target,relation\niran,hts,opposes\n"
    if names == ["a.csv"]:
        old["a.csv"] = b"id,name,kind\nturkey,Turkey,state\nhts,HTS,armed_group\n"
    for name, content in old.items():
        (folder / name).write_bytes(content)
    return old


def run(args: list[str], cwd: Path, folder: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, *[a.replace("D", str(folder), 1) if a.startswith("D") else a for a in args]],
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def fill(folder: Path) -> None:
    """Fill the file system of ``folder`` to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as handle:
        for size in (1 << 16, 1 << 12, 1 << 8, 1):
            while True:
                try:
                    handle.write(b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break


@pytest.fixture(scope="module")
def full_disk_runs(tmp_path_factory):
    """Every writer run at once, each on its own full tmpfs; what each left."""
    base = tmp_path_factory.mktemp("full")
    inputs(base)
    mounted, started, results = [], {}, {}
    try:
        for name, (args, names) in WRITERS.items():
            disk = base / name.replace(" ", "_").replace("-", "_")
            disk.mkdir()
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)],
                capture_output=True,
                text=True,
            )
            if done.returncode:
                missing(f"cannot mount a small tmpfs to fill a disk ({done.stderr.strip()})")
            mounted.append(disk)
            old = old_files(disk, names)
            fill(disk)
            old["filler"] = (disk / "filler").read_bytes()
            started[name] = (run(args, base, disk), disk, old)
        for name, (process, disk, old) in started.items():
            _, err = process.communicate(timeout=300)
            results[name] = {
                "code": process.returncode,
                "err": err,
                "old": old,
                "now": {p.name: p.read_bytes() for p in disk.iterdir()},
            }
    finally:
        for disk in mounted:
            subprocess.run(["umount", str(disk)], check=False)
    return results


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_full_disk_is_reported_and_the_old_files_kept(full_disk_runs, writer):
    result = full_disk_runs[writer]
    assert "Traceback" not in result["err"], result["err"]
    assert result["code"] == 1, result["err"]
    assert "no space left on the device" in result["err"], result["err"]
    assert "nothing was written" in result["err"], result["err"]
    assert result["now"] == result["old"]  # the same names, the same bytes


@pytest.fixture(scope="module")
def killed_runs(tmp_path_factory):
    """Every writer run at once, each killed with SIGKILL when its first output file is
    flushed; then run again normally. What each left after each run."""
    base = tmp_path_factory.mktemp("killed")
    inputs(base)
    hook = base / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(KILL_AFTER_FLUSH, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}
    started, results = {}, {}
    for name, (args, names) in WRITERS.items():
        folder = base / name.replace(" ", "_").replace("-", "_")
        folder.mkdir()
        old = old_files(folder, names)
        started[name] = (run(args, base, folder, env), folder, old)
    for name, (process, folder, old) in started.items():
        process.communicate(timeout=300)
        results[name] = {
            "code": process.returncode,
            "old": old,
            "killed": {p.name: p.read_bytes() for p in folder.iterdir()},
        }
    again = {name: run(WRITERS[name][0], base, folder) for name, (_, folder, _) in started.items()}
    for name, process in again.items():
        _, err = process.communicate(timeout=300)
        folder = started[name][1]
        results[name].update(
            again_code=process.returncode, again_err=err, names=sorted(os.listdir(folder))
        )
    return results


@pytest.mark.parametrize("writer", list(WRITERS))
def test_kill_9_while_writing_keeps_the_old_files_and_leaves_no_temporary(killed_runs, writer):
    result = killed_runs[writer]
    assert result["code"] == -9  # killed while writing
    left = result["killed"]
    temporaries = [n for n in left if n.endswith(".tmp")]
    assert temporaries, left  # the kill came while an output was being written
    assert {n: b for n, b in left.items() if not n.endswith(".tmp")} == result["old"]
    assert result["again_code"] == 0, result["again_err"]
    assert result["names"] == sorted(WRITERS[writer][1])  # replaced, no temporary left
