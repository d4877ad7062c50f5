"""Round 35 of issue 16: suspensions and shows of force (BASELINE.md, round 35). The
audit's sentences (tests/text/round35_cases.py, written for the round), a third built to
tempt a wrong row, each with the rows ANNOTATION.md gives by hand (R2, round-35 additions;
R4 for acts ended); both directions: the tempting ones give no wrong row, the genuine ones
keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round35_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 35).
KNOWN_GAPS = {
    # the "suspend ... trade" row's cue is met by "trade" inside the object's own phrase
    # ("cooperation ... on trade", "the trade agreement"): a wrong `sanctions` row
    "India suspended cooperation with Pakistan on water sharing and trade.",
    "Pakistan suspended the bilateral trade agreement with India.",
    # "participation in talks with": the talks are two nouns below the verb
    "Belarus suspended its participation in talks with Lithuania.",
    # the parser makes the subject an adverbial ("Azerbaijan/npadvmod massed")
    "Azerbaijan massed troops on the border with Armenia, Yerevan said.",
    # "close" as an adverb on "missile drills": not traced
    "Pakistan staged missile drills close to the Indian border.",
    # the parser reads "missile drills off its coast" as a clause ("drills" a verb)
    "Japan said North Korea had staged missile drills off its coast.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 35 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Venezuela held military exercises near the border with Guyana.", "guyana"),
        ("Venezuela held military exercises near Guyana's border.", "guyana"),
        ("Venezuela held military exercises near the Guyanese border.", "guyana"),
        ("Venezuela held military exercises close to Guyana.", "guyana"),
        ("Venezuela held military exercises off the Guyanese coast.", "guyana"),
    ],
)
def test_a_show_of_force_near_a_territory_mobilizes_against_its_owner(nlp, text, target):  # noqa: F811
    assert rows_of(nlp, text) == {("venezuela", "mobilizes_against", target, "asserted", "")}


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela held military exercises near the border.",
        "Venezuela held military exercises near its own coast.",
        "Venezuela held military exercises near Caracas.",
        "Venezuela held military exercises in Guyana.",
    ],
)
def test_a_show_of_force_near_no_other_actor_gives_nothing(nlp, text):  # noqa: F811
    assert rows_of(nlp, text) == set()


def test_a_frozen_act_is_ended_and_its_freezing_reduces_relations(nlp):  # noqa: F811
    assert rows_of(nlp, "Greece froze its talks with Turkey.") == {
        ("greece", "reduces_relations", "turkey", "asserted", ""),
        ("greece", "consults", "turkey", "ended", ""),
    }
    assert rows_of(nlp, "Greece resumed its talks with Turkey.") == {
        ("greece", "consults", "turkey", "asserted", ""),
    }
