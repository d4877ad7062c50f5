"""Round 43 of issue 16: a participle that modifies a noun says what that noun did ("a
video of its drones striking X", "footage of Y troops shelling Z"): the doer is the noun,
or its owner by a possessive or a demonym (BASELINE.md, round 43). The audit's sentences
(tests/text/round43_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round43_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 43).
KNOWN_GAPS = {
    # the parser makes "bombing" an adverbial clause of "showed": its subject is the ministry
    "The ministry showed footage of Turkish jets bombing PKK camps in the Qandil mountains.",
    # "showing" is read as a verb of saying: the act shown comes out reported (modality)
    "Footage showing Russian jets bombing Ukrainian positions was shared widely.",
    # "artillery" parsed as the object of "showing" and "shelling" as its xcomp: no subject
    "Footage showing Azerbaijani artillery shelling Armenian positions appeared online.",
    # the parser takes "fired" for the main verb (rockets fired ... killed: conj)
    "Rockets fired by the M23 at Congolese positions killed three soldiers.",
    # carrying an actor's weapons to another is no lexicon row; the doer would be the owner
    # named by the weapons' demonym, which R2 (round 13, makers) does not yet decide
    "A convoy carrying Rwandan weapons to the M23 was seized near Rutshuru.",
    "Congolese troops stopped trucks carrying Rwandan weapons to M23 rebels.",
    "A ship carrying North Korean weapons to Russia was tracked by Seoul.",
    "Trains carrying North Korean shells to Russia crossed the border.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 43 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_participle_hung_on_a_video_takes_the_video_s_subject_as_its_doer(nlp):  # noqa: F811
    rows = rows_of(nlp, "Ukraine published a video of its drones striking Russian positions.")
    assert {r[:3] for r in rows} == {("ukraine", "attacks", "russia")}
    # the picture of a thing with no act on an actor gives nothing
    assert rows_of(nlp, "Kyiv released a video showing the damage in Odesa.") == set()


def test_a_participle_on_a_noun_that_is_no_picture_keeps_the_noun_as_its_doer(nlp):  # noqa: F811
    # "reports" is an account (reported, no claimant in the table); "refugees" no actor
    assert {
        r[:4]
        for r in rows_of(
            nlp, "Reports of Rwandan soldiers fighting alongside the M23 angered Kinshasa."
        )
    } == {("m23", "cooperates_with", "rwanda", "reported")}
    assert rows_of(nlp, "Photos of Armenian refugees fleeing Karabakh moved many.") == set()
