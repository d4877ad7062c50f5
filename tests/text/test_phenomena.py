"""The linguistic phenomena of issue 10, each on sentences written for the test.

Each case gives a sentence and the triples it must yield as asserted (``negated`` False)
and as not asserted (``negated`` True); nothing else may be asserted, so every case is
also a check against false positives. The expected triples are read off the sentence by
hand, following tests/text/data/ANNOTATION.md.
"""

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

pytestmark = pytest.mark.model

B, OPP, W, C, D, L, M = (
    "backs",
    "opposes",
    "warns",
    "courts",
    "designates_terrorist",
    "leads",
    "member_of",
)

CASES = {
    # active and passive voice
    "active": [
        ("Turkey backs HTS.", {("turkey", B, "hts")}, set()),
        ("Iran armed the Houthis.", {("iran", B, "houthis")}, set()),
        ("Israel struck Hezbollah positions in Lebanon.", {("israel", OPP, "hezbollah")}, set()),
        ("Israel warned Iran.", {("israel", W, "iran")}, set()),
        ("Julani leads HTS.", {("julani", L, "hts")}, set()),
        ("Turkish forces attacked the SDF.", {("turkey", OPP, "sdf")}, set()),
    ],
    "passive": [
        ("HTS, backed by Turkey, took the city.", {("turkey", B, "hts")}, set()),
        ("The Houthis were armed by Iran.", {("iran", B, "houthis")}, set()),
        ("Hezbollah is funded by Iran.", {("iran", B, "hezbollah")}, set()),
        ("HTS is led by Abu Mohammad al-Julani.", {("julani", L, "hts")}, set()),
    ],
    "nominalisation": [
        ("Turkey's support for HTS angered Iran.", {("turkey", B, "hts")}, set()),
        ("Iranian backing of Hezbollah is no secret.", {("iran", B, "hezbollah")}, set()),
        ("The US designation of HTS remains in force.", {("united_states", D, "hts")}, set()),
        ("The attack by Hamas on Israel killed hundreds.", {("hamas", OPP, "israel")}, set()),
        ("Russia's invasion of Ukraine began in 2022.", {("russia", OPP, "ukraine")}, set()),
        (
            "The US launched strikes against the Houthis.",
            {("united_states", OPP, "houthis")},
            set(),
        ),
    ],
    "compound_modifier": [
        (
            "Turkish-backed SNA fighters attacked the SDF.",
            {("turkey", B, "sna"), ("sna", OPP, "sdf")},
            set(),
        ),
        ("The Iran-backed Houthis fired missiles.", {("iran", B, "houthis")}, set()),
        ("Russian-backed Wagner Group units withdrew.", {("russia", B, "wagner")}, set()),
    ],
    "recipient_subject": [
        ("Hezbollah receives weapons from Iran.", {("iran", B, "hezbollah")}, set()),
        ("The RSF gets support from the UAE.", {("uae", B, "rsf")}, set()),
        ("HTS has the backing of Turkey.", {("turkey", B, "hts")}, set()),
        (
            "Hezbollah has long served as Iran's proxy in Lebanon.",
            {("iran", B, "hezbollah")},
            set(),
        ),
    ],
    "coordination": [
        ("Turkey and Qatar support HTS.", {("turkey", B, "hts"), ("qatar", B, "hts")}, set()),
        (
            "Iran supports Hezbollah and Hamas.",
            {("iran", B, "hezbollah"), ("iran", B, "hamas")},
            set(),
        ),
        (
            "Egypt, the UAE and Saudi Arabia backed the SAF.",
            {("egypt", B, "saf"), ("uae", B, "saf"), ("saudi_arabia", B, "saf")},
            set(),
        ),
    ],
    "symmetric": [
        (
            "The war between the SAF and the RSF continues.",
            {("saf", OPP, "rsf"), ("rsf", OPP, "saf")},
            set(),
        ),
        (
            "Saudi Arabia and Iran restored ties in 2023.",
            {("saudi_arabia", C, "iran"), ("iran", C, "saudi_arabia")},
            set(),
        ),
        (
            "Clashes between Hezbollah and Israel intensified.",
            {("hezbollah", OPP, "israel"), ("israel", OPP, "hezbollah")},
            set(),
        ),
    ],
    "apposition": [
        ("Hezbollah, Iran's main proxy, fired rockets.", {("iran", B, "hezbollah")}, set()),
        (
            "Iran, a key patron of Hezbollah, condemned the strike.",
            {("iran", B, "hezbollah")},
            set(),
        ),
        ("Erdogan, the president of Turkey, spoke on Monday.", {("erdogan", L, "turkey")}, set()),
    ],
    "negation": [
        ("Turkey has not endorsed HTS.", set(), {("turkey", B, "hts")}),
        ("Iran denied arming the Houthis.", set(), {("iran", B, "houthis")}),
        ("Egypt refused to support the RSF.", set(), {("egypt", B, "rsf")}),
        (
            "The United States revoked the designation of the Houthis.",
            set(),
            {("united_states", D, "houthis")},
        ),
        ("Qatar does not fund Hamas.", set(), {("qatar", B, "hamas")}),
        ("Iran never armed the RSF.", set(), {("iran", B, "rsf")}),
    ],
    "hedge": [
        ("Iran allegedly armed the Houthis.", {("iran", B, "houthis")}, set()),
        ("Turkey reportedly backs HTS.", {("turkey", B, "hts")}, set()),
    ],
    "attribution": [
        ("According to Israel, Iran funds Hezbollah.", {("iran", B, "hezbollah")}, set()),
        ("Israel says Iran backs Hezbollah.", {("iran", B, "hezbollah")}, set()),
    ],
    "hypothetical": [
        (
            "If Iran attacks Israel, the US would strike Iran.",
            set(),
            {("iran", OPP, "israel"), ("united_states", OPP, "iran")},
        ),
        ("Turkey hopes to restore ties with Egypt.", set(), {("turkey", C, "egypt")}),
        ("Qatar would fund Hamas.", set(), {("qatar", B, "hamas")}),
        ("Israel plans to strike Hezbollah.", set(), {("israel", OPP, "hezbollah")}),
        ("The UAE will arm the RSF.", set(), {("uae", B, "rsf")}),
        ("Russia could back the SAF.", set(), {("russia", B, "saf")}),
    ],
    "person_agent": [
        (
            "Turkish President Erdogan warned the SDF.",
            {("erdogan", W, "sdf"), ("erdogan", L, "turkey")},
            set(),
        ),
        (
            "Hezbollah's secretary general Hassan Nasrallah spoke.",
            {("nasrallah", L, "hezbollah")},
            set(),
        ),
        ("HTS leader Abu Mohammad al-Julani spoke.", {("julani", L, "hts")}, set()),
    ],
    "warns": [
        ("Israel won't allow Iran to entrench in Syria.", {("israel", W, "iran")}, set()),
        ("Iran vowed to retaliate against Israel.", {("iran", W, "israel")}, set()),
        (
            "Hezbollah threatened to attack Israel.",
            {("hezbollah", W, "israel")},
            {("hezbollah", OPP, "israel")},
        ),
    ],
    "courts": [
        ("HTS has been courting Israel.", {("hts", C, "israel")}, set()),
        ("Hamas sought help from Qatar.", {("hamas", C, "qatar")}, set()),
        ("Turkey held talks with Egypt.", {("turkey", C, "egypt")}, set()),
        ("A Hamas delegation met Egyptian officials.", {("hamas", C, "egypt")}, set()),
    ],
    "designates": [
        (
            "The US still considers HTS a terrorist organization.",
            {("united_states", D, "hts")},
            set(),
        ),
        (
            "The EU treats Hezbollah as a terrorist group.",
            {("european_union", D, "hezbollah")},
            set(),
        ),
        ("Russia lists HTS as a terrorist organisation.", {("russia", D, "hts")}, set()),
    ],
    "member_of": [
        ("HTS was once part of al-Qaeda.", set(), {("hts", M, "al_qaeda")}),  # ended
        ("The SNA merged into the SDF.", {("sna", M, "sdf")}, set()),
    ],
    "actor_names": [
        ("Ankara backs HTS.", {("turkey", B, "hts")}, set()),
        ("#Türkiye backs HTS.", {("turkey", B, "hts")}, set()),
        ("iran funds HEZBOLLAH.", {("iran", B, "hezbollah")}, set()),
        ("Al-Jolani leads HTS.", {("julani", L, "hts")}, set()),
        ("Ansar Allah attacked US warships.", {("houthis", OPP, "united_states")}, set()),
        ("Iran funds Hizbollah.", {("iran", B, "hezbollah")}, set()),
        (
            "Syrian Democratic Forces attacked the Syrian National Army.",
            {("sdf", OPP, "sna")},
            set(),
        ),
        (
            "The Washington Post reported that Iran funds Hezbollah.",
            {("iran", B, "hezbollah")},
            set(),
        ),
    ],
    # ending acts are hostile acts of their own (ANNOTATION.md, R2 and R4)
    "ending_acts": [
        (
            "Saudi Arabia cut ties with Iran.",
            {("saudi_arabia", "reduces_relations", "iran")},
            set(),
        ),
        (
            "Saudi Arabia severed diplomatic relations with Iran.",
            {("saudi_arabia", "reduces_relations", "iran")},
            set(),
        ),
    ],
    # a visit is a consultation (CAMEO 042), reported in the family of talks
    "visit": [("Erdogan visited Qatar last week.", {("erdogan", C, "qatar")}, set())],
    "no_relation": [
        ("Turkey and Qatar are both members of NATO.", set(), set()),
        ("Tensions between Iran and Saudi Arabia remain high.", set(), set()),
        ("Armed groups fought in Damascus.", set(), set()),
        ("The Syrian government controls Damascus.", set(), set()),
        ("They told us that the talks went well.", set(), set()),
        ("Pro-Russian separatists backed by Moscow attacked Ukrainian positions.", set(), set()),
    ],
}

