"""``graphkit events build`` and ``describe``: in process, exit codes, output, files."""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLES
from graphkit.cli import main
from graphkit.io.spreadsheet import read_people_csv

pytestmark = pytest.mark.engine


def test_events_build_writes_the_page_and_summarises(engine, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(
        ["events", "build", str(SAMPLES["gdelt2"]), "--format", "gdelt2", "--tables", "tables"]
    )
    out = capsys.readouterr().out
    assert code == 0
    # 121 events have a role without a country (BUS, MED, ...): not actors by default
    assert out.startswith(
        "500 events: 89 relation, 273 no actor, 121 generic actor, 17 not a relation\n"
    )
    assert "wrote out/events.html" in out and (tmp_path / "out" / "events.html").is_file()
    relations = read_people_csv(tmp_path / "tables" / "relations.csv")
    actors = read_people_csv(tmp_path / "tables" / "actors.csv")
    assert relations["events"].sum() == 89
    assert set(relations.source) | set(relations.target) <= set(actors["id"])


def test_events_build_options_reach_the_aggregation(engine, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(
        [
            "events",
            "build",
            str(SAMPLES["gdelt2"]),
            "-f",
            "gdelt2",
            "--period",
            "all",
            "--actors",
            "country",
            "--code",
            "19",
            "--code",
            "18",
            "--from",
            "2019-10",
            "--to",
            "2019-10-31",
            "-o",
            "fights.html",
            "--tables",
            "t",
        ]
    )
    assert code == 0
    relations = read_people_csv(tmp_path / "t" / "relations.csv")
    assert set(relations.relation) <= {"fights", "attacks"}
    assert relations.period.unique().tolist() == ["all"]
    assert (relations.first_event >= "2019-10-01").all()
    assert (tmp_path / "fights.html").is_file()
    assert "events:" in capsys.readouterr().out


def test_events_describe_prints_rows_dates_actors_codes_and_problems(engine, tmp_path, capsys):
    lines = SAMPLES["icews"].read_text(encoding="utf-8").splitlines()
    fields = lines[5].split("\t")
    fields[7] = "one"  # Intensity
    lines[5] = "\t".join(fields)
    (tmp_path / "icews.tab").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["events", "describe", str(tmp_path / "icews.tab"), "--format", "icews"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "500 events (ICEWS 500), 2018-06-01 to 2018-06-01"
    assert "top event codes: 040 82, 010 55, 173 37, 036 28, 046 26" in out
    assert "1 problem found" in out
    assert "line 6, column 'Intensity': got 'one'; expected a number from -10 to 10" in out


def test_bad_input_exits_1_with_reasons_and_no_traceback(engine, tmp_path, capsys):
    cases = [
        ["events", "describe", str(tmp_path), "-f", "gdelt2"],
        ["events", "build", str(SAMPLES["icews"]), "-f", "gdelt2"],
        ["events", "build", str(tmp_path / "none*.zip"), "-f", "gdelt2"],
        ["events", "build", str(SAMPLES["gdelt2"]), "-f", "gdelt2", "--code", "99"],
        ["events", "build", str(SAMPLES["gdelt2"]), "-f", "gdelt2", "--mapping", "nope"],
    ]
    for argv in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("graphkit: error: ") and "Traceback" not in err, argv


def test_problems_are_listed_and_the_rest_built_unless_strict(engine, tmp_path, capsys):
    lines = SAMPLES["gdelt2"].read_text(encoding="utf-8").splitlines()
    lines[2] = "broken\tline"
    (tmp_path / "g.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = [
        "events",
        "build",
        str(tmp_path / "g.tsv"),
        "-f",
        "gdelt2",
        "-o",
        str(tmp_path / "p.html"),
    ]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "1 problem(s)" in err and "g.tsv, line 3: got 'broken\\tline'" in err
    assert main([*argv, "--strict"]) == 1
    assert "line 3" in capsys.readouterr().err


def test_usage_errors_exit_2(engine, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["events", "build", str(SAMPLES["gdelt2"])])  # no --format
    assert caught.value.code == 2
    assert main(["events"]) == 2
    capsys.readouterr()


def test_the_graph_records_the_aggregation_policy(engine, tmp_path, monkeypatch):
    import graphkit as gk

    monkeypatch.chdir(tmp_path)
    assert (
        main(
            [
                "events",
                "build",
                str(SAMPLES["gdelt2"]),
                "-f",
                "gdelt2",
                "--dedupe",
                "daily",
                "-o",
                "g.html",
            ]
        )
        == 0
    )
    events = gk.read_events(SAMPLES["gdelt2"], format="gdelt2")
    policy = gk.aggregate_events(events, dedupe="daily").attrs["policy"]
    assert json.loads(json.dumps(policy)) == policy and policy["dedupe"] == "daily"


@pytest.mark.parametrize("output", ["page.txt", "events.tsv"])
def test_events_build_refuses_a_wrong_page_name_before_reading(
    tmp_path, monkeypatch, capsys, output
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events.tsv").write_bytes(SAMPLES["gdelt2"].read_bytes())
    assert main(["events", "build", "events.tsv", "-f", "gdelt2", "-o", output]) == 2
    err = capsys.readouterr().err
    assert f"not {output!r}" in err and "events:" not in err  # nothing was read
    assert (tmp_path / "events.tsv").read_bytes() == SAMPLES["gdelt2"].read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.tsv"]
