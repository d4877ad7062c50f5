"""Round 64 of issue 16: a description headed by a collective noun ("the coalition",
"the alliance", "coalition forces") stands only for an actor named before that is such a
collective -- an organisation, or an actor whose own name is headed by a collective noun
("the Three Brotherhood Alliance", "the Global Coalition against Daesh", "Alliance Fleuve
Congo") -- never for an armed group of another name (``collective_noun`` of
``cues.csv``; ``Coreference._narrowed_compatible``, ``Coreference._collective_name``); "the
coalition" after a coalition named by its leader ("the Saudi-led coalition") stands for
the leader (``Coreference._repeated``, ANNOTATION.md R2), and joining, being listed in or
leading such a coalition gives no row (``frames.candidates._led_body``). The audit's texts
(tests/text/round64_cases.py, written for the round, none from the fresh samples):
unnamed coalitions and alliances facing a named armed group, the members listed after an
unnamed coalition, collective words in longer noun phrases, a government's coalition,
collective words that are no description words, collectives named with their head word,
a named alliance with a nearer armed group, organisations described as an alliance or a
bloc, led coalitions and ordinary group descriptions, each with the rows ANNOTATION.md
gives by hand."""

import pytest
from extraction_fixtures import (  # noqa: F401 (nlp: the shared spaCy fixture)
    annotated_rows,
    assert_a_third_tempting,
    audit_params,
    mentioned_rows,
    nlp,
)
from round64_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 64).
KNOWN_GAPS = {
    # "the bloc" is no description word (taken out in round 30: a bloc is as often a
    # party's or a parliament's as an international body's, and it made wrong rows on
    # held-out text); the collective rule would allow only an organisation or a
    # collective's name, which was not measured this round
    "ECOWAS condemned the coup in Niger in July. Russia criticised the bloc.",
    "The European Union sanctioned Wagner commanders. Moscow condemned the bloc.",
    "The Gulf Cooperation Council condemned Houthi attacks on shipping. Iran criticised the bloc.",
    # a possessive description on an act noun welcomed ("the coalition's support") is
    # not read through the led coalition named before
    "The US-led coalition struck Islamic State targets in Mosul. "
    "Iraq welcomed the coalition's support.",
    # the parse of "The coalition, led by Saudi Arabia, bombed ...": the subject with its
    # "led by" phrase set off by commas is not read as the leader (arguments, not the
    # description)
    "The coalition, led by Saudi Arabia, bombed Houthi positions in Saada.",
    # an ambush of a convoy named by its owner's name as a compound ("a Wagner convoy"):
    # the asset frame, not the description ("the militants" is JNIM)
    "JNIM attacked Malian soldiers near Mopti. The militants later ambushed a Wagner convoy.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 64 gap"),
)
def test_a_text_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_has_its_promised_shape():
    assert_a_third_tempting(CASES, at_least=50)


def test_a_led_coalition_described_again_says_it_was_resolved(nlp):  # noqa: F811
    text = "The Saudi-led coalition attacked the Houthis in 2015. Iran condemned the coalition."
    rows = mentioned_rows(nlp, text, ACTORS)
    assert (
        "iran",
        "opposes",
        "saudi_arabia",
        "Iran",
        "the coalition -> The Saudi-led coalition",
    ) in rows


def test_joining_a_led_coalition_gives_no_membership(nlp):  # noqa: F811
    """An unnamed coalition read as its leader is no body one joins or is listed in
    (ANNOTATION.md R2): neither named by its leader nor described again."""
    for text in (
        "The Saudi-led coalition comprised the UAE, Egypt, Jordan and Bahrain.",
        "The Saudi-led coalition attacked the Houthis in 2015. The UAE joined the coalition.",
    ):
        assert not {r for r in rows_of(nlp, text) if r[1] == "member_of"}, text


def test_a_collective_name_is_headed_by_a_collective_noun():
    """The head of a name: its first word in the French order, else the last word before
    its first preposition; a collective noun inside another head is not one."""
    from graphkit.text.coreference import Coreference

    names = {
        "brotherhood": [("three", "brotherhood", "alliance")],
        "global": [("global", "coalition", "against", "daesh")],
        "aes": [("alliance", "of", "sahel", "states")],
        "afc": [("congo", "river", "alliance"), ("alliance", "fleuve", "congo")],
        "mndaa": [("myanmar", "national", "democratic", "alliance", "army")],
        "pflp": [("popular", "front", "for", "the", "liberation", "of", "palestine")],
        "houthis": [("houthis",), ("ansar", "allah")],
    }
    reader = Coreference.__new__(Coreference)
    reader._name_keys = lambda actor: names[actor]
    reader._words = {"collective_noun": frozenset({"coalition", "alliance", "bloc", "axis"})}
    collective = {actor for actor in names if reader._collective_name(actor)}
    assert collective == {"brotherhood", "global", "aes", "afc"}
