"""Round 28 of issue 16: acts named by nouns whose doer is not the clause's subject
(BASELINE.md, round 28). The audit's sentences (tests/text/round28_cases.py, written for
the round), a third built to tempt a wrong row, each with the rows ANNOTATION.md gives by
hand; both directions: the tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round28_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 28).
KNOWN_GAPS = {
    # an act noun as the subject of an attack verb does not stand for its doer
    "Kenya's incursion into Somalia in 2011 targeted al-Shabaab.",
    # the parser makes "Azerbaijani" the subject and "shelling" a participle
    "Azerbaijani shelling of Armenian positions resumed.",
    # air strikes "from" X that back an act against Y: the act's target is not carried
    # over to the strikes, which name none of their own
    "The offensive against ISIS was backed by air strikes from the United States.",
    # the parser makes "Pakistani" the object of "condemned" and "shelling" a participle
    "India condemned Pakistani shelling along the Line of Control.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 28 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_an_act_renaming_an_operation_takes_the_operation_s_verb(nlp):  # noqa: F811
    # the act in apposition to the operation's name is the subject's own
    assert {
        r[:3] for r in rows_of(nlp, "Chad launched Operation Lake, a campaign against Boko Haram.")
    } == {("chad", "attacks", "boko_haram")}
    # an apposition to a name that names no act ("Mali, a neighbour") takes no verb
    assert rows_of(nlp, "Chad praised Mali, a neighbour of Niger.") == {
        ("chad", "favours", "mali", "asserted", "")
    }
    # a verb of stance toward the operation makes its subject no doer of the act
    found = {
        r[:3]
        for r in rows_of(
            nlp, "Egypt condemned Operation Peace Spring, Turkey's offensive against the PKK."
        )
    }
    assert ("egypt", "attacks", "pkk") not in found
    assert ("turkey", "attacks", "pkk") in found


def test_an_x_led_act_is_the_leader_s_and_an_x_backed_one_is_not(nlp):  # noqa: F811
    assert {r[:3] for r in rows_of(nlp, "US-led strikes on ISIS hideouts continued.")} == {
        ("united_states", "attacks", "isis")
    }
    # the backer of an act is not its doer
    assert ("qatar", "attacks", "lna") not in {
        r[:3] for r in rows_of(nlp, "Qatar-backed strikes on the LNA continued.")
    }


def test_a_state_s_ports_stand_for_the_state_and_a_town_s_port_for_no_actor(nlp):  # noqa: F811
    assert {r[:3] for r in rows_of(nlp, "Russia's blockade of Ukraine's ports lasted months.")} == {
        ("russia", "coerces", "ukraine")
    }
    assert rows_of(nlp, "Russia's blockade of the port of Mariupol lasted months.") == set()
