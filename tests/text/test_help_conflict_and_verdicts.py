"""Help with a clause, the nouns of armed conflict and a speaker's verdict on an actor
(issue 16, round 10): sentences written for these tests, with other actors and wording
than the documents they stand for (tests/text/data/BASELINE.md, round 10). The expected
readings by hand from the annotation rules (tests/text/data/ANNOTATION.md: ``backs`` for
help, ``fights`` for a battle, clashes or hostilities, ``attacks`` for an attack or
offensive, ``opposes`` for a speaker's condemnation); negatives beside each class."""

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from extraction_fixtures import review_rows
from issue16_actors import ACTORS


@pytest.fixture(scope="module")
def run(nlp):
    def extract(text):
        return review_rows(nlp, text, ACTORS, ("source", "relation", "target", "modality"))

    return extract


def readings(rows):
    return {(s, r, t) for s, r, t, _ in rows}


# -- help with a bare infinitive: the helped party is the infinitive's subject ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt helped Sudan repel the RSF.", ("egypt", "backs", "sudan")),
        ("Qatar has helped the Houthis rebuild.", ("qatar", "backs", "houthis")),
        (
            "Chad has begun deploying a 600-strong force to Niger to help Niger fight "
            "the jihadists.",
            ("chad", "backs", "niger"),
        ),
    ],
)
def test_help_with_a_bare_infinitive_backs_the_infinitives_subject(run, text, expected):
    assert expected in readings(run(text))


def test_a_bare_infinitive_after_another_verb_is_no_help(run):
    # "watched X strike Y": X strikes, the watcher is no party
    rows = readings(run("Iran watched Israel strike Hezbollah."))
    assert ("israel", "attacks", "hezbollah") in rows
    assert not any("iran" in (s, t) for s, _, t in rows)


def test_a_finite_clause_after_said_is_no_bare_infinitive(run):
    # "Jordan said it would help Egypt": "it" is the speaker, who helps
    assert ("jordan", "backs", "egypt") in readings(run("Jordan said it would help Egypt."))


# -- "to help it": the pronoun is the destination, never the shared subject ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chad has begun deploying a 600-strong force to Niger to help it combat the jihadists.",
            ("chad", "backs", "niger"),
        ),
        (
            "The African Union approved the deployment of troops to Mali to help it "
            "respond to the crisis.",
            ("african_union", "backs", "mali"),
        ),
        ("Jordan sent aid to Egypt to help it.", ("jordan", "backs", "egypt")),
        (
            "Kenya said on Tuesday it had begun sending police to Uganda to help it "
            "fight the gangs.",
            ("kenya", "backs", "uganda"),
        ),
    ],
)
def test_to_help_it_after_sending_to_an_actor_helps_that_actor(run, text, expected):
    rows = run(text)
    assert expected in readings(rows)
    helper = expected[0]
    assert (helper, "backs", helper) not in readings(rows)


def test_to_help_it_with_no_destination_is_left_unresolved(run):
    # the only actor is the helper, whom "it" cannot stand for
    assert run("Qatar deployed a force to help it.") == set()


# -- nouns of armed conflict and the verbs that put their subject in them -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt fought a bitter battle with the Houthis.", ("egypt", "fights", "houthis")),
        (
            "Colombian troops were bogged down in a battle with the ELN.",
            ("colombia", "fights", "eln"),
        ),
        ("Japan was mired in a confrontation with China.", ("china", "fights", "japan")),
        ("Skirmishes between India and Pakistan continued.", ("india", "fights", "pakistan")),
        (
            "The Houthis have waged guerrilla warfare against Saudi Arabia for years.",
            ("houthis", "fights", "saudi_arabia"),
        ),
    ],
)
def test_a_battle_confrontation_skirmish_or_warfare_is_fighting(run, text, expected):
    assert expected in readings(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas waged attacks on Israel.", ("hamas", "attacks", "israel")),
        (
            "The ELN has been waging a number of attacks against Colombia.",
            ("eln", "attacks", "colombia"),
        ),
        # an offensive is an attack (ANNOTATION.md), whichever verb launches it
        ("Colombia waged an offensive against the ELN.", ("colombia", "attacks", "eln")),
    ],
)
def test_waging_attacks_or_an_offensive_is_attacking_not_fighting(run, text, expected):
    rows = readings(run(text))
    assert expected in rows
    assert not any(r == "fights" for _, r, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan are locked in a battle of words over water.",
        "Rwanda lost the legal battle with Uganda at the court.",
        "The ELN waged a diplomatic campaign against Colombia.",
        "Japan and China are engaged in a trade war.",
    ],
)
def test_a_battle_of_words_courts_or_trade_is_no_armed_act(run, text):
    assert not any(r in ("fights", "attacks") for _, r, _ in readings(run(text)))


# -- a speaker's verdict on an actor or its act: the speaker opposes it -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's prime minister said the strikes by Russia sabotaged peace efforts.",
            ("japan", "opposes", "russia"),
        ),
        (
            "Japan said Russia's strikes were a deliberate choice to escalate.",
            ("japan", "opposes", "russia"),
        ),
        (
            '"The actions carried out by the ELN constitute war crimes," the president of '
            "Colombia said.",
            ("colombia", "opposes", "eln"),
        ),
        ("Chad criticized the actions of Sudan.", ("chad", "opposes", "sudan")),
        (
            "Egypt described the attack by Hamas as a cowardly act of terror.",
            ("egypt", "opposes", "hamas"),
        ),
        ("Jordan said Iran was a threat to the region.", ("jordan", "opposes", "iran")),
    ],
)
def test_a_speakers_verdict_on_an_actor_or_its_act_is_opposition(run, text, expected):
    rows = run(text)
    assert (*expected, "asserted") in rows


@pytest.mark.parametrize(
    "text",
    [
        "Jordan said Iran was not a threat to the region.",  # negated verdict
        "Jordan said Iran faced a threat from the Houthis.",  # no predicate of Iran
        "Egypt said Hamas was ready to talk.",  # no verdict
        "Egypt called Hamas a partner for peace.",
        "Chad praised the role of Sudan.",  # the conduct noun alone is no verdict
    ],
)
def test_no_verdict_no_opposition(run, text):
    speaker = text.split()[0].lower()
    assert not any(s == speaker and r == "opposes" for s, r, _ in readings(run(text)))


def test_calling_an_actor_terrorist_is_a_designation_not_a_second_relation(run):
    assert readings(run("Jordan called Hamas a terrorist group.")) == {
        ("jordan", "designates_terrorist", "hamas")
    }
