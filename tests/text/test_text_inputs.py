"""Texts as users give them: files in other encodings or not text at all, empty texts,
HTML pages, texts longer than spaCy takes at once, many processes. Each bad input is one
clear located message, nothing read is lost, spans point into the text as given."""

import codecs
import warnings

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit import DataError, GraphkitWarning
from graphkit.text.inputs import blank_markup, pieces

TEXT = "Iran backs Hezbollah. Qatar funds Hamas."


def test_pieces_cover_the_text_and_cut_at_line_breaks():
    text = ("Iran backs Hezbollah.\n" * 30) + ("word " * 100) + "end."
    cut = pieces(text, limit=100)
    assert "".join(piece for _, piece in cut) == text
    assert all(len(piece) <= 100 for _, piece in cut)
    assert [offset for offset, _ in cut] == [
        sum(len(p) for _, p in cut[:i]) for i in range(len(cut))
    ]
    assert all(piece.endswith("\n") for _, piece in cut[:6])  # at line breaks while there are


def test_markup_becomes_spaces_of_the_same_length():
    page = (
        '<html><body><p class="x">Iran &amp; Hezbollah</p>'
        '<script>var a = "<p>";</script></body></html>'
    )
    blank = blank_markup(page)
    assert len(blank) == len(page)
    assert blank.split() == ["Iran", "&", "Hezbollah"]


@pytest.mark.model
class TestFiles:
    def test_other_encodings_and_binary_files_are_each_named(self, extract, tmp_path):
        files = {
            "good.txt": TEXT.encode("utf-8"),
            "utf16_bom.txt": TEXT.encode("utf-16"),
            "utf16_le.txt": TEXT.encode("utf-16-le"),
            "utf16_be.txt": TEXT.encode("utf-16-be"),
            "latin.txt": ("First line.\nQatar\u00e9 funds Hamas.").encode("cp1252"),
            "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            "nul.txt": b"Iran backs\nHezbollah.\x00\x00",
        }
        for name, data in files.items():
            (tmp_path / name).write_bytes(data)
        with pytest.raises(DataError) as caught:
            extract([tmp_path / name for name in files])
        message = str(caught.value)
        assert "6 problems" in message and "good.txt" not in message
        for name in ("utf16_bom.txt", "utf16_le.txt", "utf16_be.txt"):
            assert f"{name}: expected UTF-8 text (this file is UTF-16" in message
        assert "latin.txt, line 2: got 'é funds" in message and "save the file as UTF-8" in message
        assert "report.pdf: expected a text file (this one holds binary data" in message
        assert "nul.txt, line 2: expected a text file (this one holds binary data: a NUL" in message

    def test_a_utf8_byte_order_mark_is_read(self, extract, tmp_path):
        path = tmp_path / "bom.txt"
        path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
        review = extract(path)
        assert len(review) == 2 and review.loc[0, "start_char"] == 0

    def test_empty_texts_are_named_and_the_others_kept(self, extract):
        with pytest.warns(GraphkitWarning, match=r"texts\[0\], texts\[2\] are empty or blank"):
            review = extract(["", TEXT, " \n\t "])
        assert len(review) == 2

    def test_an_html_page_is_read_as_its_text(self, extract):
        page = f"<html><head><title>x</title></head><body><p>{TEXT}</p></body></html>"
        with pytest.warns(GraphkitWarning, match="held HTML markup, read as spaces"):
            review = extract(page)
        assert review["evidence"].tolist() == ["Iran backs Hezbollah.", "Qatar funds Hamas."]
        for row in review.itertuples():
            assert page[row.start_char : row.end_char].strip() == row.evidence.strip()


@pytest.mark.model
def test_a_long_text_is_read_in_pieces_with_its_spans(extract, nlp, monkeypatch):
    text = "\n".join(f"Paragraph {i}. Iran backs Hezbollah. Qatar funds Hamas." for i in range(12))
    whole = extract(text)
    monkeypatch.setattr(nlp, "max_length", 150)  # as if spaCy took 150 characters at once
    pieced = extract(text)
    assert len(pieced) == 24
    assert pieced.equals(whole)
    for row in pieced.itertuples():
        assert text[row.start_char : row.end_char].strip() == row.evidence


@pytest.mark.model
def test_several_processes_give_the_same_rows(extract):
    texts = [f"Iran backs Hezbollah. On {d} June 2019, Qatar funded Hamas." for d in range(1, 9)]
    one = extract(texts, reported=["2024-01-01"] * 8)
    two = extract(texts, reported=["2024-01-01"] * 8, n_process=2)
    assert len(one) >= 12 and set(one["start"]) > {"2019-06-01", "2019-06-08"}
    assert two.equals(one)


@pytest.mark.model
def test_reported_dates_one_per_text_are_checked(extract):
    review = extract([TEXT, TEXT], reported=["2024-01-02", None])
    assert review["reported"].tolist()[:2] == ["2024-01-02"] * 2
    assert review["reported"].isna().tolist()[2:] == [True, True]
    with pytest.raises(DataError, match=r"reported\[1\]: got '2024-13'"):
        extract([TEXT, TEXT], reported=["2024-01", "2024-13"])
    with pytest.raises(ValueError, match="2 dates for 1 texts"):
        extract([TEXT], reported=["2024", "2025"])


@pytest.mark.model
@pytest.mark.slow
def test_a_text_over_spacys_limit_is_read_whole(extract):
    # a sentence and a run of spaces per line: over a million characters in about 500
    # sentences, so the parse (not the length) stays short
    line = "Iran backs Hezbollah, and the weather was calm." + " " * 2000 + "\n"
    text = line * (1_050_000 // len(line) + 1)
    assert len(text) > 1_000_000
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        review = extract(text)
    assert len(review) == text.count("\n")
    last = review.iloc[-1]
    assert text[last.start_char : last.end_char].strip() == last.evidence
