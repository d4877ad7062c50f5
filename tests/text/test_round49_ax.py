"""Round 49 of issue 16: refusals to take part in talks, and boycotts, whose other party
is the talks' host, mediator or convener named by a participle ("refused to attend the
talks hosted by X", "boycotted the summit convened by X") or the inviter ("declined an
invitation from X"): the refuser ``rejects`` that party (ANNOTATION.md R2, round 49). The
audit's sentences (tests/text/round49_cases.py, written for the round), a third built to
tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both directions: the
tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round49_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 49).
KNOWN_GAPS = {
    # the talks and their host are in the previous clause; the refusal names no talks
    "Turkey tried to restart peace talks in Istanbul, but Azerbaijan refused to participate.",
    "Cuba offered to host a new round of negotiations, but the ELN declined to attend.",
    # no row for walking out of talks, staying away from them or shunning a mediation
    "Azerbaijan walked out of negotiations with Armenia.",
    "The TPLF stayed away from the summit called by Ethiopia.",
    # "rejected an offer from X": a `reject` row with a "from" target would win over the
    # general `reject` row and lose "X's offer was rejected by Y" (test_verb_coverage)
    "The ELN rejected an offer from Cuba to host new talks.",
    "Eritrea rejected an invitation from Ethiopia to attend the peace conference.",
    # "shun" is read through its CAMEO row (coerces), not as a refusal
    "Venezuela shunned Cuba's mediation.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 49 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_boycott_of_elections_run_by_a_state_rejects_nobody(nlp):  # noqa: F811
    # the participle's noun must be talks (cues.csv talks_noun), not any event
    assert rows_of(nlp, "The TPLF boycotted the elections organised by Ethiopia.") == set()
    assert rows_of(nlp, "The TPLF boycotted the talks organised by Ethiopia.") == {
        ("tplf", "rejects", "ethiopia", "asserted", "")
    }


def test_refusing_to_comment_on_hosted_talks_rejects_nobody(nlp):  # noqa: F811
    # the infinitive must be one of taking part (the row's cues), not of saying
    assert rows_of(nlp, "Serbia refused to discuss the talks hosted by Russia.") == set()
    assert rows_of(nlp, "Serbia refused to join the talks hosted by Russia.") == {
        ("serbia", "rejects", "russia", "asserted", "")
    }
