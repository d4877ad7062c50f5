"""The CAMEO lexicon tables converted from the PETRARCH dictionaries
(``tools/text/build_cameo_lexicon.py``): reproduced byte for byte from the pinned sources,
every code a CAMEO code, every source line accounted for, and codes checked by hand
against the CAMEO codebook."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from parts import missing, need_module

import graphkit as gk

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools" / "text"
DATA = ROOT / "graphkit" / "data"
SOURCES = TOOLS / "sources"


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "build_cameo_lexicon", TOOLS / "build_cameo_lexicon.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_cameo_lexicon"] = module
    spec.loader.exec_module(module)
    return module


script = _load_script()


def _table(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / "text" / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def verbs() -> pd.DataFrame:
    return _table("cameo_verbs.csv")


@pytest.fixture(scope="module")
def synsets() -> pd.DataFrame:
    return _table("cameo_synsets.csv")


@pytest.fixture(scope="module")
def offices() -> pd.DataFrame:
    return _table("offices.csv")


@pytest.fixture(scope="module")
def built() -> dict[Path, str]:
    """The script's output, computed once (needs spaCy's English model for lemmas)."""
    need_module("spacy", "pip install 'graphkit-actors[extract]'")
    from graphkit import MissingDependencyError

    try:
        return script.build()
    except MissingDependencyError as exc:
        missing(str(exc))


def _source_lines(origin: str) -> list[str]:
    """The pinned source file an ``origin`` cell names, as lines."""
    repo, name = origin.split(":")
    folder = {"petrarch2": "petrarch2", "universalpetrarch": "universalpetrarch"}[repo]
    return (SOURCES / folder / name).read_text("utf-8").split("\n")


# ------------------------------------------------------------------ reproducibility


def test_the_script_reproduces_the_committed_tables_byte_for_byte(built):
    assert set(built) == {
        DATA / "text" / "cameo_verbs.csv",
        DATA / "text" / "cameo_synsets.csv",
        DATA / "text" / "offices.csv",
        TOOLS / "cameo_dropped.csv",
    }
    for path, text in built.items():
        assert path.read_bytes() == text.encode("utf-8"), path.relative_to(ROOT)


def test_the_pinned_sources_match_their_manifest_and_carry_the_mit_licence():
    with open(SOURCES / "MANIFEST.csv", encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    assert {row["file"] for row in manifest} == {
        str(p.relative_to(SOURCES)) for p in SOURCES.rglob("*") if p.is_file()
    } - {"MANIFEST.csv"}
    for row in manifest:
        digest = hashlib.sha256((SOURCES / row["file"]).read_bytes()).hexdigest()
        assert digest == row["sha256"], row["file"]
        if row["repository"].startswith("https://github.com/openeventdata/"):
            assert re.fullmatch(r"[0-9a-f]{40}", row["commit"]), row
            licence = (SOURCES / row["file"]).parent / "LICENSE"
            assert licence.read_text("utf-8").startswith(("The MIT License", "MIT License"))


def test_a_changed_source_file_is_refused_with_its_path_and_both_checksums(tmp_path, monkeypatch):
    copy = tmp_path / "sources"
    shutil.copytree(SOURCES, copy)
    target = copy / "petrarch2" / "CAMEO.2.0.txt"
    target.write_bytes(target.read_bytes().replace(b"[163]", b"[164]", 1))
    monkeypatch.setattr(script, "SOURCES", copy)
    with pytest.raises(script.SourceError) as caught:
        script.source_lines("petrarch2/CAMEO.2.0.txt")
    message = str(caught.value)
    assert str(target) in message
    assert hashlib.sha256(target.read_bytes()).hexdigest() in message
    assert "4a442ee42f7574651ec1c594f127353cdffbf18fa97b207ad5d8298a3cfaa08f" in message
    assert "676801cd9cb2924bbbad09f86d15c9323e7097bf" in message


def test_check_mode_reports_a_table_that_would_change(built, tmp_path, monkeypatch, capsys):
    for path in built:
        (tmp_path / path.name).write_text(built[path], encoding="utf-8", newline="")
    edited = tmp_path / "offices.csv"
    edited.write_text(edited.read_text("utf-8").replace(",GOV,", ",MIL,", 1), encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "build", lambda: {tmp_path / p.name: t for p, t in built.items()})
    assert script.main(["--check"]) == 1
    assert capsys.readouterr().err.strip() == "would change: offices.csv"


# ------------------------------------------------------------------ codes


def test_every_code_is_a_code_of_the_vendored_cameo_codebook(verbs):
    codebook = script.read_codebook()
    # the codebook itself: 20 roots, each with its x0 code, and the codes the issue names
    roots = {code[:2] for code in codebook}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert all(f"{root}0" in codebook for root in roots)
    assert codebook["057"] == "Sign formal agreement"
    assert codebook["163"] == "Impose embargo, boycott, or sanctions"
    assert codebook["0871"] == "Declare truce, ceasefire"
    assert codebook["1663"] == "Expel or withdraw aid agencies"
    coded = verbs[verbs["cameo"] != ""]
    assert set(coded["cameo"]) <= set(codebook)
    assert coded["cameo"].str.fullmatch(r"\d{3,4}").all()


def test_every_code_has_a_root_in_the_event_mapping(verbs):
    mapping = pd.read_csv(DATA / "event_mappings" / "cameo.csv", dtype=str, keep_default_na=False)
    roots = {code for code in mapping["code"] if len(code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    coded = verbs[verbs["cameo"] != ""]
    assert set(coded["cameo"].str[:2]) <= roots


def _bracketed_code(text: str) -> list[str]:
    """The parts of the code in brackets on a dictionary line (``[042:043]``)."""
    found = re.search(r"\[([^\]]*)\]", text.split("#")[0])
    return found.group(1).strip().split(":") if found else []


def test_each_row_is_found_on_its_source_line_with_its_code(verbs):
    lines = {origin: _source_lines(origin) for origin in set(verbs["origin"])}
    blocks = {}
    for origin, text in lines.items():
        code = ["---"]
        for number, line in enumerate(text, start=1):
            if line.startswith("---"):
                code = _bracketed_code(line) or ["---"]
            blocks[(origin, number)] = code
    for row in verbs.itertuples():
        text = lines[row.origin][int(row.line) - 1]
        parts = _bracketed_code(text)
        if row.kind == "pattern":
            assert text.startswith("-") and parts, row
        else:
            assert not text.startswith(("-", "#", "&")), row
            # a verb without a code of its own takes its block's code
            parts = parts or blocks[(row.origin, int(row.line))]
        if row.cameo:
            assert row.cameo in parts, (row, parts)
            if row.voice == "passive":
                assert parts[-1] == row.cameo and len(parts) == 2, row
        else:
            # empty only where the dictionary writes the null code (or leaves a voice out)
            assert "---" in parts or "" in parts, (row, parts)


def test_split_code_reads_the_voice_syntax():
    assert script.split_code("042:043") == [("042", "active"), ("043", "passive")]
    assert script.split_code(":173") == [("173", "passive")]
    assert script.split_code("050:050") == [("050", "any")]
    assert script.split_code("---") == [("", "any")]
    assert script.split_code("0871") == [("0871", "any")]


# ------------------------------------------------------------------ rows


def test_no_row_has_an_empty_lemma_and_every_column_holds_its_kind_of_value(verbs):
    assert list(verbs.columns) == script.VERB_COLUMNS
    assert (verbs["lemma"] != "").all()
    assert verbs["lemma"].str.fullmatch(r"[a-z][a-z'-]*").all()
    assert set(verbs["voice"]) == {"any", "active", "passive"}
    assert set(verbs["kind"]) == {"verb", "pattern"}
    assert set(verbs["preferred"]) == {"true", "false"}
    assert set(verbs["lemma_basis"]) == {"entry", "comment", "comment_outside_block", "block"}
    assert (verbs.loc[verbs["kind"] == "verb", "lemma_basis"] == "entry").all()
    # no cell a spreadsheet would read as a formula
    for column in verbs.columns:
        assert not verbs[column].str.match(r"[=+\-@\t\r]").any(), column


def test_every_pattern_is_in_the_documented_normal_form(verbs, synsets):
    names = set(synsets["synset"])
    word = r"[a-z0-9][a-z0-9'.,/\"-]*|[a-z0-9'.,/\"-]*[a-z][a-z0-9'.,/\"-]*"
    symbol = rf"(?:{word}|SOURCE|TARGET|BOTH|SKIP|&[A-Z0-9]+(?:_[A-Z0-9]+)*)"
    joined = rf"{symbol}(?:_{symbol})*"
    verb = rf"(?:{symbol}_)*\*(?:_{symbol})*"
    for row in verbs.itertuples():
        pattern = row.pattern
        assert pattern.count("*") == 1, row
        flat = re.sub(r"[{}()]", " ", pattern).split()
        for token in flat:
            assert re.fullmatch(verb if "*" in token else joined, token), (token, row)
            for name in re.findall(r"&([A-Z0-9]+(?:_[A-Z0-9]+)*)", token):
                assert name in names, (name, row)
        if row.origin.startswith("universalpetrarch"):
            assert not re.search(r"[{}()]", pattern), row
        assert pattern == " ".join(pattern.split()), row


def test_one_preferred_row_per_pattern_and_petrarch2_wins(verbs):
    key = verbs.assign(
        flat=verbs["pattern"].map(script.flat_key),
        is_preferred=verbs["preferred"] == "true",
        from_petrarch2=verbs["origin"].str.startswith("petrarch2"),
    )
    # whole-column group sums, not a Python function per group (tens of thousands)
    groups = key.groupby(["lemma", "particle", "flat", "voice"])
    assert (groups["is_preferred"].sum() == 1).all()
    both = groups["from_petrarch2"].transform("any")
    winners = key[both & key["is_preferred"]]
    assert len(winners) and winners["from_petrarch2"].all()


def test_every_line_of_the_dictionaries_is_a_row_or_listed_as_dropped(verbs, synsets, offices):
    dropped = pd.read_csv(TOOLS / "cameo_dropped.csv", dtype=str, keep_default_na=False)
    assert set(dropped.columns) == {"origin", "line", "text", "reason"}
    assert (dropped["reason"] != "").all()
    used = pd.concat([verbs, synsets, offices, dropped])[["origin", "line"]]
    for origin in ("petrarch2:CAMEO.2.0.txt", "universalpetrarch:CAMEO.verbpatterns.150430.txt"):
        lines = _source_lines(origin)
        structure = {
            number
            for number, text in enumerate(lines, start=1)
            if not text.strip()
            or text.lstrip().startswith("#")
            or text.startswith(("---", "&", "####### VERB PATTERNS"))
        }
        converted = {int(n) for n in used.loc[used["origin"] == origin, "line"]}
        assert converted | structure == set(range(1, len(lines) + 1)), origin
        assert not converted & structure, origin
    agents = "petrarch2:Phoenix.agents.txt"
    lines = _source_lines(agents)
    content = {
        n
        for n, text in enumerate(lines, start=1)
        if text.split("#")[0].strip() and not re.match(r"!\w+!\s*=", text)
    }
    assert {int(n) for n in used.loc[used["origin"] == agents, "line"]} == content


# ------------------------------------------------------------------ the codebook, by hand


def _codes(verbs, lemma, pattern, voice="any"):
    found = verbs[
        (verbs["lemma"] == lemma)
        & (verbs["pattern"] == pattern)
        & (verbs["voice"] == voice)
        & (verbs["preferred"] == "true")
    ]
    return set(found["cameo"])


@pytest.mark.parametrize(
    ("lemma", "pattern", "voice", "code", "codebook"),
    [
        ("sign", "* &TREATY", "any", "057", "sign formal agreement"),
        ("ratify", "* &TREATY", "any", "057", "sign formal agreement"),
        ("impose", "* sanctions", "any", "163", "impose embargo, boycott, or sanctions"),
        ("declare", "* &CEASEFIRE", "any", "0871", "declare truce, ceasefire"),
        ("recall", "* ambassador", "any", "161", "reduce or break diplomatic relations"),
        ("sever", "* relations", "any", "161", "reduce or break diplomatic relations"),
        ("expel", "*", "any", "174", "expel or deport individuals"),
        ("deport", "*", "any", "174", "expel or deport individuals"),
        ("accuse", "*", "any", "112", "accuse"),
        ("denounce", "*", "any", "111", "criticize or denounce"),
        ("abduct", "*", "any", "181", "abduct, hijack"),
        ("torture", "*", "any", "1822", "torture"),
        ("assassinate", "*", "any", "186", "assassinate"),
        ("apologize", "*", "any", "055", "apolgize"),  # sic, in the codebook's LABEL line
        ("visit", "*", "active", "042", "make a visit"),
        ("host", "*", "active", "043", "host a visit"),
        ("occupy", "*", "any", "192", "occupy territory"),
        ("stage", "&AIRCRAFT * raid", "any", "195", "employ aerial weapons"),
    ],
)
def test_codes_agree_with_the_cameo_codebook(verbs, lemma, pattern, voice, code, codebook):
    assert _codes(verbs, lemma, pattern, voice) == {code}
    assert script.read_codebook()[code].lower() == codebook


@pytest.mark.parametrize(
    ("lemma", "pattern"),
    [("shell", "*"), ("fire", "* rocket (at TARGET)"), ("fire", "* at TARGET"), ("bomb", "*")],
)
def test_firing_and_shelling_are_fighting(verbs, lemma, pattern):
    codes = _codes(verbs, lemma, pattern)
    assert len(codes) == 1 and next(iter(codes)).startswith("19"), codes


def test_sign_takes_its_block_patterns_and_agreement_is_a_treaty(verbs, synsets):
    blocks = set(verbs.loc[(verbs["lemma"] == "sign") & (verbs["kind"] == "verb"), "synset"])
    assert blocks == {"SIGN"}
    assert "agreement" in set(synsets.loc[synsets["synset"] == "TREATY", "member"])


def test_patterns_cover_every_cameo_root(verbs):
    coded = verbs[verbs["cameo"] != ""]
    per_root = coded.groupby(coded["cameo"].str[:2]).size()
    assert list(per_root.index) == [f"{n:02d}" for n in range(1, 21)]
    assert per_root.sum() == len(coded)
    assert (per_root >= 20).all(), per_root.to_dict()


# ------------------------------------------------------------------ normal form, by hand


@pytest.mark.parametrize(
    ("body", "pattern", "particle", "objects", "preposition", "prep_nouns"),
    [
        ("* (FOR {FINANCIAL AID})", "* (for {financial aid})", "", "", "for", "financial aid"),
        ("* OUT {NEW STRATEGY}", "* out {new strategy}", "out", "new strategy", "", ""),
        (
            "&MILITARY * (TO +) &STRONGHOLD (IN $)",
            "&MILITARY * (to TARGET) &STRONGHOLD (in SOURCE)",
            "",
            "&STRONGHOLD",
            "to",
            "",
        ),
        ("SPY_*_DEAL", "spy_*_deal", "", "deal", "", ""),
    ],
)
def test_petrarch2_patterns_in_the_normal_form(
    body, pattern, particle, objects, preposition, prep_nouns
):
    parsed = script.parse_p2_pattern(body, frozenset({"MILITARY", "STRONGHOLD"}))
    assert (parsed.pattern, parsed.particle, parsed.object_nouns) == (pattern, particle, objects)
    assert (parsed.preposition, parsed.prep_nouns) == (preposition, prep_nouns)


@pytest.mark.parametrize(
    ("body", "pattern", "objects", "preposition"),
    [
        (
            "$ * + NOT TAKE &MILITARY ACTION",
            "SOURCE * TARGET not take &MILITARY action",
            "not take &MILITARY action",
            "",
        ),
        (
            "* ESTABLISH DIPLOMATIC_RELATIONS WITH +",
            "* establish diplomatic_relations with TARGET",
            "establish diplomatic relations",
            "with",
        ),
        ("+_WAS_*_BY_$", "TARGET_was_*_by_SOURCE", "", "by"),
        (
            "% * RESUMPTION OF &MILITARY_AID",
            "BOTH * resumption of &MILITARY_aid",
            "resumption",
            "of",
        ),
        (
            "^ $ * CONCERN OVER CLASHES AT +",
            "SKIP SOURCE * concern over clashes at TARGET",
            "concern",
            "over",
        ),
    ],
)
def test_tabari_patterns_in_the_normal_form(body, pattern, objects, preposition):
    parsed = script.parse_up_pattern(body, frozenset({"MILITARY"}))
    assert (parsed.pattern, parsed.object_nouns, parsed.preposition) == (
        pattern,
        objects,
        preposition,
    )


@pytest.mark.parametrize(
    ("parse", "body", "reason"),
    [
        ("p2", "* (WITH VISIT) VISIT)", "unbalanced ')'"),
        ("p2", "* &WEATHER", "undefined synonym set '&WEATHER'"),
        ("up", "* COMMIT * AID", "2 verb markers '*' (want 1)"),
        ("up", "TIVILIAN", "0 verb markers '*' (want 1)"),
        ("p2", "*SCEPTICAL", "verb marker '*' inside a word in '*SCEPTICAL'"),
    ],
)
def test_a_malformed_pattern_is_refused_with_the_reason(parse, body, reason):
    function = script.parse_p2_pattern if parse == "p2" else script.parse_up_pattern
    with pytest.raises(ValueError, match=re.escape(reason)):
        function(body, frozenset({"MILITARY"}))


# ------------------------------------------------------------------ offices


def test_offices_hold_the_issue_s_titles_with_their_roles(offices):
    def entry(words):
        found = offices[offices["words"] == words]
        assert len(found) == 1, (words, found)
        return tuple(found.iloc[0][["role", "kind"]])

    assert entry("foreign minister") == ("GOV", "office")
    assert entry("foreign ministry") == ("GOV", "institution")
    assert entry("defense ministry") == ("GOV", "institution")
    assert entry("army") == ("MIL", "institution")
    assert entry("president") == ("GOV", "office")
    assert entry("prime minister") == ("GOV", "office")
    assert entry("national security adviser") == ("GOV", "office")
    assert entry("police") == ("COP", "institution")
    assert entry("supreme court") == ("JUD", "institution")
    assert entry("parliament") == ("LEG", "institution")
    assert entry("treasury") == ("GOV", "institution")
    assert entry("warship") == ("MIL", "asset")
    # the dictionary's own choice, kept: a bare spokesman is media, a government one is GOV
    assert entry("spokesman") == ("MED", "office")
    assert entry("government spokesman") == ("GOV", "office")
    # a TABARI stem is spelled out, a search-and-replace slip of the source repaired
    assert entry("defense minister") == ("GOV", "office")
    assert len(offices[offices["words"] == "ministry of territorial administration"]) == 1
    assert not offices["words"].str.contains("ministerration|ministryration|!", regex=True).any()


def test_office_rows_are_found_on_their_source_lines(offices):
    agents = _source_lines("petrarch2:Phoenix.agents.txt")
    supplement = (SOURCES / "graphkit" / "offices_supplement.csv").read_text("utf-8").split("\n")
    for row in offices.itertuples():
        if row.origin == "petrarch2:Phoenix.agents.txt":
            text = agents[int(row.line) - 1]
            assert f"[{row.code}" in text.replace(" ", "") or f"[{row.code}]" in text, row
            assert text.startswith(row.source_form), row
        else:
            assert row.origin == "graphkit:offices_supplement.csv"
            assert supplement[int(row.line) - 1].startswith(row.words + ","), row


def test_office_roles_are_cameo_role_codes(offices):
    types = pd.read_csv(DATA / "event_mappings" / "cameo_actor_types.csv", dtype=str)
    religions = {"BUD", "CHR", "HIN", "JEW", "MUS", "CTH", "PRO", "MAR"}
    assert offices["role"].str.fullmatch(r"[A-Z]{3}").all()
    state = offices[offices["role"].isin(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"])]
    assert len(state) > 1500
    assert set(offices["role"]) - set(types["code"]) - religions <= {"IMG", "PPL"}
    assert set(offices["kind"]) == {"office", "institution", "person-title", "asset"}
    assert (offices["words"] == offices["words"].str.lower()).all()
    assert (offices["words"] == offices["words"].str.split().str.join(" ")).all()


def test_metonyms_are_checked_rows_naming_a_country_and_a_state_role(offices):
    metonyms = _table("office_metonyms.csv")
    assert list(metonyms.columns) == ["words", "country", "role", "note"]
    countries = set(gk.countries().index)
    assert set(metonyms["country"]) <= countries
    assert set(metonyms["role"]) <= {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
    assert metonyms["words"].is_unique
    assert (metonyms["words"] == metonyms["words"].str.lower()).all()
    assert (metonyms["note"].str.len() > 10).all()
    # a metonym that is also an agents entry adds the country to the same role
    roles = dict(offices[["words", "role"]].drop_duplicates("words", keep=False).values)
    shared = metonyms[metonyms["words"].isin(set(offices["words"]))]
    assert set(shared["words"]) == {"foreign office", "state duma", "department of defense"}
    assert all(roles[w] == r for w, r in shared[["words", "role"]].values)
    pairs = {
        (w, c, r) for w, c, r in metonyms[["words", "country", "role"]].itertuples(index=False)
    }
    for expected in [
        ("kremlin", "RUS", "GOV"),
        ("white house", "USA", "GOV"),
        ("pentagon", "USA", "MIL"),
        ("élysée", "FRA", "GOV"),
        ("downing street", "GBR", "GOV"),
        ("foggy bottom", "USA", "GOV"),
        ("quai d'orsay", "FRA", "GOV"),
        ("zhongnanhai", "CHN", "GOV"),
        ("blue house", "KOR", "GOV"),
        ("knesset", "ISR", "LEG"),
    ]:
        assert expected in pairs