PARAMS = [
    pytest.param(text, asserted, denied, id=f"{phenomenon}-{position}")
    for phenomenon, cases in CASES.items()
    for position, (text, asserted, denied) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "asserted", "denied"), PARAMS)
def test_phenomenon(extract, triples, text, asserted, denied):
    review = extract(text)
    assert triples(review) == asserted
    assert denied <= triples(review, negated=True)
    assert not (denied & triples(review))  # never returned as asserted


def test_hedges_and_attribution_are_flagged_with_who_said_it(extract):
    hedged = extract("Iran allegedly armed the Houthis.")
    assert hedged["hedged"].tolist() == [True]
    said = extract("Israel says Iran backs Hezbollah.")
    assert said["attributed_to"].tolist() == ["israel"]  # the claimant's actor id
    according = extract("According to Israel, Iran funds Hezbollah.")
    assert according["modality"].tolist() == ["reported"]
    assert according["attributed_to"].tolist() == ["israel"]


def test_hypotheticals_are_marked_as_such(extract):
    review = extract("Qatar would fund Hamas.")
    assert review["hypothetical"].tolist() == [True]
    assert review["negated"].tolist() == [True]
    assert review["ok"].tolist() == [False]


def test_specific_relation_types(extract):
    assert extract("Iran armed the Houthis.", specific=True)["relation"].tolist() == ["arms"]
    assert extract("Iran armed the Houthis.")["relation"].tolist() == ["backs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran backed and armed the Houthis.",
            {("iran", "backs", "houthis"), ("iran", "arms", "houthis")},
        ),
        (
            "Turkey condemned and sanctioned Israel.",
            {("turkey", "opposes", "israel"), ("turkey", "sanctions", "israel")},
        ),
        (
            "The UAE has armed and financed the RSF.",
            {("uae", "arms", "rsf"), ("uae", "funds", "rsf")},
        ),
        # a verb with its own subject does not share the object
        ("Israel struck and Iran attacked the Houthis.", {("iran", "attacks", "houthis")}),
        # nor a bare CAMEO verb, which may be intransitive
        ("Iran retreated and attacked Israel.", {("iran", "attacks", "israel")}),
    ],
)
def test_coordinated_verbs_share_the_object_of_the_last(extract, text, expected):
    review = extract(text, specific=True)
    assert set(zip(review["source"], review["relation"], review["target"], strict=True)) == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names joined by a hyphen before a symmetric noun
        ("The Israel-Hamas war began in 2023.", {("hamas", "fights", "israel")}),
        ("The Turkey-Qatar talks ended.", {("qatar", "consults", "turkey")}),
        # a place held by an actor, as a target, stands for its holder
        (
            "Israel launched strikes on Houthi-controlled parts of Yemen.",
            {("israel", "attacks", "houthis")},
        ),
        ("The SAF shelled RSF-held areas of Khartoum.", {("saf", "attacks", "rsf")}),
        # a body the actor controls is not the actor
        ("Egypt backed the RSF-controlled government.", set()),
    ],
)
def test_hyphenated_pairs_and_held_places(extract, text, expected):
    review = extract(text, specific=True)
    assert set(zip(review["source"], review["relation"], review["target"], strict=True)) == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symmetric predicate noun over coordinated subjects
        ("Turkey and Qatar are allies.", {("qatar", "allied_with", "turkey")}),
        (
            "Turkey and Qatar are allies of Hamas.",
            {("hamas", "allied_with", "turkey"), ("hamas", "allied_with", "qatar")},
        ),
        # a state held "at" a noun: "at war with"
        ("The RSF is at war with the SAF.", {("rsf", "fights", "saf")}),
        ("The SAF has been at war with the RSF since April.", {("rsf", "fights", "saf")}),
        # firing in a direction
        ("The Houthis fired missiles toward Israel.", {("houthis", "attacks", "israel")}),
    ],
)
def test_predicate_states_and_directions(extract, text, expected):
    review = extract(text, specific=True)
    assert set(zip(review["source"], review["relation"], review["target"], strict=True)) == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle naming an act's doer
        (
            "The attack perpetrated by Hamas against Israel failed.",
            {("hamas", "attacks", "israel")},
        ),
        ("The attack on Israel carried out by Hamas failed.", {("hamas", "attacks", "israel")}),
        # a participle naming its target
        (
            "Israeli strikes targeting Hezbollah killed dozens.",
            {("israel", "attacks", "hezbollah")},
        ),
        (
            "The United States conducted an operation targeting the Houthis.",
            {("united_states", "attacks", "houthis")},
        ),
        # an operation without a target is no attack
        ("The United Nations ran a peacekeeping operation in Syria.", set()),
    ],
)
def test_participles_name_an_acts_doer_and_target(extract, text, expected):
    review = extract(text, specific=True)
    assert set(zip(review["source"], review["relation"], review["target"], strict=True)) == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle over a quantified list: every name of the list
        (
            "Hezbollah, Hamas and the Houthis, all backed by Iran, attacked Israel.",
            {("iran", B, "hezbollah"), ("iran", B, "hamas"), ("iran", B, "houthis")}
            | {("hezbollah", OPP, "israel"), ("hamas", OPP, "israel"), ("houthis", OPP, "israel")},
        ),
        (
            "Hezbollah and the Houthis, both of which are backed by Iran, attacked Israel.",
            {("iran", B, "hezbollah"), ("iran", B, "houthis")}
            | {("hezbollah", OPP, "israel"), ("houthis", OPP, "israel")},
        ),
        # a participle on a predicate noun describes the subject
        ("The RSF is a paramilitary group backed by the UAE.", {("uae", B, "rsf")}),
        # companions of the subject
        (
            "Iran, along with Russia, backed the Syrian government.",
            {("iran", B, "syrian_government"), ("russia", B, "syrian_government")},
        ),
        (
            "Russia, together with Iran, backed the Syrian government.",
            {("iran", B, "syrian_government"), ("russia", B, "syrian_government")},
        ),
        # "with" alone is not a companion
        ("Iran backed Hamas with weapons.", {("iran", B, "hamas")}),
    ],
)
def test_lists_quantifiers_and_companions(extract, triples, text, expected):
    assert triples(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantified relative subject is the list it counts
        (
            "Iran backs Hamas and the Houthis, all of whom oppose Israel.",
            {("iran", B, "hamas"), ("iran", B, "houthis")}
            | {("hamas", OPP, "israel"), ("houthis", OPP, "israel")},
        ),
        # coordinated subjects of a symmetric verb act on each other
        (
            "The SAF and the RSF fought each other in Khartoum.",
            {("rsf", OPP, "saf"), ("saf", OPP, "rsf")},
        ),
    ],
)
def test_quantified_subjects_and_reciprocal_objects(extract, triples, text, expected):
    assert triples(extract(text)) == expected
