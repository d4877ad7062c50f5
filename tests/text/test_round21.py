"""Pair descriptions across a news item (issue 16, round 21): "both sides", "the two
countries", "both factions" stand for the pair the item introduced as a pair -- two actors
coordinated with each other ("A and B fought"), or the subject and the object of a verb of
meeting or fighting, or of a ``with``/``against`` phrase ("C met D", "C clashed with D") --
the nearest such pair first, up to ten sentences back, passing over single actors named in
between ("The AU sent envoys"), a support verb's pair ("Qatar backed Hamas") and the
antecedent of the relative clause the description is in ("China, which borders both
countries"). Round 21's fresh sample (fresh_sample.py) found pair descriptions the largest
general part of its coreference misses; these documents and actors are written for the
tests (Horn of Africa, South Asia and Palestinian actors the sample does not use); the
expected readings by hand."""

import pandas as pd
import pytest
from extraction_fixtures import mentioned_rows, nlp  # noqa: F401 (nlp: the shared spaCy fixture)

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("djibouti", "Djibouti", "state", "", "DJI"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("india", "India", "state", "", "IND"),
        ("pakistan", "Pakistan", "state", "", "PAK"),
        ("china", "China", "state", "", "CHN"),
        ("hamas", "Hamas", "armed_group", "", ""),
        ("fatah", "Fatah", "armed_group", "", ""),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("qatar", "Qatar", "state", "", "QAT"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


def triples(nlp, text):  # noqa: F811
    return {(s, r, t) for s, r, t, _, _ in mentioned_rows(nlp, text, ACTORS)}


def test_both_sides_is_the_pair_named_together_six_sentences_back(nlp):  # noqa: F811
    text = (
        "Ethiopia and Eritrea fought a border war in 1998. The conflict killed tens of "
        "thousands. Observers said the front lines barely moved. Sudan watched nervously. "
        "The AU sent envoys. Djibouti later called on both sides to withdraw."
    )
    found = triples(nlp, text)
    assert {("djibouti", "appeals_to", "ethiopia"), ("djibouti", "appeals_to", "eritrea")} <= found
    assert ("djibouti", "appeals_to", "sudan") not in found
    assert ("djibouti", "appeals_to", "african_union") not in found


def test_a_single_actor_and_a_capital_in_between_are_no_pair(nlp):  # noqa: F811
    text = (
        "Ethiopia and Eritrea fought a border war in 1998. The AU sent envoys to Addis Ababa. "
        "Djibouti called on both sides to withdraw."
    )
    found = triples(nlp, text)
    assert {("djibouti", "appeals_to", "ethiopia"), ("djibouti", "appeals_to", "eritrea")} <= found
    assert ("djibouti", "appeals_to", "african_union") not in found


def test_a_support_verbs_subject_and_object_are_not_two_sides(nlp):  # noqa: F811
    text = (
        "Hamas and Fatah fought for control of Gaza in 2007. Qatar backed Hamas. "
        "Egypt urged both sides to stop the fighting."
    )
    found = triples(nlp, text)
    assert {("egypt", "appeals_to", "hamas"), ("egypt", "appeals_to", "fatah")} <= found
    assert ("egypt", "appeals_to", "qatar") not in found


def test_both_factions_is_a_pair_description(nlp):  # noqa: F811
    text = (
        "Hamas and Fatah signed a unity deal in Cairo. Qatar welcomed it. "
        "Egypt urged both factions to respect the deal."
    )
    found = triples(nlp, text)
    assert {("egypt", "appeals_to", "hamas"), ("egypt", "appeals_to", "fatah")} <= found


def test_a_nearer_meeting_is_the_pair_the_two_countries_stands_for(nlp):  # noqa: F811
    text = (
        "Ethiopia and Eritrea signed a peace deal in July. Kenya later met Somalia in Nairobi. "
        "The two countries agreed to reopen their border."
    )
    found = triples(nlp, text)
    assert {("kenya", "agrees_with", "somalia"), ("somalia", "agrees_with", "kenya")} <= found
    assert ("ethiopia", "agrees_with", "kenya") not in found
    assert ("eritrea", "agrees_with", "somalia") not in found


def test_a_pair_in_a_with_phrase(nlp):  # noqa: F811
    text = (
        "India clashed with Pakistan along the Line of Control on Monday. "
        "China urged both countries to show restraint."
    )
    found = triples(nlp, text)
    assert {("china", "appeals_to", "india"), ("china", "appeals_to", "pakistan")} <= found


def test_three_coordinated_actors_are_not_a_pair(nlp):  # noqa: F811
    text = (
        "Kenya, Somalia and Ethiopia met in Nairobi. Egypt welcomed the talks. "
        "Djibouti called on both sides to cooperate."
    )
    found = triples(nlp, text)
    assert not {t for t in found if t[0] == "djibouti"}
