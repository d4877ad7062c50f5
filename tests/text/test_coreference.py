"""Pronouns and descriptions resolved within a document (issue 16, item 3): each
resolution, read off the sentences by hand, and the words the review shows for it."""

import pytest
from candidates_helper import candidates, readings
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from issue16_actors import ACTORS

pytestmark = pytest.mark.model


def test_he_is_the_person_named_before(nlp):
    found = candidates(
        nlp, "Hemedti commands the RSF. He accused the SAF of shelling civilians.", ACTORS
    )
    assert ("hemedti", "opposes", "saf", "He -> Hemedti", "SAF") in readings(found)


def test_it_is_the_subject_of_the_clause_before_and_shows_the_chain(nlp):
    text = (
        "The RSF stormed the town. The US found that the militia had committed atrocities "
        "and sanctioned its commander."
    )
    (candidate,) = candidates(nlp, text, ACTORS)
    assert (candidate.source.actor, candidate.specific, candidate.target.actor) == (
        "united_states",
        "sanctions",
        "rsf",
    )
    assert candidate.target.via == "owner"
    assert candidate.target_mention == "its commander -> the militia"


def test_it_stays_unresolved_when_the_subject_before_is_no_actor(nlp):
    # "It" is the report, not Rwanda: no Rwanda opposes Uganda
    found = candidates(
        nlp, "The UN report named Rwanda. It accused Uganda of arming the TPLF.", ACTORS
    )
    assert not any(c.source.actor == "rwanda" for c in found)
    assert (
        candidates(nlp, "Rwanda rejected the report. It accused Uganda of lying.", ACTORS)[
            0
        ].source_mention
        == "It -> Rwanda"
    )


def test_a_pronoun_is_not_its_own_verb_s_other_argument(nlp):
    found = candidates(nlp, "Iran said Israel had attacked it.", ACTORS)
    assert ("israel", "attacks", "iran", "Israel", "it -> Iran") in readings(found)


def test_pleonastic_it_stands_for_nothing(nlp):
    found = candidates(nlp, "It is believed that Iran armed the Houthis.", ACTORS)
    assert {(c.source.actor, c.specific, c.target.actor) for c in found} == {
        ("iran", "arms", "houthis")
    }


def test_a_description_agrees_with_its_demonym(nlp):
    # the Lebanese militia is Hezbollah (LBN), not Hamas, named last
    found = candidates(
        nlp, "Hezbollah and Hamas fired rockets. Israel struck the Lebanese militia.", ACTORS
    )
    assert readings(found) == {
        ("israel", "attacks", "hezbollah", "Israel", "the Lebanese militia -> Hezbollah")
    }


def test_the_kingdom_is_the_state_named_before(nlp):
    found = candidates(
        nlp, "Saudi Arabia hosted talks. The kingdom later severed ties with Iran.", ACTORS
    )
    assert readings(found) == {
        ("saudi_arabia", "reduces_relations", "iran", "The kingdom -> Saudi Arabia", "Iran")
    }


def test_both_sides_are_the_two_actors_named_last_not_a_place(nlp):
    found = candidates(nlp, "Egypt and Sudan met in Cairo. Both sides signed an accord.", ACTORS)
    agreed = {(c.source.actor, c.target.actor) for c in found if c.specific == "agrees_with"}
    assert agreed == {("egypt", "sudan"), ("sudan", "egypt")}


def test_a_description_that_says_something_new_introduces_an_actor(nlp):
    # "the Iran-backed militant group" is not Hamas: nothing resolved, nothing invented
    found = candidates(
        nlp, "Hamas said the truce between Israel and the Iran-backed militant group began.", ACTORS
    )
    assert not any(c.target.actor == "hamas" or c.source.actor == "iran" for c in found)


def test_extraction_reads_descriptions_in_documents(extract, triples):
    review = extract(
        "The RSF besieged El Fasher. The paramilitary group later attacked Chad.",
        actors=ACTORS,
        specific=True,
    )
    assert triples(review) == {("rsf", "attacks", "chad")}
