"""Round 26 of issue 16: reciprocal and joint acts, reactions drawn from others, the host
and parties of talks (BASELINE.md, round 26). The audit's sentences
(tests/text/round26_cases.py, written for the round), a third built to tempt a wrong row,
each with the rows ANNOTATION.md gives by hand; both directions: the tempting ones give no
wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round26_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 26).
KNOWN_GAPS = {
    # "turned on" has no verb row (a particle verb; "turned on the lights" names no actor)
    "Hamas and Fatah turned on each other in Gaza in 2007.",
    # a joint operation's target: the noun row of "joint" has no "against" target
    "Mali and Niger launched a joint operation against JNIM.",
    # "alongside X against Y": X's own fight with Y is not read
    "Wagner fought alongside the Malian army against JNIM.",
    "Uganda fought al-Shabaab alongside Somalia.",
    # "together with" makes a co-source, not a partner (no cooperates_with row)
    "Kenyan troops fought al-Shabaab together with Somali forces.",
    "Mali and Niger fought the jihadists together.",
    # a reaction drawn by an act the event nouns do not list (veto, expulsion, test, dam,
    # rocket fire): the act does not stand for its doer
    "Hungary's veto drew sharp criticism from Germany.",
    "Mali's expulsion of the French ambassador drew protests from France.",
    "North Korea's missile test prompted protests from South Korea.",
    "Ethiopia's dam has drawn objections from Egypt and Sudan.",
    "Hezbollah's rocket fire drew a warning from Israel.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 26 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=80)


def test_each_other_gives_a_directed_type_both_ways_and_a_third_no_row(nlp):  # noqa: F811
    rows = rows_of(nlp, "Somalia and Kenya criticised each other over the maritime ruling.")
    assert {r[:3] for r in rows} == {
        ("kenya", "opposes", "somalia"),
        ("somalia", "opposes", "kenya"),
    }
    # the owner of the object: "each other's ambassadors" are the states themselves (R6)
    rows = rows_of(nlp, "Chad and Sudan expelled each other's ambassadors.")
    assert {r[:3] for r in rows} == {
        ("chad", "reduces_relations", "sudan"),
        ("sudan", "reduces_relations", "chad"),
    }
    # a third actor as the object: the two act on it, never on each other
    rows = rows_of(nlp, "Russia and Belarus criticised Ukraine.")
    assert {r[:3] for r in rows} == {
        ("russia", "opposes", "ukraine"),
        ("belarus", "opposes", "ukraine"),
    }


def test_an_exchange_is_read_by_what_is_exchanged(nlp):  # noqa: F811
    def kinds(text):
        return {r[1] for r in rows_of(nlp, text)}

    assert kinds("India and Pakistan exchanged fire along the Line of Control.") == {"fights"}
    assert kinds("India and Pakistan exchanged views on the water treaty.") == {"consults"}
    assert kinds("Israel and Egypt exchanged intelligence on the smuggling networks.") == {
        "cooperates_with"
    }
    assert kinds("Russia and Ukraine exchanged prisoners of war on Friday.") == {"yields_to"}
    assert kinds("India and Pakistan exchanged greetings.") == set()


def test_a_quarrel_is_opposition_and_a_topic_is_no_partner(nlp):  # noqa: F811
    assert {r[1] for r in rows_of(nlp, "Kenya and Somalia quarrelled over the border.")} == {
        "opposes"
    }
    assert rows_of(nlp, "Kenya and Somalia discussed al-Shabaab.") == {
        ("kenya", "consults", "somalia", "asserted", "")
    }
    assert rows_of(nlp, "Kenya discussed the crisis with Somalia.") == {
        ("kenya", "consults", "somalia", "asserted", "")
    }


def test_joint_drills_are_cooperation_and_drills_alone_are_nothing(nlp):  # noqa: F811
    assert rows_of(nlp, "Kenya and Uganda held joint drills near the border.") == {
        ("kenya", "cooperates_with", "uganda", "asserted", "")
    }
    assert rows_of(nlp, "Kenya and Uganda held drills near the border.") == set()


def test_a_host_consults_each_party_only_when_parties_are_named(nlp):  # noqa: F811
    assert {
        r[:3] for r in rows_of(nlp, "Qatar hosted talks between the United States and the Taliban.")
    } == {
        ("qatar", "consults", "united_states"),
        ("qatar", "consults", "taliban"),
        ("taliban", "consults", "united_states"),
    }
    assert rows_of(nlp, "Qatar hosted the talks.") == set()
    assert rows_of(nlp, "Qatar hosted the World Cup in 2022.") == set()


def test_a_reaction_drawn_from_others_is_theirs_toward_the_doer(nlp):  # noqa: F811
    assert {
        r[:3]
        for r in rows_of(
            nlp, "The Houthi attack on the tanker drew a rebuke from the United States."
        )
    } == {("united_states", "opposes", "houthis")}
    assert {
        r[:3] for r in rows_of(nlp, "China blocked the resolution, drawing criticism from India.")
    } == {("india", "opposes", "china")}
    # an act with no named doer, or no "from", gives nothing
    assert rows_of(nlp, "The coup drew condemnation from ECOWAS and the African Union.") == set()
    assert rows_of(nlp, "The raid prompted protests in Pakistan.") == set()
