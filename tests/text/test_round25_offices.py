"""Round 25 of issue 16: titles and offices in front of names (ANNOTATION.md R5), and object
relatives whose verb the parser reads as a plural noun (BASELINE.md, round 25). The
audit's sentences (tests/text/round25_cases.py, written for the round), a third built to
tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both directions: the
tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round25_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 25).
KNOWN_GAPS = {
    # the appositive title takes the subject's place: the act of "criticised" is lost
    "Ilham Aliyev, the president of Azerbaijan, criticised Armenia.",
    # "chief of staff" after "armed forces": the parser folds the person into "of staff"
    "Iranian armed forces chief of staff Mohammad Bagheri threatened Israel.",
    # a possessive before a hyphenated title: the cue "general" is not the next word's
    "Hezbollah's Secretary-General Naim Qassem threatened Israel.",
    # a long name after a group's title: the act is lost (the name is the verb's compound)
    "TTP chief Noor Wali Mehsud threatened Pakistan.",
    "Arakan Army commander Twan Mrat Naing criticised Myanmar.",
    # two titled holders coordinated, the parse hangs one under the other: acts lost
    # (round 32 reads the first holder where he is in the table: Vucic and Kurti's Kosovo)
    "Egyptian President Abdel Fattah el-Sisi and RSF commander Hemedti signed an agreement.",
    "Myanmar junta chief Min Aung Hlaing and Arakan Army commander Twan Mrat Naing signed a truce.",
    "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud condemned"
    " al-Shabaab.",
    # a verb of saying inside the object relative: the relative's verb is not re-parsed
    "The PKK, which Turkey says Iran arms, attacked Iraq.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 25 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text", sorted(KNOWN_GAPS))
def test_a_known_gap_gives_no_wrong_triple_but_one(nlp, text):  # noqa: F811
    # the gaps are misses: only the chief-of-staff sentence gives a row the rules do not
    expected = next(c[3] for c in CASES if c[2] == text)
    wrong = {r[:3] for r in rows_of(nlp, text)} - {e[:3] for e in expected}
    if text.startswith("Iranian armed forces"):
        assert wrong == {("iran", "threatens", "israel")}
    else:
        assert wrong == set()


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=80)


def test_a_secretary_general_heads_the_body_hyphenated_or_not(nlp):  # noqa: F811
    for text in (
        "NATO Secretary-General Jens Stoltenberg spoke.",
        "NATO Secretary General Jens Stoltenberg spoke.",
    ):
        assert rows_of(nlp, text) == {("jens_stoltenberg", "leads", "nato", "asserted", "")}


def test_a_deputy_vice_or_speaker_is_a_member_not_the_head(nlp):  # noqa: F811
    assert rows_of(nlp, "Hezbollah deputy leader Naim Qassem spoke.") == {
        ("naim_qassem", "member_of", "hezbollah", "asserted", "")
    }
    assert rows_of(nlp, "Turkish parliament speaker Numan Kurtulmus spoke.") == {
        ("numan_kurtulmus", "member_of", "turkey", "asserted", "")
    }


def test_a_former_office_holder_not_in_the_table_acts_for_nobody(nlp):  # noqa: F811
    assert rows_of(nlp, "Former Pakistani Prime Minister Imran Khan criticised the TTP.") == set()
    # the same title without "former" is the state's (R5)
    assert rows_of(nlp, "Pakistani Prime Minister Imran Khan criticised the TTP.") == {
        ("pakistan", "opposes", "ttp", "asserted", "")
    }


def test_a_title_before_a_coordination_is_not_the_second_names(nlp):  # noqa: F811
    rows = rows_of(nlp, "Egyptian President Abdel Fattah el-Sisi and RSF commander Hemedti spoke.")
    assert ("hemedti", "leads", "egypt") not in {r[:3] for r in rows}
    assert ("hemedti", "leads", "rsf", "asserted", "") in rows


def test_an_object_relative_is_read_and_a_noun_after_the_word_keeps_it_a_noun(nlp):  # noqa: F811
    assert ("iran", "funds", "hezbollah", "asserted", "") in rows_of(
        nlp, "Hezbollah, which Iran funds, attacked Israel."
    )
    assert rows_of(nlp, "Hezbollah, which the Iran arms embargo covers, attacked Israel.") == {
        ("hezbollah", "attacks", "israel", "asserted", "")
    }
