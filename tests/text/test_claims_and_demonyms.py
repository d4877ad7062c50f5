"""Demonyms standing for their state and accusations as acts of their own (issue 16,
round 9): sentences written for these tests, with other actors and wording than the
evaluation's, negatives included."""

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from extraction_fixtures import review_rows
from issue16_actors import ACTORS


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text):
        return review_rows(nlp, text, ACTORS, ("source", "relation", "target", "modality"))

    return extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym on a state organ the lexicon did not list before
        ("Indian tanks shelled Pakistan overnight.", ("india", "attacks", "pakistan")),
        ("Egyptian commandos raided Hamas positions.", ("egypt", "attacks", "hamas")),
        ("Turkish officers attacked the PKK near the border.", ("turkey", "attacks", "pkk")),
        ("A Saudi brigade struck the Houthis.", ("saudi_arabia", "attacks", "houthis")),
        ("Russian helicopters bombed Ukrainian positions.", ("russia", "attacks", "ukraine")),
        # a bare plural demonym, as subject or object
        ("The Israelis bombed Hezbollah.", ("israel", "attacks", "hezbollah")),
        ("Ethiopians rejected the claims of Kenya.", ("ethiopia", "rejects", "kenya")),
        ("The Houthis fired missiles at Americans.", ("houthis", "attacks", "united_states")),
    ],
)
def test_a_demonym_argument_stands_for_its_state(run, text, expected):
    assert (*expected, "asserted") in run(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Iranian oil reached China last month.", "iran"),
        ("A Syrian refugee said Israel attacked Hezbollah.", "syria"),
        ("The Turkish lira fell against the dollar.", "turkey"),
        ("A Russian think tank accused Ukraine of lying.", "russia"),  # not an organ
        ("Two Israelis were killed by Hamas.", "israel"),  # counted people, not the state
        ("Dozens of Egyptians were wounded by Israel.", "egypt"),
        ("Armenian separatists attacked Turkey.", "armenia"),  # members of a group
    ],
)
def test_demonyms_that_are_not_the_state(run, text, state):
    found = run(text)
    assert not {t for t in found if state in (t[0], t[2])}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accuser opposes the accused when the accusation is a noun
        (
            "Egypt rejected accusations by Ethiopia that Sudan arms the RSF.",
            {("ethiopia", "opposes", "sudan", "asserted"), ("sudan", "arms", "rsf", "denied")},
        ),
        (
            "Qatar dismissed Egypt's allegations that it funds Hamas.",
            {("egypt", "opposes", "qatar", "asserted"), ("qatar", "funds", "hamas", "denied")},
        ),
        (
            "Ethiopia levelled allegations against Kenya.",
            {("ethiopia", "opposes", "kenya", "asserted")},
        ),
        (
            "Jordan's accusations against Israel grew louder.",
            {("jordan", "opposes", "israel", "asserted")},
        ),
        (
            "Chad has repeated accusations that Sudan arms the RSF.",
            {("chad", "opposes", "sudan", "asserted")},
        ),
    ],
)
def test_an_accusation_noun_is_its_accusers_act(run, text, expected):
    assert expected <= run(text)


def test_an_accusation_not_made_is_denied(run):
    found = run("Ethiopia did not make accusations against Kenya.")
    assert ("ethiopia", "opposes", "kenya", "denied") in found
    assert ("ethiopia", "opposes", "kenya", "asserted") not in found


def test_a_claim_that_is_not_an_accusation_gives_no_opposition(run):
    # a claim noun that accuses no one: the content only, reported or denied
    found = run("The claim that Qatar arms Hamas is wrong.")
    assert not {t for t in found if t[1] == "opposes"}, found


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A Syrian refugee said Israel attacked Hezbollah.", None),
        ("A Jordanian student claimed that Iran arms the Houthis.", None),
        ("Egyptian officials said Israel attacked Hezbollah.", "egypt"),
    ],
)
def test_a_demonym_speaks_for_its_state_only_through_an_organ_or_outlet(nlp, text, claimant):
    from graphkit.text import extract_relations

    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    assert len(review) == 1, review
    assert review["modality"].iloc[0] == "reported"
    value = review["attributed_to"].iloc[0]
    assert (None if value != value or value in ("", None) else value) == claimant
