"""Round 22 of issue 16: an adversarial audit of round 20's frames (BASELINE.md, round
22). The audit's sentences (tests/text/round22_cases.py, written for the round), half
built to tempt a frame into a wrong row, half genuine, each with the rows ANNOTATION.md
gives by hand; both directions: the tempting ones give no wrong row, the genuine ones keep
theirs."""

import pytest
from extraction_fixtures import annotated_rows, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round22_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 22).
KNOWN_GAPS = {
    # "sent back": a return, not a gift
    "Chad sent Nigeria army trucks back empty.",
    # the parser hangs "RSF" and the demonym "Chinese" on "drones": the maker is read
    "The UAE supplied the RSF Chinese drones.",
    # "vehicle" is no thing cue of the give row
    "Saudi Arabia gave Jordan armoured vehicles.",
    # CAMEO's "give * in" (to yield) matches the "in" of "a home in Doha"
    "Qatar gave Hamas leaders a home in Doha.",
    # an offer of condolences is performed as it is made (R2: favours, asserted)
    "Jordan offered condolences to Egypt.",
    "Turkey offered Iran its condolences.",
    # a promise of support is support given (as a pledge of support)
    "Having promised Kenya support, the UAE sent Somalia drones.",
    # no verb at the parse's root; a noun act owned by an X-led coalition; a delegation
    "The Houthis, led by Abdul-Malik al-Houthi, fired missiles at Israel.",
    "The Saudi-led coalition's blockade of Yemen was criticised by Iran.",
    "The delegation, led by Egypt's foreign minister, met Hamas.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 22 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_half_tempting_half_genuine():
    assert len(CASES) >= 100
    tempting = sum(1 for c in CASES if c[1] == "tempt")
    assert 45 <= tempting <= 65
    assert {c[2] for c in CASES} >= KNOWN_GAPS


def test_a_sum_measuring_a_thing_is_no_funding_but_a_sum_of_money_is(nlp):  # noqa: F811
    assert {r[1] for r in rows_of(nlp, "Russia supplied Syria with $2 billion in weapons.")} == {
        "arms"
    }
    assert rows_of(nlp, "Saudi Arabia gave Jordan $500 million worth of fuel.") == set()
    assert {r[1] for r in rows_of(nlp, "Qatar handed Hamas $30 million in cash.")} == {"funds"}
    assert rows_of(nlp, "Qatar provided $1 billion in loans to Egypt.") == {
        ("qatar", "funds", "egypt", "asserted", "")
    }


def test_credit_for_is_praise_but_a_loan_is_funding(nlp):  # noqa: F811
    assert rows_of(nlp, "Egypt gave Hamas credit for the calm.") == set()
    assert {r[1] for r in rows_of(nlp, "Saudi Arabia gave Pakistan a $3 billion loan.")} == {
        "funds"
    }


def test_a_passive_subject_phrase_is_a_target_only_for_the_noun_the_row_names(nlp):  # noqa: F811
    assert rows_of(nlp, "Relations with Iran were discussed by the Saudi cabinet.") == set()
    assert rows_of(nlp, "Diplomatic relations with Iran were severed by Jordan.") == {
        ("jordan", "reduces_relations", "iran", "asserted", "")
    }


def test_the_owner_of_a_recipient_is_no_recipient(nlp):  # noqa: F811
    assert rows_of(nlp, "Iran sent Lebanon's Hezbollah more rockets.") == {
        ("iran", "arms", "hezbollah", "asserted", "")
    }
