"""Event sources are records: a new one is one declaration, read like the bundled ones.

The made-up "toy" source (``toy_source.py``: quoted CSV, dates as ``DD.MM.YYYY``, its own
code system and mapping) is registered and then read, checked, aggregated, given an
actors table, described and built by the command line with no other change; the
expected values are worked out by hand from the rows below.
"""

from __future__ import annotations

import ast
import dataclasses
import pkgutil
from pathlib import Path

import pytest
from toy_source import MAPPING, TOY

import graphkit as gk
from graphkit.events import sources
from graphkit.events.sources import (
    SOURCES,
    event_source,
    register_source,
    unregister_source,
)

TOY_ROWS = """\
id,day,from,to,from_country,to_country,act,severity,note
t1,05.03.2024,Gov Alpha,Beta Front,ALP,BET,shove,-6,"a note, with a comma"
t2,09.03.2024,Gov Alpha,Beta Front,ALP,BET,shove,-2,
t3,20.03.2024,Gov Alpha,Beta Front,ALP,BET,hug,3,
t4,02.04.2024,Beta Front,Gov Alpha,BET,ALP,hug: long,5,
t5,03.04.2024,Beta Front,Gov Alpha,BET,ALP,wave,1,
t6,31.02.2024,Gov Alpha,Beta Front,ALP,BET,shove,-1,
t7,04.04.2024,Gov Alpha,,ALP,,hug,12,
"""
"""Line 7 (t6) has a day February lacks, line 8 (t7) no target and a severity above 10."""


@pytest.fixture
def toy(tmp_path):
    register_source(TOY)
    path = tmp_path / "toy.csv"
    path.write_text(TOY_ROWS, encoding="utf-8")
    try:
        yield path
    finally:
        unregister_source("toy")


def test_every_module_of_the_sources_package_is_a_registered_source():
    modules = {m.name for m in pkgutil.iter_modules(sources.__path__)} - {"record"}
    assert modules == set(SOURCES) == {"gdelt2", "gdelt1", "icews", "polecat", "ucdp", "acled"}
    assert list(SOURCES) == ["gdelt2", "gdelt1", "icews", "polecat", "ucdp", "acled"]


def test_a_registered_source_is_read_with_its_date_rule_and_checked_by_its_ranges(engine, toy):
    with pytest.warns(gk.EventProblemsWarning, match="2 problems reading Toy events"):
        events = gk.read_events(toy, format="toy")
    rows = events.order_by("line").to_pyarrow().to_pylist()
    assert [r["event_id"] for r in rows] == ["t1", "t2", "t3", "t4", "t5", "t6", "t7"]
    first = rows[0]
    assert (first["date"].isoformat(), first["source"], first["target"]) == (
        "2024-03-05",
        "Gov Alpha",
        "Beta Front",
    )
    assert (first["source_country"], first["code"], first["goldstein"], first["quad_class"]) == (
        "ALP",
        "shove",
        -6.0,
        4,
    )
    assert (first["dataset"], first["code_system"], first["quad_convention"]) == (
        "toy",
        "toy",
        "toy",
    )
    assert rows[5]["date"] is None and rows[6]["goldstein"] is None and rows[6]["target"] is None
    problems = events.problems[["line", "column", "value", "expected"]].to_dict("records")
    assert problems == [
        {"line": 7, "column": "day", "value": "31.02.2024", "expected": "a date as DD.MM.YYYY"},
        {
            "line": 8,
            "column": "severity",
            "value": "12",
            "expected": "a number from -10 to 10",
        },
    ]


def test_a_registered_source_aggregates_with_its_own_mapping_and_titles(engine, toy):
    events = gk.read_events(toy, format="toy")
    relations = gk.aggregate_events(events, period="M")
    table = relations[["source", "target", "relation", "start", "events", "weight", "goldstein"]]
    assert table.to_dict("records") == [
        # March: Gov Alpha shoved twice (-6, -2) and hugged once (+3): 3 events in the dyad
        {
            "source": "Gov Alpha",
            "target": "Beta Front",
            "relation": "attacks",
            "start": "2024-03",
            "events": 2,
            "weight": 0.666667,
            "goldstein": -8.0,
        },
        {
            "source": "Gov Alpha",
            "target": "Beta Front",
            "relation": "backs",
            "start": "2024-03",
            "events": 1,
            "weight": 0.333333,
            "goldstein": 3.0,
        },
        # April: a long hug is funding (the longer prefix); the wave makes no relation
        {
            "source": "Beta Front",
            "target": "Gov Alpha",
            "relation": "funds",
            "start": "2024-04",
            "events": 1,
            "weight": 1.0,
            "goldstein": 5.0,
        },
    ]
    attacks = relations.iloc[0]
    assert attacks.evidence.startswith("2 Toy events, Mar 2024: 2 material conflict; ")
    assert "top codes shove shove ×2" in attacks.evidence
    assert attacks.document == "Toy, story t1"
    assert (attacks.mapping, attacks.quad_convention, attacks.directed) == (
        str(MAPPING),
        "toy",
        True,
    )
    assert relations.attrs["policy"]["fates"] == {
        "relation": 4,
        "no date": 1,
        "no actor": 1,
        "placeholder actor": 0,
        "generic actor": 0,
        "self-dyad": 0,
        "unmapped code": 0,
        "not a relation": 1,
    }


