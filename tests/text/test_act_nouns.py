"""Acts named by nouns, their doers and stances toward them (issue 16, round 18;
BASELINE.md): the audit's sentences (tests/text/act_noun_cases.py, written for the round
with other actors than the issue's examples), each with the rows ANNOTATION.md gives by
hand, including the sentences that must give no row (no doer, no actor target, a stance
toward a non-actor)."""

import pytest
from act_noun_cases import ACTORS, CASES
from extraction_fixtures import annotated_rows, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 18): "station" is no asset noun (a police
# station is the state's, a train station need not be), and no row reads leaving an
# organisation's mission named by a noun ("withdrawal from").
KNOWN_GAPS = {
    "The ELN admitted the attack on a Colombian police station.",
    "The French withdrawal from the EU mission was announced.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("shape", "act", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 18 gap"),
)
def test_an_act_noun_gives_the_rows_the_annotation_rules_give(nlp, shape, act, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_every_shape_and_its_negatives():
    assert len(CASES) == 65
    assert {c[0] for c in CASES} == {"demonym", "possessive", "by", "of", "claim", "stance", "none"}
    assert sum(1 for c in CASES if not c[3]) >= 10
    assert {c[2] for c in CASES} >= KNOWN_GAPS


def test_a_claim_of_responsibility_is_reported_by_the_claimant_not_a_verdict(nlp):  # noqa: F811
    claimed = rows_of(
        nlp, "The ELN accepted responsibility for the attack on a Colombian army base."
    )
    assert claimed == {("eln", "attacks", "colombia", "reported", "eln")}
    # the writer's verdict that an actor bears responsibility is no claim of its own
    assert rows_of(nlp, "Iran bears responsibility for the attack on Israel.") == {
        ("iran", "attacks", "israel", "asserted", "")
    }


def test_of_names_the_target_of_a_transitive_act_even_beside_a_date(nlp):  # noqa: F811
    # "on Monday" names no actor, so "of" stays the bombing's target, not its doer
    found = rows_of(nlp, "France condemned the bombing of Iranian positions on Monday.")
    assert not {r for r in found if r[0] == "iran"}, found
    assert ("france", "opposes", "iran", "asserted", "") not in found


def test_a_stance_toward_an_act_without_doer_gives_nothing(nlp):  # noqa: F811
    assert rows_of(nlp, "Qatar welcomed the deployment of troops to Mali.") == set()
    assert rows_of(nlp, "Hungary backed the sanctions on Russia.") == set()
