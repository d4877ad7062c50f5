"""Round 33 of issue 16: passives and coordinated verbs with their agents, "pit X against
Y" (BASELINE.md, round 33). The audit's sentences (tests/text/round33_cases.py, written
for the round), a third built to tempt a wrong row, each with the rows ANNOTATION.md gives
by hand; both directions: the tempting ones give no wrong row, the genuine ones keep
theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round33_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 33).
KNOWN_GAPS = {
    # "paid" has no funds row (a wage; "paid a visit", "paid tribute" name no money)
    "Wagner fighters in Libya were paid and armed by Moscow.",
    # "occupied" is read as fights beside the invasion's attacks
    "Ukraine was invaded and partly occupied by Russia in 2022.",
    # "besiege" has no coerces row
    "The Malian army was attacked and then besieged by JNIM near Boulkessi.",
    # a second passive after "later" with an agent of its own: its agent is not read
    "Niger was condemned by ECOWAS and later sanctioned by France and the United States.",
    # a list of three before "against": the parser pairs the list's items, not each with Y
    "The battle pitted Somali troops, Kenyan soldiers and AU peacekeepers against al-Shabaab.",
    # backed by another's strikes: the backer is paired with the act's target, or not read
    "Somali forces launched an offensive against al-Shabaab, backed by air strikes from the "
    "United States.",
    "An offensive by the Nigerian army, backed by air strikes from Chad, hit Boko Haram camps.",
    "The LNA's assault on Tripoli was supported by Russian mercenaries.",
    # a group named in a participle ("grouped under X") does not stand for the unnamed head
    "The rebel groups, grouped under the March 23 Movement, are armed and trained by Rwanda.",
    "The armed factions, united under the CMA, were attacked by Wagner and the Malian army.",
    "Several jihadist groups, grouped under JNIM since 2017, are backed by al-Qaeda.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 33 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_war_that_pits_two_actors_makes_them_fight_once(nlp):  # noqa: F811
    rows = rows_of(nlp, "The war pitted Azerbaijan against Armenia in 2020.")
    assert rows == {("armenia", "fights", "azerbaijan", "asserted", "")}


def test_pitted_by_a_vote_or_a_match_is_no_fight(nlp):  # noqa: F811
    assert rows_of(nlp, "The vote pitted Armenia against Azerbaijan.") == set()
    assert rows_of(nlp, "The semi-final pitted Chad against Niger in Niamey.") == set()


def test_a_conflict_that_pits_one_against_two_makes_each_fight_it(nlp):  # noqa: F811
    rows = rows_of(nlp, "The insurgency pits the TTP against Pakistan and the Taliban.")
    assert {r[:3] for r in rows} == {("pakistan", "fights", "ttp"), ("taliban", "fights", "ttp")}
