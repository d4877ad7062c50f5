"""Reading and validating actors and relations: every bad input is located and explained."""

import datetime
import textwrap

import pandas as pd
import pytest

import graphkit as gk
from graphkit.core.schema import RELATION_COLUMNS
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
