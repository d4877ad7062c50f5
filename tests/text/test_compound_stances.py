"""Stances written inside a compound modifier or a phrase rather than by a verb (issue 16,
round 13): "Turkish-backed", "pro-Kyiv", "anti-junta", "a state-funded militia", "with
close ties to", "influenced by", "loyal to", "is allied with", "under the protection of".
Sentences written for these tests, with other actors and wording than the development
documents; at least half are near misses that must give no stance (an unnamed head, a
modifier that names no actor, a compound that is no stance)."""

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from extraction_fixtures import review_rows
from issue16_actors import ACTORS

MORE = [
    ("vdp", "Volunteers for the Defense of the Homeland", "armed_group", "VDP", "BFA"),
    ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
    ("sdf", "Syrian Democratic Forces", "armed_group", "SDF", "SYR"),
    ("sna", "Syrian National Army", "armed_group", "SNA", "SYR"),
    ("syria", "Syria", "state", "", "SYR"),
    ("kh", "Kata'ib Hezbollah", "armed_group", "KH", "IRQ"),
    ("three_bha", "Three Brotherhood Alliance", "armed_group", "3BHA", "MMR"),
    ("myanmar", "Myanmar", "state", "", "MMR"),
    ("legion", "Freedom Legion", "armed_group", "", "RUS"),
    ("dna", "Dan Na Ambassagou", "armed_group", "", "MLI"),
]

STANCES = {
    "backs",
    "funds",
    "arms",
    "opposes",
    "allied_with",
    "linked_to",
    "leads",
    "favours",
}


@pytest.fixture(scope="module")
def run(nlp):
    table = pd.concat([ACTORS, pd.DataFrame(MORE, columns=ACTORS.columns)], ignore_index=True)

    def extract(text):
        rows = review_rows(nlp, text, table, ("source", "relation", "target", "modality"))
        return {(s, r, t) for s, r, t, m in rows if r in STANCES and m == "asserted"}

    return extract


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym before the participle, the name in apposition to the head
        ("Turkish-backed fighters, the SNA, shelled the town.", {("turkey", "backs", "sna")}),
        # an office standing for its state before the participle
        ("The Kremlin-aligned Wagner Group withdrew.", {("russia", "allied_with", "wagner")}),
        # the name after a dash, a capital after "pro-"
        (
            "Pro-Kyiv fighters \u2014 the Freedom Legion \u2014 crossed the border.",
            {("legion", "backs", "ukraine")},
        ),
        # "government" in the compound: the head's own state
        (
            "The ELN, an anti-government guerrilla, attacked a pipeline.",
            {("eln", "opposes", "colombia")},
        ),
        ("The VDP, a state-funded militia, patrolled Djibo.", {("burkina_faso", "funds", "vdp")}),
        (
            "Mali's pro-junta militia, the Dan Na Ambassagou, attacked villages.",
            {("dna", "backs", "mali")},
        ),
        # the head named through "known as"
        (
            "The anti-junta front known as the 3BHA seized Lashio.",
            {("three_bha", "opposes", "myanmar")},
        ),
        # "other" at the end of a list: the items listed before it
        (
            "Hamas, KH and other Iran-aligned militias fired rockets.",
            {("hamas", "allied_with", "iran"), ("iran", "allied_with", "kh")},
        ),
        (
            "The SDF, with close ties to the United States, held Raqqa.",
            {("sdf", "linked_to", "united_states")},
        ),
        ("Influenced by al-Qaeda, JNIM expanded into Niger.", {("jnim", "linked_to", "al_qaeda")}),
        ("The RSF, loyal to Hemedti, shelled the city.", {("rsf", "backs", "hemedti")}),
        ("Kenya is allied with Uganda.", {("kenya", "allied_with", "uganda")}),
        (
            "The SDF operates under the protection of the United States.",
            {("united_states", "backs", "sdf")},
        ),
        ("Backed by Russia, the LNA advanced on Tripoli.", {("russia", "backs", "lna")}),
    ],
)
def test_a_stance_inside_a_compound_or_phrase(run, text, expected):
    assert run(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "US-made weapons reached the RSF.",  # a maker, not a supporter
        "Egypt organised a pro-democracy march.",  # "pro-" before no actor
        "Saudi-led talks with the Houthis resumed.",  # led talks: no actor is led
        "The SAF bought anti-tank missiles.",  # "anti-" before no actor
        "A UN-backed report criticised the RSF.",  # the head is a report, not an actor
        "Iran-backed militias attacked US bases.",  # an unnamed head gives nothing
        "The pro-Russian media praised Haftar.",  # unnamed media
        "The anti-government protesters marched in Khartoum.",  # unnamed protesters
        "Pro-government militias attacked the VDP.",  # unnamed militias, the VDP their target
        "Anti-Houthi forces advanced on Hodeidah.",  # unnamed forces
        "Egypt's ties with Israel improved.",  # diplomatic ties, not organisational ones
        "A state-backed newspaper blamed the RSF.",  # a newspaper is no actor
        "Loyal to its founders, Hamas rejected the plan.",  # loyal to no actor
        "Qatar-funded schools opened in Gaza.",  # schools are no actor
        "Chad's ties to its neighbours are old.",  # the neighbours are unnamed
        "When threatened by Russia, the LNA retreated.",  # a threat, no stance
    ],
)
def test_a_near_miss_gives_no_stance(run, text):
    assert run(text) == set()


@pytest.mark.model
def test_the_government_word_takes_an_actor_named_before_of_the_heads_country(nlp):
    """ "anti-regime" after a named junta of the head's country is that junta, not the
    state; a state of another country named before is passed over for the head's own."""
    table = pd.concat(
        [
            ACTORS,
            pd.DataFrame(MORE, columns=ACTORS.columns),
            pd.DataFrame(
                [("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military junta", "MMR")],
                columns=ACTORS.columns,
            ),
        ],
        ignore_index=True,
    )
    text = (
        "The Tatmadaw shelled villages near the Chinese border. "
        "The anti-regime coalition known as the 3BHA seized Lashio."
    )
    rows = review_rows(nlp, text, table, ("source", "relation", "target"))
    assert ("three_bha", "opposes", "tatmadaw") in rows
    assert ("three_bha", "opposes", "china") not in rows
    assert ("three_bha", "opposes", "myanmar") not in rows


@pytest.mark.model
def test_the_home_state_is_marked_as_a_description(nlp):
    """The review table says how the government word was read ("government -> its own
    country"), so the analyst sees that no name stood there."""
    table = pd.concat([ACTORS, pd.DataFrame(MORE, columns=ACTORS.columns)], ignore_index=True)
    rows = review_rows(
        nlp,
        "The ELN, an anti-government guerrilla, attacked a pipeline.",
        table,
        ("source", "relation", "target", "target_mention"),
    )
    assert ("eln", "opposes", "colombia", "government -> its own country") in rows
