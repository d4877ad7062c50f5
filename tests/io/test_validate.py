"""Reading and validating actors and relations: every bad input is located and explained."""

import csv
import datetime
import difflib
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import graphkit as gk
from graphkit.base.errors import PROBLEMS_SHOWN
from graphkit.base.hints import FUZZY_HINTS, HintIndex
from graphkit.core.schema import RELATION_COLUMNS, RESERVED_ACTOR_COLUMNS, RESERVED_RELATION_COLUMNS
from graphkit.datasets import data_path

ACTORS = """\
id,name,kind,aliases,country
turkey,Turkey,state,Türkiye,TUR
hts,Hayat Tahrir al-Sham,armed_group,HTS|Tahrir al-Sham,SYR
israel,Israel,state,,ISR
iran,Iran,state,,IRN
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def actors(tmp_path):
    return gk.read_actors(write(tmp_path, "actors.csv", ACTORS))


def relations_error(tmp_path, actors, text) -> gk.DataError:
    path = write(tmp_path, "relations.csv", text)
    with pytest.raises(gk.DataError) as info:
        gk.read_relations(path, actors=actors)
    return info.value


def only_problem(error: gk.DataError) -> gk.Problem:
    assert len(error.problems) == 1, str(error)
    return error.problems[0]


# -- the acceptance case -------------------------------------------------------


def test_unknown_actor_and_unknown_relation_are_reported_together(tmp_path, actors):
    error = relations_error(
        tmp_path,
        actors,
        """\
        source,target,relation
        turkey,hts,backs
        israel,iran,warns
        tukrey,hts,opposes
        iran,israel,warns
        hts,israel,bombs
        """,
    )
    assert [(p.line, p.column, p.value) for p in error.problems] == [
        (4, "source", "tukrey"),
        (6, "relation", "bombs"),
    ]
    message = str(error)
    assert "relations.csv: 2 problems" in message
    assert "line 4, column 'source' (A): got 'tukrey'" in message
    assert "did you mean 'turkey'?" in message
    assert "line 6, column 'relation' (C): got 'bombs'" in message
    assert "backs" in message and "warns" in message  # lists the valid types


# -- actors ---------------------------------------------------------------------------


def test_actors_read_as_frame_indexed_by_id(actors):
    assert list(actors.index) == ["turkey", "hts", "israel", "iran"]
    assert actors.loc["hts", "aliases"] == "HTS|Tahrir al-Sham"
    assert pd.isna(actors.loc["israel", "aliases"])
    assert list(actors.columns[:5]) == ["name", "kind", "aliases", "country", "description"]


@pytest.mark.parametrize(
    ("row", "column", "value", "expected"),
    [
        (",Nobody,state,,", "id", "", "non-empty actor id"),
        ("turkey,Turkey again,state,,", "id", "turkey", "already used on line 2"),
        ("x,,state,,", "name", "", "non-empty display name"),
        ("x,X,stat,,", "kind", "stat", "did you mean 'state'?"),
        ("x,X,state,,Turkey", "country", "Turkey", "ISO 3166 alpha-3"),
    ],
)
def test_bad_actor_rows(tmp_path, row, column, value, expected):
    path = write(
        tmp_path, "actors.csv", "id,name,kind,aliases,country\nturkey,Turkey,state,,\n" + row + "\n"
    )
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert (problem.source, problem.line, problem.column, problem.value) == (
        str(path),
        3,
        column,
        value,
    )
    assert expected in str(problem)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(gk.DataError, match=r"nope\.csv: got|nope\.csv: expected an existing"):
        gk.read_actors(tmp_path / "nope.csv")


def test_missing_required_columns_are_all_listed(tmp_path):
    path = write(tmp_path, "actors.csv", "id,label\nturkey,Turkey\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    assert [(p.line, p.column) for p in info.value.problems] == [(1, "name"), (1, "kind")]
    assert "found 'id', 'label'" in str(info.value)


def test_bom_and_stray_whitespace_are_handled(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes("\ufeff id , name ,kind\n turkey , Turkey ,state \n".encode())
    actors = gk.read_actors(path)
    assert list(actors.index) == ["turkey"]
    assert actors.loc["turkey", "name"] == "Turkey"


def test_extra_columns_are_kept(tmp_path):
    path = write(tmp_path, "actors.csv", "id,name,kind,founded\nhts,HTS,armed_group,2017\n")
    actors = gk.read_actors(path)
    assert actors.loc["hts", "founded"] == "2017"


def test_not_utf8_names_line(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes(b"id,name,kind\nturkey,T\xfcrkiye,state\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert problem.line == 2
    assert "UTF-8" in problem.expected


def test_row_with_too_many_fields_is_not_dropped(tmp_path):
    path = write(tmp_path, "actors.csv", "id,name,kind\nturkey,Turkey,state\nx,A, B,state\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problems = info.value.problems
    assert problems[0].line == 3
    assert "3 fields as in the header, found 4" in problems[0].expected


def test_duplicate_header_column(tmp_path):
    path = write(tmp_path, "actors.csv", "id,name,kind,name\nturkey,Turkey,state,T\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert (problem.line, problem.column, problem.column_number) == (1, "name", 4)


def test_dataframe_input_and_id_index(actors):
    again = gk.read_actors(actors)
    pd.testing.assert_frame_equal(again, actors, check_dtype=False)
    broken = actors.reset_index()
    broken.loc[2, "kind"] = "planet"
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(broken)
    problem = only_problem(info.value)
    assert (problem.source, problem.line, problem.column) == ("actors DataFrame", 4, "kind")


# -- relations ------------------------------------------------------------------------


def test_relations_defaults_and_types(tmp_path, actors):
    path = write(
        tmp_path,
        "relations.csv",
        """\
        source,target,relation,weight,start,end,evidence,document,confidence_note
        turkey,hts,backs,,2019,,Turkey backs HTS.,Report,high
        israel,iran,warns,0.5,2024-12,2024-12-31,,,
        """,
    )
    relations = gk.read_relations(path, actors=actors)
    assert relations["weight"].tolist() == [1.0, 0.5]
    assert relations.loc[0, "start"] == "2019"
    assert relations.loc[0, "confidence_note"] == "high"
    assert pd.isna(relations.loc[1, "evidence"])
    assert list(relations.columns[:9]) == list(RELATION_COLUMNS)


@pytest.mark.parametrize(
    ("row", "column", "value", "expected"),
    [
        ("turkey,hts,backs,1.5,,", "weight", "1.5", "greater than 0 and at most 1"),
        ("turkey,hts,backs,0,,", "weight", "0", "greater than 0 and at most 1"),
        ("turkey,hts,backs,strong,,", "weight", "strong", "greater than 0 and at most 1"),
        ("turkey,hts,backs,,2024-13-01,", "start", "2024-13-01", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("turkey,hts,backs,,Dec 2024,", "start", "Dec 2024", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("turkey,hts,backs,,2020,2019", "end", "2019", "on or after start '2020'"),
        ("turkey,turkey,backs,,,", "target", "turkey", "other than the source"),
        ("Turkey,hts,backs,,,", "source", "Turkey", "did you mean 'turkey'?"),
        ("turkey,Tahrir al-Sham,backs,,,", "target", "Tahrir al-Sham", "did you mean 'hts'?"),
        (",hts,backs,,,", "source", "", "an actor id"),
    ],
)
def test_bad_relation_rows(tmp_path, actors, row, column, value, expected):
    error = relations_error(
        tmp_path,
        actors,
        "source,target,relation,weight,start,end\nisrael,iran,warns,,,\n" + row + "\n",
    )
    problem = only_problem(error)
    assert (problem.line, problem.column, problem.value) == (3, column, value)
    assert expected in str(problem)


def test_end_within_same_period_as_start_is_fine(tmp_path, actors):
    path = write(
        tmp_path,
        "relations.csv",
        "source,target,relation,start,end\nturkey,hts,backs,2016-05,2016\n",
    )
    assert len(gk.read_relations(path, actors=actors)) == 1


def test_repeated_row_is_reported(tmp_path, actors):
    error = relations_error(
        tmp_path, actors, "source,target,relation\nturkey,hts,backs\nturkey,hts,backs\n"
    )
    problem = only_problem(error)
    assert problem.line == 3
    assert "already stated on line 2" in problem.expected


def test_required_sources(tmp_path, actors):
    path = write(
        tmp_path,
        "relations.csv",
        "source,target,relation,evidence,document\nturkey,hts,backs,,Report\n",
    )
    gk.read_relations(path, actors=actors)  # fine without the requirement
    with pytest.raises(gk.DataError) as info:
        gk.read_relations(path, actors=actors, require_sources=True)
    problem = only_problem(info.value)
    assert (problem.line, problem.column) == (2, "evidence")


def test_multiline_quoted_evidence_keeps_line_numbers(tmp_path, actors):
    error = relations_error(
        tmp_path,
        actors,
        """\
        source,target,relation,evidence
        turkey,hts,backs,"first line
        second line"
        israel,iran,wrns,x
        """,
    )
    assert only_problem(error).line == 4


def test_blank_lines_are_skipped_but_counted(tmp_path, actors):
    error = relations_error(
        tmp_path, actors, "source,target,relation\nturkey,hts,backs\n\nisrael,iran,wrns\n"
    )
    assert only_problem(error).line == 4


def test_all_problems_in_a_file_are_collected(tmp_path, actors):
    error = relations_error(
        tmp_path,
        actors,
        """\
        source,target,relation,weight,start
        turkey,hts,backs,2,
        tukrey,hts,backs,,
        israel,iran,warns,,someday
        """,
    )
    assert [(p.line, p.column) for p in error.problems] == [
        (2, "weight"),
        (3, "source"),
        (4, "start"),
    ]


def test_bundled_relations_all_have_evidence_and_document():
    actors = gk.read_actors(data_path("actors.csv"))
    relations = gk.read_relations(data_path("relations.csv"), actors=actors, require_sources=True)
    assert relations[["evidence", "document"]].notna().all().all()
    assert len(relations) > 30


def test_not_utf8_after_a_byte_order_mark_names_the_right_line(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_bytes(b"\xef\xbb\xbfid,name,kind\nturkey,Turkey,state\nx,\xff,state\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert problem.line == 3
    assert problem.value.startswith("\xff")


def test_dataframe_numbers_and_dates_are_read_as_written():
    actors = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": "state"})
    relations = pd.DataFrame(
        {
            "source": ["a", "a"],
            "target": ["b", "b"],
            "relation": ["backs", "funds"],
            "start": [2016, None],  # a year column with a gap is float
            "end": [pd.Timestamp("2020-05-01"), pd.NaT],
            "reported": [datetime.date(2024, 12, 7), datetime.datetime(2024, 12, 8, 9, 30)],
        }
    )
    read = gk.read_relations(relations, actors=gk.read_actors(actors))
    assert read["start"].tolist()[0] == "2016"
    assert read["end"].tolist()[0] == "2020-05-01"
    assert read["reported"].tolist() == ["2024-12-07", "2024-12-08"]


def test_missing_aliases_do_not_match_the_text_nan(tmp_path, actors):
    error = relations_error(tmp_path, actors, "source,target,relation\nnan,hts,backs\n")
    assert "did you mean" not in only_problem(error).expected


# -- event scale: every problem located in a large file --------------------------------


def test_two_bad_rows_in_200000_are_both_reported_at_their_lines(tmp_path):
    ids = [f"actor_{i:04d}" for i in range(2_000)]
    actors = pd.DataFrame({"id": ids, "name": ids, "kind": "state"})
    path = tmp_path / "relations.csv"
    bad_lines = []
    line = 1
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["source", "target", "relation", "weight", "evidence"])
        for i in range(200_000):
            line += 1
            source, target = ids[i % 2_000], ids[(i * 7 + 1) % 2_000]
            evidence = f"row {i}"
            if i % 9_973 == 0:  # a cell over two lines, and a blank line after it
                evidence = f"row {i}\nsecond line"
            relation = "backs" if i % 3 else "opposes"
            if i in (61_234, 187_001):
                relation = "bakcs"
                bad_lines.append(line)
            writer.writerow([source, target, relation, "0.5", evidence])
            if i % 9_973 == 0:
                handle.write("\n")
                line += 2
    with pytest.raises(gk.DataError) as info:
        gk.read_relations(path, actors=gk.read_actors(actors))
    assert [(p.line, p.column, p.value) for p in info.value.problems] == [
        (bad_lines[0], "relation", "bakcs"),
        (bad_lines[1], "relation", "bakcs"),
    ]
    assert bad_lines[0] > 61_234 + 2  # the extra lines before it were counted


def test_unknown_ids_get_cheap_hints_capped_while_every_problem_is_listed(tmp_path):
    ids = [f"actor_{i:05d}" for i in range(20_000)]
    actors = gk.read_actors(pd.DataFrame({"id": ids, "name": ids, "kind": "state"}))
    misspelt = [f"actr_{i:05d}" for i in range(1_000)]  # spelling: only the first 100
    cased = [f"ACTOR_{i:05d}" for i in range(1_000, 1_500)]  # same key: every one
    unknown = misspelt + cased
    relations = pd.DataFrame(
        {
            "source": [*unknown, *ids[:5_000]],
            "target": ids[1:5_001] + ids[5_001 : 5_001 + len(unknown)],
            "relation": "backs",
        }
    )
    with pytest.raises(gk.DataError) as info:
        gk.read_relations(relations, actors=actors)
    problems = info.value.problems
    assert len(problems) == len(unknown)
    hinted = [p for p in problems if "did you mean" in p.expected]
    assert len(hinted) == FUZZY_HINTS + len(cased)
    assert "did you mean 'actor_00000'?" in problems[0].expected
    assert "did you mean 'actor_01499'?" in problems[-1].expected
    message = str(info.value)
    assert len(message.splitlines()) == 1 + PROBLEMS_SHOWN + 1
    assert f"and {len(unknown) - PROBLEMS_SHOWN:,} more problems" in message


def test_hint_index_finds_the_best_spelling_difflib_would():
    rng = np.random.default_rng(3)
    ids = [
        "turkey",
        "iran",
        "israel",
        "hts",
        "sdf",
        "syrian_government",
        "russia",
        "united_states",
        "hezbollah",
        "iraq",
        "jordan",
        "lebanon",
        "qatar",
        "egypt",
    ]
    index = HintIndex(ids, limit=10_000)
    for _ in range(300):
        word = ids[rng.integers(len(ids))]
        chars = list(word)
        for _ in range(rng.integers(1, 3)):  # one or two random edits
            at = int(rng.integers(len(chars)))
            chars[at] = "abcdefghijklmnopqrstuvwxyz_"[rng.integers(27)]
        typo = "".join(chars)
        if typo in ids:
            continue
        ratios = {i: difflib.SequenceMatcher(None, i, typo).ratio() for i in ids}
        best = max(ratios.values())
        found = index.hint(typo)
        if best < 0.6:
            assert found is None or found.casefold() == typo.casefold()
        else:
            assert found is not None and ratios[found] == best, (typo, found)


# -- reserved columns and keys --------------------------------------------------------


def test_reserved_columns_are_each_named(tmp_path):
    actors = write(tmp_path, "actors.csv", "id,name,kind,place\nturkey,Turkey,state,yes\n")
    relations = write(
        tmp_path,
        "relations.csv",
        "source,target,relation,polarity,mode,symmetric,key,id\nturkey,turkey,backs,-1,x,y,k,1\n",
    )
    report = gk.validate(actors, relations)
    reserved = [
        (p.source.endswith("actors.csv"), p.column)
        for p in report.problems
        if "reserved" in p.expected
    ]
    assert reserved == [(True, "place")] + [
        (False, c) for c in ("polarity", "mode", "symmetric", "key", "id")
    ]
    assert set(RESERVED_ACTOR_COLUMNS) == {"place"}
    assert set(RESERVED_RELATION_COLUMNS) == {"polarity", "mode", "symmetric", "key", "id"}


def test_key_and_id_columns_are_refused_not_a_crash(tmp_path, actors):
    frame = pd.DataFrame(
        {"source": ["turkey"], "target": ["hts"], "relation": ["backs"], "key": [7], "id": ["e"]}
    )
    with pytest.raises(gk.DataError, match="'key', which is reserved"):
        gk.build_graph(actors, frame)


# -- one spelling of an id ------------------------------------------------------------


def test_nfd_and_invisible_characters_name_the_same_actor(tmp_path):
    actors = pd.DataFrame({"id": ["São", "turkey"], "name": ["S", "T"], "kind": "state"})
    relations = pd.DataFrame(
        {
            "source": ["Sa\u0303o", "\u200bturkey"],
            "target": ["turkey\u2060", "S\u200ea\u0303o"],
            "relation": ["backs", "opposes"],
        }
    )
    G = gk.build_graph(actors, relations)
    assert sorted(G.edges(keys=True)) == [("São", "turkey", "backs"), ("turkey", "São", "opposes")]
    assert set(G) == {"São", "turkey"}


def test_ids_equal_once_normalised_are_duplicates_and_self_relations(tmp_path):
    error = None
    path = write(tmp_path, "actors.csv", "id,name,kind\nturkey,T,state\nturkey\u200b,T2,state\n")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert (problem.line, problem.value) == (3, "turkey\u200b")
    assert "already used on line 2" in problem.expected
    error = relations_error(tmp_path, None, "source,target,relation\nturkey,turkey\ufeff,backs\n")
    assert "other than the source" in only_problem(error).expected


def test_ids_differing_only_in_case_are_flagged_with_both_lines(tmp_path):
    path = write(
        tmp_path, "actors.csv", "id,name,kind\nturkey,T,state\nhts,H,armed_group\nTurkey,T2,state\n"
    )
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    problem = only_problem(info.value)
    assert (problem.line, problem.column, problem.value) == (4, "id", "Turkey")
    assert "differs from 'turkey' (line 2) by more than letter case" in problem.expected


@pytest.mark.parametrize(
    ("column", "value"),
    [("start", "٢٠٢٤-١٢-٠٧"), ("end", "２０２４"), ("weight", "٠.٥"), ("weight", "1_0")],
)
def test_numbers_and_dates_in_other_digits_are_refused(tmp_path, actors, column, value):
    error = relations_error(
        tmp_path, actors, f"source,target,relation,{column}\nturkey,hts,backs,{value}\n"
    )
    assert (only_problem(error).column, only_problem(error).value) == (column, value)


# -- both files, always ---------------------------------------------------------------


def test_relations_are_checked_against_the_ids_a_bad_actors_file_holds(tmp_path):
    actors = write(tmp_path, "actors.csv", "id,name,kind\nturkey,Turkey,planet\nhts,,armed_group\n")
    relations = write(
        tmp_path, "relations.csv", "source,target,relation\nturkey,hts,backs\niran,hts,opposes\n"
    )
    expected = [
        ("actors.csv", 2, "kind"),
        ("actors.csv", 3, "name"),
        ("relations.csv", 3, "source"),
    ]
    report = gk.validate(actors, relations)
    assert [(Path(p.source).name, p.line, p.column) for p in report.problems] == expected
    with pytest.raises(gk.DataError) as info:
        gk.build_graph(actors, relations)
    assert info.value.problems == report.problems


def test_build_graph_lists_the_problems_of_both_files(tmp_path):
    actors = write(
        tmp_path, "actors.csv", "id,name,kind\nturkey,Turkey,planet\nhts,HTS,armed_group\n"
    )
    relations = write(tmp_path, "relations.csv", "source,target,relation\nturkey,hts,bakcs\n")
    with pytest.raises(gk.DataError) as info:
        gk.build_graph(actors, relations)
    assert [p.column for p in info.value.problems] == ["kind", "relation"]
    assert "actors.csv" in str(info.value) and "relations.csv" in str(info.value)


def test_long_messages_show_the_first_problems_and_count_the_rest(tmp_path, actors):
    rows = "".join(f"turkey,hts,bad{i}\n" for i in range(250))
    error = relations_error(tmp_path, actors, "source,target,relation\n" + rows)
    assert len(error.problems) == 250
    lines = str(error).splitlines()
    assert lines[0].endswith("250 problems") and len(lines) == PROBLEMS_SHOWN + 2
    assert lines[-1] == "  ... and 150 more problems (DataError.problems lists them all)"


def test_a_quote_that_hides_the_rest_of_the_file_is_shown_first(tmp_path, actors):
    rows = "".join(f"turkey,hts,bad{i}\n" for i in range(150)) + 'turkey,"hts,backs\n'
    error = relations_error(tmp_path, actors, "source,target,relation\n" + rows)
    assert error.problems[0].line == 152 and "closing quote" in error.problems[0].expected
    assert "line 152" in str(error).splitlines()[1]
