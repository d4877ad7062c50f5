"""Reading any table: exact lines, located CSV faults, what a cell may hold, DataFrames."""

from __future__ import annotations

import codecs
import csv
import io
import sys
import unicodedata

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphkit as gk
from graphkit.base.cells import FIELD_LIMIT, normalize_ids
from graphkit.base.characters import CONTROL_CHARACTERS, FORMAT_CHARACTERS
from graphkit.base.csv_table import _parse_csv
from graphkit.base.table_reading import read_table


def table_of(tmp_path, text: str | bytes, name: str = "t.csv"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return read_table(path, what="test"), path


def row_by_row(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The reference: the csv module one record at a time, each record starting on the
    line after the previous one ended (``line_num`` counts the lines read so far); rows
    with too few or too many fields are padded or cut to the header's width."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, skipinitialspace=True)
    header, rows, ended = None, [], 0
    for fields in reader:
        start, ended = ended + 1, reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if header is None:
            header = [f.strip() for f in fields]
        else:
            cells = [f.strip() for f in fields][: len(header)]
            rows.append((start, cells + [""] * (len(header) - len(cells))))
    return header or [], rows


# -- line numbers ---------------------------------------------------------------------

CELL = st.one_of(
    st.sampled_from(["", "a", " b ", "x y", "Türkiye", "العربية"]),
    st.text(alphabet="ab ,\n\r\"'", max_size=6),
)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def csv_texts(draw) -> str:
    width = draw(st.integers(1, 4))
    lines = [",".join(f"c{i}" for i in range(width))]
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["row", "row", "row", "blank", "commas"]))
        if kind == "blank":
            lines.append("")
        elif kind == "commas":
            lines.append("," * (width - 1))
        else:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow([draw(CELL) for _ in range(width)])
            lines.append(buffer.getvalue())
    newline = draw(NEWLINE)
    return newline.join(lines) + draw(st.sampled_from(["", newline]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_texts())
def test_rows_start_on_the_line_a_row_by_row_reader_finds(text):
    header, rows = row_by_row(text)
    table = _parse_csv(text, "t.csv")  # what read_table does with a file's text
    assert table.columns == header
    assert table.lines == [line for line, _ in rows]
    assert [list(r.values()) for r in table.rows] == [fields for _, fields in rows]


def test_multiline_cells_blank_lines_and_crlf_are_counted(tmp_path):
    text = 'a,b\r\n"one\r\ntwo\r\nthree",x\r\n\r\n,\r\nlast,"y\nz"\r\nend,e\r\n'
    table, _ = table_of(tmp_path, text)
    assert table.lines == [2, 7, 9]
    assert table.cells["a"].tolist() == ["one\r\ntwo\r\nthree", "last", "end"]


def test_header_after_blank_lines_gets_its_own_line(tmp_path):
    table, _ = table_of(tmp_path, "\n\n a , b \n1,2\n")
    assert table.columns == ["a", "b"] and table.lines == [4]


# -- CSV faults -----------------------------------------------------------------------


def test_unclosed_quote_is_reported_where_it_opens_and_rows_before_are_read(tmp_path):
    # Line 300 opens a quoted cell that closes on line 301; line 302 opens one that
    # never closes.
    rows = ["a,b", *[f"r{i},ok" for i in range(2, 300)], 'late,"multi', 'line"', 'x,"never', "z,w"]
    table, _ = table_of(tmp_path, "\n".join(rows) + "\n")
    assert len(table) == 299  # rows 2..300 (300 spans two lines)
    (problem,) = table.problems
    assert (problem.line, problem.column) == (302, "b")
    assert problem.value == '"never'
    assert "closing quote" in problem.expected and "1 line after it" in problem.expected


def test_quote_opened_inside_a_record_is_placed_on_its_own_line(tmp_path):
    text = 'a,b,c\n1,"two\nlines",3\n4,"two\nlines","never\nclosed\n'
    table, _ = table_of(tmp_path, text)
    (problem,) = table.problems
    assert (problem.line, problem.column, problem.value) == (5, "c", '"never')


def test_text_after_a_closing_quote_is_located_and_later_rows_are_read(tmp_path):
    table, _ = table_of(tmp_path, 'a,b\n1,2\n3,"x"y\n5,6\n')
    (problem,) = table.problems
    assert (problem.line, problem.column, problem.value) == (3, "b", '"x"y')
    assert table.lines == [2, 4] and table.cells["a"].tolist() == ["1", "5"]


def test_field_beyond_the_csv_module_limit_is_read(tmp_path):
    long = "x" * 200_000  # csv's own limit is 131,072 characters
    table, _ = table_of(tmp_path, f"a,b\n1,{long}\n2,y\n")
    assert not table.problems and table.cells["b"][0] == long
    assert csv.field_size_limit() == 131_072  # put back


def test_field_beyond_the_limit_is_located_and_shortened(tmp_path):
    long = "y" * (FIELD_LIMIT + 5)
    table, _ = table_of(tmp_path, f"a,b\n1,ok\n2,{long}\n3,ok\n")
    (problem,) = table.problems
    assert (problem.line, problem.column) == (3, "b")
    message = str(gk.DataError(table.problems))
    assert len(message) < 400 and f"({FIELD_LIMIT + 5:,} characters)" in message
    assert len(table) == 3


def test_rows_with_too_many_or_too_few_fields_are_kept_and_reported(tmp_path):
    table, _ = table_of(tmp_path, "a,b,c\n1,2,3\n4,5\n6,7,8,9\n")
    assert [(p.line, p.value) for p in table.problems] == [(3, "4,5"), (4, "9")]
    assert table.cells["c"].tolist() == ["3", "", "8"]


def test_every_cell_that_is_not_utf8_is_located(tmp_path):
    table, _ = table_of(tmp_path, b"a,b\nT\xfcrkiye,ok\nfine,ok\nx,\xff\xfe\n")
    assert [(p.line, p.column, p.value) for p in table.problems] == [
        (2, "a", "Türkiye"),
        (4, "b", "\xff\xfe"),
    ]
    assert all("UTF-8" in p.expected for p in table.problems)


# -- what a cell may hold -------------------------------------------------------------


def xml_char(code: int) -> bool:
    """The Char production of XML 1.0 (fifth edition), section 2.2."""
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def test_control_characters_are_what_xml_cannot_carry_plus_del_and_c1():
    rejected = {c for c in range(sys.maxunicode + 1) if CONTROL_CHARACTERS.match(chr(c))}
    expected = {c for c in range(sys.maxunicode + 1) if not xml_char(c) or 0x7F <= c <= 0x9F}
    assert rejected == expected


def test_format_characters_are_unicode_category_cf():
    found = {c for c in range(sys.maxunicode + 1) if FORMAT_CHARACTERS.match(chr(c))}
    cf = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert cf <= found
    assert all(unicodedata.category(chr(c)) in ("Cf", "Cn") for c in found - cf)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b"])
def test_control_character_in_an_extra_column_is_located(tmp_path, char):
    table, _ = table_of(tmp_path, f"a,note\n1,fine\n2,bad{char}x\n")
    (problem,) = table.problems
    assert (problem.line, problem.column, problem.value) == (3, "note", f"bad{char}x")
    assert f"U+{ord(char):04X} at character 4" in problem.expected
    assert char not in str(gk.DataError(table.problems))  # shown escaped


def test_tabs_and_line_breaks_are_text(tmp_path):
    table, _ = table_of(tmp_path, 'a,b\n1,"tab\there\nand a new line"\n')
    assert not table.problems


def test_control_character_in_a_column_name(tmp_path):
    table, _ = table_of(tmp_path, "a,b\x1b[31m\n1,2\n")
    (problem,) = table.problems
    assert (problem.line, problem.column_number) == (1, 2)
    assert "column name without control characters" in problem.expected


def test_dataframe_cells_and_lone_surrogates_are_checked():
    # pandas' Arrow-backed text cannot hold a lone surrogate; an object column can.
    frame = pd.DataFrame({"a": pd.Series(["ok", "bad\ud800", None], dtype=object), "b": [1, 2, 3]})
    table = read_table(frame, what="relations")
    (problem,) = table.problems
    assert (problem.source, problem.line, problem.column) == ("relations DataFrame", 3, "a")
    assert "U+D800" in problem.expected


def test_vocabulary_tables_reject_control_characters(tmp_path):
    path = tmp_path / "types.csv"
    path.write_text(
        "name,polarity,mode,description\nmediates,0,verbal,brokers\x07 talks\n", encoding="utf-8"
    )
    with pytest.raises(gk.DataError) as info:
        gk.Vocabulary(relation_types=path)
    (problem,) = info.value.problems
    assert (problem.line, problem.column) == (2, "description")


# -- DataFrames -----------------------------------------------------------------------


def test_dataframe_values_become_the_text_a_csv_would_hold():
    frame = pd.DataFrame(
        {
            "year": [2016.0, np.nan, 0.5],
            "count": pd.array([3, None, 5], dtype="Int64"),
            "flag": [True, False, True],
            "day": pd.to_datetime(["2024-12-07 18:30", None, "2020-01-01 00:00"]),
            "text": [" padded ", None, "x"],
        }
    )
    table = read_table(frame, what="t")
    assert table.cells["year"].tolist() == ["2016", "", "0.5"]
    assert table.cells["count"].tolist() == ["3", "", "5"]
    assert table.cells["flag"].tolist() == ["True", "False", "True"]
    assert table.cells["day"].tolist() == ["2024-12-07", "", "2020-01-01"]
    assert table.cells["text"].tolist() == ["padded", "", "x"]
    assert set(table.originals) == {"year", "count", "flag"}


def test_ids_are_normalised_to_nfc_without_invisible_characters():
    ids = np.array(["Sa\u0303o", "\u200bturkey\u2060", "\ufeffhts", "plain"], dtype=object)
    assert normalize_ids(ids).tolist() == ["São", "turkey", "hts", "plain"]


def test_a_missing_column_is_reported_on_the_header_line(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("\n\nid,name,place\nturkey,Turkey,x\n", encoding="utf-8")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    assert [(p.line, p.column) for p in info.value.problems] == [(3, "kind")]
    path.write_text("\n\nid,name,kind,place\nturkey,Turkey,state,x\n", encoding="utf-8")
    with pytest.raises(gk.DataError) as info:
        gk.read_actors(path)
    assert [(p.line, p.column) for p in info.value.problems] == [(3, "place")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_one_problem_saying_so(tmp_path, encoding):
    path = tmp_path / "actors.csv"
    path.write_bytes("id,name,kind\nturkey,Turkey,state\n".encode(encoding))
    if encoding == "utf-16-be":  # no byte-order mark and the zero bytes first: UTF-8 text
        path.write_bytes(codecs.BOM_UTF16_BE + path.read_bytes())
    with pytest.raises(gk.DataError) as caught:
        gk.read_actors(path)
    assert len(caught.value.problems) == 1
    assert "this one is UTF-16" in str(caught.value)
