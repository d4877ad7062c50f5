"""Round 39 of issue 16: objects and subjects renamed by an apposition, a dash or brackets
(BASELINE.md, round 39). The audit's sentences (tests/text/round39_cases.py, written for
the round), a third built to tempt a wrong row, each with the rows ANNOTATION.md gives by
hand (R1 and its round-39 additions); both directions: the tempting ones give no wrong
row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round39_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 39).
KNOWN_GAPS = {
    # "UN experts found": a finding of an unnamed body is read as asserted, not reported
    "Its closest ally \u2014 Rwanda \u2014 armed the M23, UN experts found.",
    # the names of "Nigeria and Cameroon said" are read as the objects of the attack
    "Chad attacked an armed group, Nigeria and Cameroon said.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 39 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


@pytest.mark.parametrize(
    "text",
    [
        "Uganda attacked an Islamist militia, the ADF, near Beni.",
        "Uganda attacked an Islamist militia \u2014 the ADF \u2014 near Beni.",
        "Uganda attacked an Islamist militia -- the ADF -- near Beni.",
        "Uganda attacked an Islamist militia, the Allied Democratic Forces (ADF), near Beni.",
        "Uganda attacked an Islamist militia known as the ADF.",
    ],
)
def test_a_name_after_a_description_is_the_argument(nlp, text):  # noqa: F811
    assert ("uganda", "attacks", "adf", "asserted", "") in rows_of(nlp, text)


def test_a_renamed_object_keeps_its_subject_when_the_parse_hangs_it_on_the_subject(nlp):  # noqa: F811
    # the parser makes "Province" an apposition of "Nigeria"; the two are no list
    text = (
        "Nigeria fought a splinter faction, the Islamic State West Africa Province (ISWAP), "
        "in Borno."
    )
    assert rows_of(nlp, text) == {("iswap", "fights", "nigeria", "asserted", "")}


@pytest.mark.parametrize(
    "text",
    [
        "Uganda attacked a militia, the largest in the region, near Beni.",
        "Rwanda backs a rebel movement, Congo has long said.",
        "Mali hired a paramilitary outfit, France alleged.",
        "Uganda attacked an Islamist militia (Ituri) near Beni.",
        "Rwanda denied backing the rebels in the capital, Kinshasa.",
    ],
)
def test_no_name_a_clause_a_place_or_a_note_after_a_description_renames_nothing(nlp, text):  # noqa: F811
    assert rows_of(nlp, text) == set()


def test_a_person_after_a_place_description_is_not_the_place(nlp):  # noqa: F811
    import pandas as pd

    actors = pd.DataFrame(
        [
            ("guyana", "Guyana", "state", "", "GUY"),
            ("irfaan_ali", "Irfaan Ali", "person", "", "GUY"),
        ],
        columns=["id", "name", "kind", "aliases", "country"],
    )
    text = "Guyana is a small nation, and the leader of that small nation, Irfaan Ali, spoke."
    rows = annotated_rows(nlp, text, actors)
    assert not any(r[0] == r[2] for r in rows)
    assert ("irfaan_ali", "leads", "irfaan_ali", "asserted", "") not in rows
