"""Modality per clause: each sentence's rows carry the modality the annotation rules give
them (tests/text/data/ANNOTATION.md, R4), read off the sentence by hand, with the
claimant's actor id; the modality of one clause never leaks into a neighbouring one."""

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit.text.modality import MODALITIES, NOT_ASSERTED, Modality

pytestmark = pytest.mark.model


def readings(review):
    """{(source, relation, target): (modality, attributed_to or "")} of a review."""
    return {
        (row.source, row.relation, row.target): (
            row.modality,
            row.attributed_to if isinstance(row.attributed_to, str) else "",
        )
        for row in review.itertuples()
    }


# (sentence, {triple: (modality, claimant)}) with the triples the extractor already finds;
# the expected modality and claimant are the rules' reading of the sentence
CASES = [
    # a neighbouring clause's verb does not govern this one (the issue's own examples)
    (
        "The Wagner Group dropped its neutrality and now fights the RSF.",
        {("wagner", "opposes", "rsf"): ("asserted", "")},
    ),
    (
        "The SAF accused the RSF of failing to withdraw.",
        {("saf", "opposes", "rsf"): ("asserted", "")},
    ),
    (
        "Iran denied arming Hamas, which attacked Israel.",
        {
            ("iran", "backs", "hamas"): ("denied", "iran"),
            ("hamas", "opposes", "israel"): ("asserted", ""),
        },
    ),
    # plans and imminent acts are planned, not denied
    ("Iran will meet Saudi Arabia.", {("iran", "courts", "saudi_arabia"): ("planned", "")}),
    (
        "Hezbollah vowed to wage war on Israel.",
        {("hezbollah", "opposes", "israel"): ("planned", "")},
    ),
    ("Turkey agreed to restore ties with Egypt.", {("turkey", "courts", "egypt"): ("planned", "")}),
    ("Iran said it would fund Hamas.", {("iran", "backs", "hamas"): ("planned", "iran")}),
    # claims: reported, with the claimant's id; the accuser's own relation asserted
    (
        "The United States claimed that Hamas had attacked Israel.",
        {("hamas", "opposes", "israel"): ("reported", "united_states")},
    ),
    (
        "Turkey accused Russia of arming the RSF.",
        {
            ("turkey", "opposes", "russia"): ("asserted", ""),
            ("russia", "backs", "rsf"): ("reported", "turkey"),
        },
    ),
    (
        "According to Israel, Iran funds Hezbollah.",
        {("iran", "backs", "hezbollah"): ("reported", "israel")},
    ),
    ("Iran reportedly arms Hamas.", {("iran", "backs", "hamas"): ("reported", "")}),
    ("Iran may have funded Hamas.", {("iran", "backs", "hamas"): ("reported", "")}),
    # a claim called false, or rejected, is denied
    ("The claim that Qatar backs Hamas is wrong.", {("qatar", "backs", "hamas"): ("denied", "")}),
    (
        "Egypt rejected accusations that Qatar supplied weapons to Hamas.",
        {("qatar", "backs", "hamas"): ("denied", "egypt")},
    ),
    # denied, ended, hypothetical
    ("Iran denied arming the Houthis.", {("iran", "backs", "houthis"): ("denied", "iran")}),
    ("Egypt refused to support the RSF.", {("egypt", "backs", "rsf"): ("denied", "")}),
    ("Iran stopped funding Hamas.", {("iran", "backs", "hamas"): ("ended", "")}),
    ("Iran no longer supports Hamas.", {("iran", "backs", "hamas"): ("ended", "")}),
    ("HTS was once part of al-Qaeda.", {("hts", "member_of", "al_qaeda"): ("ended", "")}),
    (
        "HTS leader Abu Mohammad al-Julani, who was previously al-Qaeda's top official in "
        "Syria, distanced himself from the organization.",
        {
            ("julani", "member_of", "al_qaeda"): ("ended", ""),
            ("julani", "leads", "hts"): ("asserted", ""),
        },
    ),
    ("Hamas had previously attacked Israel.", {("hamas", "opposes", "israel"): ("asserted", "")}),
    (
        "The SNA had previously been integrated into the SDF.",
        {("sna", "member_of", "sdf"): ("ended", "")},
    ),
    ("Qatar would fund Hamas.", {("qatar", "backs", "hamas"): ("hypothetical", "")}),
    ("Iran might attack Israel.", {("iran", "opposes", "israel"): ("hypothetical", "")}),
    (
        "Turkey hopes to restore ties with Egypt.",
        {("turkey", "courts", "egypt"): ("hypothetical", "")},
    ),
    # a purpose is what was done; an announced act is done in the announcing
    (
        "Iran sent troops to help the SAF.",
        {("iran", "backs", "saf"): ("asserted", "")},
    ),
    (
        "The United States announced sanctions on Iran.",
        {("united_states", "opposes", "iran"): ("asserted", "")},
    ),
    (
        "Iran announced the suspension of its support for Hamas.",
        {("iran", "backs", "hamas"): ("ended", "")},
    ),
    (
        "The European Union reported attacks by Hamas on Israel.",
        {("hamas", "opposes", "israel"): ("reported", "european_union")},
    ),
    # a description inside a claim is the writer's own: asserted
    (
        "US officials say American forces bombed sites used by the Iranian-backed Houthis.",
        {("iran", "backs", "houthis"): ("asserted", "")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_modality_and_claimant(extract, text, expected):
    found = readings(extract(text))
    for triple, reading in expected.items():
        assert found.get(triple) == reading, (triple, found)


def test_a_coordinated_verb_shares_its_heads_negation(extract):
    review = extract("Iran did not fund or arm Hamas.")
    assert len(review) and set(review["modality"]) == {"denied"}


def test_the_flags_follow_the_modality(extract):
    review = extract(
        "Iran backs Hezbollah. Iran reportedly arms Hamas. Qatar would fund Hamas. "
        "Iran will meet Saudi Arabia. Iran stopped funding the Houthis. "
        "Egypt denied arming the RSF."
    )
    assert review["modality"].tolist() == [
        "asserted",
        "reported",
        "hypothetical",
        "planned",
        "ended",
        "denied",
    ]
    assert review["negated"].tolist() == [m in NOT_ASSERTED for m in review["modality"]]
    assert review["hypothetical"].tolist() == [False, False, True, True, False, False]
    assert review["ok"].tolist() == [True, True, False, False, False, False]
    kept = extract("Iran will meet Saudi Arabia.", keep_planned=True)
    assert kept["ok"].tolist() == [True]


def test_precedence_of_the_modalities():
    # denied > ended > hypothetical > planned > reported > asserted (R4)
    mood = Modality()
    assert mood.label == "asserted"
    mood.report("said", None)
    assert mood.label == "reported"
    mood.plan("will")
    assert mood.label == "planned"
    mood.suppose("if")
    assert mood.label == "hypothetical"
    mood.end("stopped")
    assert mood.label == "ended"
    mood.deny("not")
    assert mood.label == "denied"
    assert MODALITIES[-1] == "denied" and MODALITIES[0] == "asserted"


def test_flags_set_by_a_frame_are_read():
    # frames mark relations an entry ends with negated and an "ends:" cue
    mood = Modality()
    mood.negated = True
    mood.cues.append("ends:severed")
    assert mood.label == "ended"
    # and clear the flags of entries that need their negation ("won't allow")
    mood = Modality()
    mood.deny("not")
    mood.plan("will")
    mood.negated = mood.hypothetical = False
    assert mood.label == "asserted"
