"""Issue 19's probes of the analysis over time with odd dates: ``balance_over_time``,
``camps_over_time`` and ``annotate(freq=)`` on year 1, year 9999, month-only dates, open
ends, an end before its start, a single day, the far future, and graphs with no signed
relation, one actor or only structural relations; then the commands
(``analyze --over-time``, ``build --over-time``) on dates outside pandas' calendar.

Each case asserts the one right behaviour: the periods a person would count by hand, or
one clear error naming the value; and a command that fails writes nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import graphkit as gk

ACTORS = pd.DataFrame({"id": ["a", "b", "c"], "name": ["A", "B", "C"], "kind": "state"})
FUNCTIONS = ["balance_over_time", "camps_over_time", "annotate"]
CALENDAR = "expected dates from 1678-01-01 to 2261-12-31 (pandas' calendar)"


def graph(*rows: tuple[str, str, str, str, str], actors: pd.DataFrame = ACTORS):
    relations = pd.DataFrame(list(rows), columns=["source", "target", "relation", "start", "end"])
    return gk.build_graph(actors, relations)


def periods(function: str, G, **options) -> list[str]:
    """The period labels ``function`` gives (annotate: its graph attribute)."""
    result = getattr(gk, function)(G, time_limit=10, **options)
    if function == "annotate":
        return [p["label"] for p in json.loads(result.graph["periods"])]
    if function == "camps_over_time":
        return [c.strftime("%Y-%m-%d") for c in result.columns]
    return [i.strftime("%Y-%m-%d") for i in result.index]


def months(function: str, first: int = 1) -> list[str]:
    """Three months of 2024 from month ``first``, as ``function`` labels them."""
    form = "2024-{:02d}" if function == "annotate" else "2024-{:02d}-01"
    return [form.format(m) for m in range(first, first + 3)]


OUTSIDE = {
    "year 1": ("a", "b", "opposes", "0001-01-01", ""),
    "year 9999": ("a", "b", "opposes", "9999-12-31", ""),
    "far future": ("a", "b", "opposes", "2262-04-12", ""),
    "1677": ("a", "b", "opposes", "1677-09-21", ""),
    "open start, year 1 end": ("a", "b", "opposes", "", "0001-12-31"),
}


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("case", list(OUTSIDE))
def test_dates_outside_pandas_calendar_are_one_clear_error(case, function):
    G = graph(OUTSIDE[case], ("b", "c", "backs", "2024-01-01", ""))
    with pytest.raises(gk.DataError, match=r"pandas' calendar") as raised:
        periods(function, G, freq="M")
    assert CALENDAR in str(raised.value)
    u, v, relation, start, end = OUTSIDE[case]
    date = f"start {start}" if start else f"end {end}"
    assert f"(relation {u} -> {v} ({relation}) {date})" in str(raised.value)


@pytest.mark.parametrize("argument", ["start", "end"])
def test_an_argument_outside_pandas_calendar_is_named(argument):
    G = graph(("a", "b", "opposes", "2024-01-05", ""))
    value = "0001-01-01" if argument == "start" else "9999-12-31"
    with pytest.raises(gk.DataError, match=f"\\({argument}={value}\\)"):
        gk.balance_over_time(G, freq="Y", **{argument: value})


@pytest.mark.parametrize("function", FUNCTIONS)
def test_month_only_dates_cover_their_months(function):
    G = graph(("a", "b", "opposes", "2024-03", ""), ("b", "c", "backs", "2024-05", ""))
    assert periods(function, G, freq="M") == months(function, first=3)


@pytest.mark.parametrize("function", FUNCTIONS)
def test_all_relations_on_one_day_make_one_daily_period(function):
    G = graph(
        ("a", "b", "opposes", "2024-03-01", "2024-03-01"),
        ("b", "c", "backs", "2024-03-01", "2024-03-01"),
    )
    assert len(periods(function, G, freq="D")) == 1


def test_one_day_camps_are_those_of_the_day():
    G = graph(
        ("a", "b", "opposes", "2024-03-01", "2024-03-01"),
        ("b", "c", "backs", "2024-03-01", "2024-03-01"),
    )
    camps = gk.camps_over_time(G, freq="D").iloc[:, 0]
    assert camps["b"] == camps["c"] != camps["a"]


def test_an_open_start_counts_from_the_end_it_has():
    G = graph(("a", "b", "opposes", "", "2024-03-01"), ("b", "c", "backs", "2024-01-01", ""))
    assert periods("annotate", G, freq="M") == months("annotate")


def test_an_end_before_its_start_is_refused_where_it_is_read():
    with pytest.raises(gk.DataError, match=r"line 2, column 'end' \(E\): got '2024-01-01'"):
        graph(("a", "b", "opposes", "2024-03-01", "2024-01-01"))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"start": "2024-06-01", "end": "2024-01-01"}, r"end \(2024-01-01\) is before start"),
        ({"start": "2024-02-30"}, r"not a calendar date: '2024-02-30'"),
        ({"start": pd.NaT}, r"expected a date, got a missing value \(NaT\)"),
        ({"end": float("nan")}, r"expected a date, got a missing value \(nan\)"),
        ({"start": "2024-01-01T12:00"}, r"not an ISO date"),
        ({"freq": "0D"}, r"freq='0D' is not a period length"),
        ({"freq": None, "window": "-5D"}, r"window='-5D' is shorter than a day"),
    ],
)
@pytest.mark.parametrize("function", FUNCTIONS)
def test_odd_arguments_are_one_clear_error_naming_the_value(function, options, message):
    G = graph(("a", "b", "opposes", "2024-01-05", ""), ("b", "c", "backs", "2024-03-05", ""))
    with pytest.raises(ValueError, match=message):
        periods(function, G, **{"freq": "M", **options})


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("relation", ["leads", "member_of"])
def test_only_structural_relations_give_periods_without_camps(function, relation):
    G = graph(("a", "b", relation, "2024-01-05", ""), ("b", "c", relation, "2024-03-05", ""))
    if function == "camps_over_time":
        assert gk.camps_over_time(G, freq="M").empty  # no actor has a camp, no period
    else:
        assert periods(function, G, freq="M") == months(function)
    if function == "balance_over_time":
        assert (gk.balance_over_time(G, freq="M")["pairs"] == 0).all()


def test_one_actor_and_no_relation_over_a_given_year():
    G = graph(actors=ACTORS[:1])
    table = gk.balance_over_time(G, freq="M", start="2024-01-01", end="2024-12-31")
    assert len(table) == 12 and (table["pairs"] == 0).all()
    assert gk.camps_over_time(G, freq="M", start="2024-01-01", end="2024-12-31").empty


EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", "--over-time", "M", "--csv", "out"],
        ["analyze", "--over-time", "Y"],
        ["build", "--over-time", "D", "-o", "out/page.html"],
    ],
)
def test_a_command_on_dates_outside_the_calendar_fails_and_writes_nothing(tmp_path, command):
    ACTORS.to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "r.csv").write_text(
        "source,target,relation,start\na,b,opposes,0001-01-01\nb,c,backs,9999-12-31\n"
    )
    done = subprocess.run(
        [*COMMAND, *command, "--actors", "a.csv", "--relations", "r.csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert CALENDAR in done.stderr
    # the relations at fault are named (the command has no start= or end= to pass)
    assert (
        "(relation a -> b (opposes) start 0001-01-01, relation b -> c (backs) start "
        "9999-12-31)" in done.stderr
    ), done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "r.csv"]  # nothing written
