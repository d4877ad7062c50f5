"""Round 48 of issue 16: ceasefires and truces violated, breached or broken, and
hostilities with or between two parties (BASELINE.md, round 48). The audit's sentences
(tests/text/round48_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round48_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 48).
KNOWN_GAPS = {
    # "ended" on the subject "hostilities between A and B" is not read as ended
    "Hostilities between Ethiopia and Eritrea ended in 2018.",
    # hostilities inside a relative clause of "would end" give no row
    "Ethiopia agreed to a truce that would end hostilities with the TPLF.",
    # the parser hangs "of breaking" on the compound "Rwanda-backed M23 rebels"
    "DR Congo accused Rwanda-backed M23 rebels of breaking the ceasefire.",
    # the noun "violation(s)" takes no claimant as its other party (only the verbs do)
    "Kinshasa accused the M23 of repeated ceasefire violations.",
    "Armenia reported violations of the truce by Azerbaijan.",
    "India blamed Pakistan for the ceasefire violation.",
    # "would retaliate if X violated": the threat's target is in the condition
    "India said it would retaliate if Pakistan violated the ceasefire.",
    # "threatened to resume hostilities": the threat itself gives no row
    "Ethiopia threatened to resume hostilities with the TPLF.",
    # "it" for the ceasefire: the other party is the ceasefire's possessor ("its")
    "Colombia suspended its ceasefire after the ELN violated it.",
    # "accused each other of violating": the reciprocal claim gives no attack row
    "Armenia and Azerbaijan accused each other of violating the ceasefire.",
    # "violated no law" said by a court: read as India's verdict against Pakistan
    "Pakistan violated no law, India's court said.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 48 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_violated_ceasefire_is_an_attack_on_the_party_after_with(nlp):  # noqa: F811
    rows = rows_of(nlp, "The ELN violated the ceasefire with Colombia.")
    assert rows == {("eln", "attacks", "colombia", "asserted", "")}


def test_the_accuser_is_the_other_party_of_the_breached_truce(nlp):  # noqa: F811
    rows = rows_of(nlp, "Ethiopia accused the TPLF of breaking the truce.")
    assert ("tplf", "attacks", "ethiopia", "reported", "ethiopia") in rows


def test_a_denial_names_no_other_party(nlp):  # noqa: F811
    # the denier is the doer, not the other party of the truce
    assert rows_of(nlp, "Azerbaijan denied violating the ceasefire.") == set()


def test_a_breached_deal_is_no_attack(nlp):  # noqa: F811
    rows = rows_of(nlp, "Serbia accused Kosovo of violating the Brussels agreement.")
    assert rows == {("serbia", "opposes", "kosovo", "asserted", "")}
