"""Round 40 of issue 16: participles and infinitives with acts of their own (BASELINE.md,
round 40). The audit's sentences (tests/text/round40_cases.py, written for the round), a
third built to tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both
directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round40_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 40).
KNOWN_GAPS = {
    # "cut" parsed so that the list's clause gives no row at all (no reduces_relations
    # either), so its participle has no clause object to inherit
    "Azerbaijan and Turkey cut relations with Armenia, enacting a blockade.",
    # the "after" participle hangs on the object-control infinitive, whose subject (Japan)
    # is taken as its doer; "harassing" gives no `attacks`
    "China asked Japan to withdraw its ships after blocking and harassing vessels of South Korea.",
    # "provoked" is read as a protest (protests_against)
    "Serbia provoked Kosovo by massing troops on the border with Kosovo.",
    # "its posts" (the speaker's own) is not resolved inside the saying participle
    "Azerbaijan shelled Armenia overnight, saying Armenian troops had attacked its posts.",
    # "cut arms deliveries to" is not read as ending `arms` (no row of the cut)
    "China cut arms deliveries to Myanmar, citing the war in Shan State.",
    # "broke off talks with" is read as a threat, not as talks ended
    "Azerbaijan broke off talks with Armenia, enforcing a blockade of Stepanakert.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 40 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_participles_act_noun_takes_the_clauses_object(nlp):  # noqa: F811
    rows = rows_of(
        nlp, "Eritrea severed relations with Ethiopia, enacting a land and sea blockade."
    )
    assert ("eritrea", "coerces", "ethiopia", "asserted", "") in rows
    # an act noun with its own preposition names its own target: the clause's is left
    rows = rows_of(
        nlp, "Kenya suspended ties with Somalia, announcing an embargo on its flower exports."
    )
    assert {r[:3] for r in rows} == {("kenya", "reduces_relations", "somalia")}


def test_an_enacting_verb_is_a_light_verb_without_a_participle(nlp):  # noqa: F811
    rows = rows_of(nlp, "Serbia enforced a blockade on Kosovo.")
    assert ("serbia", "coerces", "kosovo", "asserted", "") in rows


def test_citing_on_an_act_is_a_reason_and_on_a_report_a_source(nlp):  # noqa: F811
    rows = rows_of(nlp, "The junta bombed KIA positions on Tuesday, citing attacks on its convoys.")
    assert ("myanmar", "attacks", "kia", "asserted", "") in rows
    # on a verb of saying, "citing X" still names the source (R4)
    said = "Japan said, citing US intelligence, that North Korea had armed Myanmar."
    rows = rows_of(nlp, said)
    assert {r[:4] for r in rows} == {("north_korea", "arms", "myanmar", "reported")}


def test_a_participle_of_time_is_said_as_its_clause_not_as_its_heads_wish(nlp):  # noqa: F811
    rows = rows_of(nlp, "After shelling Armenia, Azerbaijan called for peace talks.")
    assert ("azerbaijan", "attacks", "armenia", "asserted", "") in rows
    # the claim inside an "after accusing" participle is its main subject's
    rows = rows_of(
        nlp, "Somalia reopened its embassy in Nairobi after accusing Kenya of arming al-Shabaab."
    )
    assert ("kenya", "arms", "al_shabaab", "reported", "somalia") in rows