def test_a_registered_source_gets_actor_kinds_descriptions_and_a_format_hint(engine, toy):
    events = gk.read_events(toy, format="toy")
    actors = gk.event_actors(events)
    assert actors[["kind", "country", "description"]].to_dict("index") == {
        "Beta Front": {
            "kind": "armed_group",
            "country": "BET",
            "description": "Toy actor Beta Front (BET)",
        },
        "Gov Alpha": {
            "kind": "government",
            "country": "ALP",
            "description": "Toy actor Gov Alpha (ALP)",
        },
    }
    assert str(gk.describe_events(events)).startswith("7 events (Toy 7), 2024-03-05 to 2024-04-04")
    with pytest.raises(gk.DataError, match="it looks like format='toy'"):
        gk.read_events(toy, format="acled")


def test_the_command_line_builds_a_registered_source(engine, toy, tmp_path, capsys):
    from graphkit.cli import main

    page = tmp_path / "toy.html"
    assert main(["events", "build", str(toy), "-f", "toy", "-o", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("7 events: 4 relation, 1 no date, 1 no actor, 1 not a relation\n")
    assert page.is_file()


def test_a_record_naming_a_column_it_does_not_read_is_refused():
    with pytest.raises(ValueError, match="column 'note' is not among the needed columns"):
        dataclasses.replace(TOY, numbers={"note": "integer"})
    with pytest.raises(ValueError, match="registered already"):
        register_source(event_source("acled"))
    with pytest.raises(ValueError, match="unknown event format 'toy'"):
        event_source("toy")


SOURCE_NAMES = {"gdelt2", "gdelt1", "icews", "polecat", "ucdp", "acled"}
CODE_SYSTEMS = {"cameo", "plover", "ucdp", "acled"}
ASKED = {"name", "dataset", "format"}
"""What names a source: comparing one of these with a source's name is asking which source
it is, which only the sources' records may answer."""


def _asks_which_source(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare):
        sides = [node.left, *node.comparators]
        asked = any(
            (isinstance(s, ast.Name) and s.id in ASKED)
            or (isinstance(s, ast.Attribute) and s.attr in ASKED)
            for s in sides
        )
        named = {
            c.value
            for s in sides
            for c in ast.walk(s)
            if isinstance(c, ast.Constant) and isinstance(c.value, str)
        }
        return asked and bool(named & SOURCE_NAMES)
    if isinstance(node, ast.Dict):
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        return len(keys & SOURCE_NAMES) >= 2  # a dispatch table by source
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        # a list of sources kept by hand (the bundled mappings, named like the code
        # systems ucdp and acled, are no such list)
        items = {e.value for e in node.elts if isinstance(e, ast.Constant)}
        return len(items & SOURCE_NAMES) >= 2 and bool(items & (SOURCE_NAMES - CODE_SYSTEMS))
    return False


def test_no_module_outside_the_sources_asks_which_source_it_reads():
    package = Path(gk.__file__).parent
    files = [*(package / "events").glob("*.py"), package / "cli" / "event_commands.py"]
    found = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in files
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if _asks_which_source(node)
    ]
    assert found == []


def test_the_source_name_check_finds_a_dispatch_by_name():
    code = (
        'build = {"gdelt2": a, "icews": b}[spec.name]\n'
        'if dataset in ("gdelt1", "x"): pass\n'
        'for name in ("icews", "polecat"): pass\n'
        'if quad in ("source", "gdelt", "icews"): pass\n'  # a quad convention, not a source
        'MAPPINGS = ("cameo", "plover", "acled", "ucdp")\n'  # code systems, not sources
    )
    assert sum(_asks_which_source(n) for n in ast.walk(ast.parse(code))) == 3
