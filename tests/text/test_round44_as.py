"""Round 44 of issue 16: verbs whose gerund or infinitive complement says whether an act
took place (denied helping, admitted supplying, stopped funding, continued backing,
refrained from attacking), an infinitive of purpose on such a gerund, and "acting in
self-defence against X" (BASELINE.md, round 44). The audit's sentences
(tests/text/round44_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round44_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 44).
KNOWN_GAPS = {
    # a state after "sending troops to" is read as a place (no row in the affirmative
    # either: "Belarus sent troops to Russia")
    "Belarus denied sending soldiers to Russia.",
    # "deny X's demands" has no rejects row (only "deny X's accusations")
    "Colombia denied the ELN's demands.",
    # "launch missiles from its territory" under "allowing" gives a warns row (cause not
    # traced this round)
    "Belarus denied allowing Russia to launch missiles from its territory.",
    # the parser reads "acknowledged bombing PKK positions" as a compound noun
    "Turkey acknowledged bombing PKK positions in northern Iraq.",
    # "conscripts" is no agent noun (cue kinds are defined once; the row is not this
    # round's to edit)
    "Belarus began training Russian conscripts last year.",
    # (the talks a call asks for read as held: closed in session 32, frames.noun._asked_for)
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 44 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_purpose_on_a_denied_gerund_is_denied_and_on_a_plain_verb_asserted(nlp):  # noqa: F811
    denied = rows_of(nlp, "Eritrea denied deploying troops to fight the TPLF.")
    plain = rows_of(nlp, "Eritrea deployed troops to fight the TPLF.")
    assert {r[3] for r in denied} == {"denied"}
    assert {r[3] for r in plain} == {"asserted"}


def test_self_defence_needs_its_own_word(nlp):  # noqa: F811
    # "acted against" alone, or a defence without "self", names no fight
    assert rows_of(nlp, "Armenia acted in self-defence against Azerbaijan.") == {
        ("armenia", "fights", "azerbaijan", "asserted", "")
    }
    assert rows_of(nlp, "Ukraine strengthened its air defence against Russian drones.") == set()
