"""``build_event_graph``: the ``events build`` pipeline as a library function, and the
one wording of a reading problem the command line and descriptions share."""

from __future__ import annotations

import warnings
from types import SimpleNamespace

import networkx as nx
import pandas as pd
import pytest

import graphkit as gk
from conftest import SAMPLES, SYNTHETIC
from graphkit.cli import main
from graphkit.events.pipeline import build_event_graph
from graphkit.events.problems import problem_frame, problem_text
from graphkit.io.spreadsheet import read_people_csv

pytestmark = pytest.mark.engine


def test_the_pipeline_gives_what_its_steps_give_one_by_one(engine):
    options = {"period": "Q", "actors": "country", "dedupe": "daily"}
    result = build_event_graph(SAMPLES["gdelt2"], "gdelt2", **options)
    events = gk.read_events(SAMPLES["gdelt2"], format="gdelt2")
    relations = gk.aggregate_events(events, **options)
    actors = gk.event_actors(events, actors="country", relations=relations)
    graph = gk.build_graph(actors, relations, name="gdelt2-events", title="gdelt2 events")
    pd.testing.assert_frame_equal(result.relations, relations)
    assert result.relations.attrs["policy"] == relations.attrs["policy"]
    pd.testing.assert_frame_equal(result.actors, actors)
    assert nx.utils.graphs_equal(result.graph, graph)
    assert result.graph.graph["title"] == "gdelt2 events"
    pd.testing.assert_frame_equal(result.table, gk.centrality(graph))
    assert repr(result.report) == repr(gk.balance(graph))
    assert result.count == 500 and result.fates == relations.attrs["policy"]["fates"]


def test_undirected_sources_and_names_pass_through(engine):
    result = build_event_graph(SYNTHETIC["acled"], "acled", period=None, name="n", title="t")
    assert (result.graph.graph["name"], result.graph.graph["title"]) == ("n", "t")
    assert not result.relations["directed"].any()
    assert set(result.actors.index) == set(result.relations.source) | set(result.relations.target)


def test_events_that_make_no_relation_give_an_empty_graph_and_their_fates(engine):
    result = build_event_graph(SAMPLES["gdelt2"], "gdelt2", codes=["99"])
    assert result.relations.empty and result.actors.empty
    assert result.graph.number_of_nodes() == 0 and result.table.empty
    assert result.count == 500 and set(result.fates.values()) == {0}


def test_the_command_writes_exactly_the_pipelines_tables(engine, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    argv = ["events", "build", str(SAMPLES["icews"]), "-f", "icews", "--period", "W"]
    assert main([*argv, "--actors", "country+role", "--tables", "t"]) == 0
    result = build_event_graph(SAMPLES["icews"], "icews", period="W", actors="country+role")
    written = (tmp_path / "t" / "relations.csv").read_text(encoding="utf-8")
    assert written == result.relations.to_csv(index=False, lineterminator="\n")
    out = capsys.readouterr().out
    assert out.startswith(f"{result.count:,} events: ")
    assert gk.summarize(result.graph, table=result.table, report=result.report) in out
    assert read_people_csv(tmp_path / "t" / "actors.csv")["id"].tolist() == sorted(
        result.actors.index
    )


def test_a_problem_without_a_line_is_worded_without_one():
    # events.problems keeps lines as nullable integers: a file's own problem has pd.NA,
    # whose truth value raises ("boolean value of NA is ambiguous", issue 19 item 1)
    frame = problem_frame(
        [
            gk.Problem("b.tsv", 4, None, None, "broken\tline", "61 tab-separated fields"),
            gk.Problem("empty.tsv", None, None, None, None, "a file with event rows"),
        ]
    )
    assert frame["line"].isna().tolist() == [False, True]
    assert frame["line"].iloc[1] is pd.NA
    assert [problem_text(row) for row in frame.itertuples()] == [
        "b.tsv, line 4: got 'broken\\tline'; expected 61 tab-separated fields",
        "empty.tsv: expected a file with event rows",
    ]
    assert problem_text(frame.iloc[1]) == "empty.tsv: expected a file with event rows"
    as_floats = SimpleNamespace(file="x", line=float("nan"), column=None, value=None, expected="e")
    assert problem_text(as_floats) == "x: expected e"


def test_events_build_lists_a_file_level_problem_next_to_readable_rows(
    engine, tmp_path, monkeypatch, capsys
):
    # `: > empty.csv; graphkit events build ged191.zip empty.csv` ended in an internal
    # error; the empty file is one problem and the other file is built
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.tsv").write_bytes(b"")
    argv = ["events", "build", str(SAMPLES["gdelt2"]), "empty.tsv", "-f", "gdelt2"]
    assert main([*argv, "-o", "page.html"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "graphkit: 1 problem(s) reading the files:\n"
        "  empty.tsv: expected a file with event rows (the file is empty)\n"
    )
    assert captured.out.startswith("500 events: 89 relation, ")
    assert (tmp_path / "page.html").is_file()


def test_describe_words_problems_as_the_command_line_does(engine, tmp_path):
    (tmp_path / "empty.tsv").write_bytes(b"")
    bad = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    bad[1] = "broken\tline"
    (tmp_path / "bad.tsv").write_text("\n".join(bad) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.EventProblemsWarning)
        events = gk.read_events([tmp_path / "bad.tsv", tmp_path / "empty.tsv"], format="gdelt2")
    text = str(gk.describe_events(events))
    assert "2 problems found\n" in text
    assert f"  {tmp_path / 'bad.tsv'}, line 2: got 'broken\\tline'; expected 61 " in text
    assert text.endswith(
        f"  {tmp_path / 'empty.tsv'}: expected a file with event rows (the file is empty)"
    )
