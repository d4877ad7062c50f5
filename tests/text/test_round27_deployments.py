"""Round 27 of issue 16: deployments and people sent against things sent, envoys sent,
forces sent against an actor and the purpose an infinitive gives (BASELINE.md, round 27).
The audit's sentences (tests/text/round27_cases.py, written for the round), a third built
to tempt a wrong row, each with the rows ANNOTATION.md gives by hand; both directions: the
tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round27_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 27).
KNOWN_GAPS = {
    # "help X fight Y": the parser makes "Mozambique fight ..." a clause of "help", whose
    # subject is then no object of the help (the shorter "to help Mozambique" is read)
    "Rwanda sent troops to help Mozambique fight Ansar al-Sunna.",
    # CAMEO's "send letter" (040) is read where no hand row of "send" has a cue: a letter
    # gives nothing (R2, round 20), but the lexicon's appended block can give no "nothing"
    "Kenya sent a letter to Somalia.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 27 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_people_sent_arm_nobody_and_things_sent_still_do(nlp):  # noqa: F811
    def types(text):
        return {r[1] for r in rows_of(nlp, text)}

    # the people alone: no arms, whatever the verb of sending
    for verb in ("sent", "dispatched", "deployed"):
        assert "arms" not in types(f"Russia {verb} troops to the LNA.")
        assert types(f"Russia {verb} mercenaries to the LNA.") == {"backs"}
    # weapons beside them keep their own row
    assert types("Russia sent troops and drones to the LNA.") == {"arms", "backs"}
    assert types("Russia sent drones to the LNA.") == {"arms"}
    assert types("Russia dispatched drones to the LNA.") == {"arms"}
    assert types("Qatar dispatched funds to Hamas.") == {"funds"}


def test_people_sent_to_a_state_or_an_organisation_name_no_recipient(nlp):  # noqa: F811
    assert rows_of(nlp, "Chad sent troops to Niger.") == set()
    assert rows_of(nlp, "Chad sent troops to ECOWAS.") == set()
    # the same people sent to an armed group or a government back it
    assert rows_of(nlp, "Chad sent troops to the GNA.") == {
        ("chad", "backs", "gna", "asserted", "")
    }
    # and things sent to a state are given to it
    assert rows_of(nlp, "Chad sent weapons to Niger.") == {
        ("chad", "arms", "niger", "asserted", "")
    }


def test_people_sent_against_an_actor_are_mobilised_against_it(nlp):  # noqa: F811
    for verb in ("sent", "dispatched", "deployed"):
        assert rows_of(nlp, f"Chad {verb} soldiers against Boko Haram.") == {
            ("chad", "mobilizes_against", "boko_haram", "asserted", "")
        }
    # a state as the enemy is no place
    assert rows_of(nlp, "Armenia sent troops against Azerbaijan.") == {
        ("armenia", "mobilizes_against", "azerbaijan", "asserted", "")
    }


def test_an_envoy_sent_is_a_visit_to_a_state_too(nlp):  # noqa: F811
    assert rows_of(nlp, "Kenya dispatched an envoy to Somalia.") == {
        ("kenya", "consults", "somalia", "asserted", "")
    }
