"""The right relation type (issue 16, round 6): a CAMEO verb that is in a block of the
dictionaries only as a phrase reads that block's patterns only with the phrase's own words
("wage" is in the block of fighting as "wage war": waging a dispute is no fight), a hand
row reads the violent objects of "wage" the block's phrase leaves out ("waging an
insurgency against"), and a pattern's bare preposition is also the verb's particle ("push
out" is CAMEO 174, an expulsion, not the demand of the bare verb). Every sentence and actor
is written for these tests (Andean actors), negatives beside each class; the expected
readings by hand from the annotation rules (tests/text/data/ANNOTATION.md) and the CAMEO
codebook's codes."""

import pandas as pd
import pytest
from extraction_fixtures import nlp  # noqa: F401 (the shared spaCy fixture)

from graphkit.text import extract_relations
from graphkit.text.cameo_lexicon import default_cameo_lexicon

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("peru", "Peru", "state", "", "PER"),
        ("chile", "Chile", "state", "", "CHL"),
        ("colombia", "Colombia", "state", "", "COL"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("farc", "FARC", "armed_group", "", "COL"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


def readings(nlp, text):  # noqa: F811
    review = extract_relations(text, actors=ACTORS, nlp=nlp)
    return set(zip(review["source"], review["relation"], review["target"], strict=True))


# -- a verb in a block only as a phrase ---------------------------------------------------


def test_wage_is_in_the_block_of_fighting_only_as_wage_war():
    cameo = default_cameo_lexicon()
    assert [g.pattern for g in cameo.gates("wage", "PHYSICAL_CONFLICT")] == ["*_war"]
    assert cameo.gates("fight", "PHYSICAL_CONFLICT") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The dispute Peru and Chile have waged for decades over the sea border is unresolved.",
        "The quarrel that the two neighbours Peru and Chile are waging over fishing goes on.",
        "Colombia waged a diplomatic campaign against Peru.",
    ],
)
def test_waging_a_dispute_or_a_campaign_of_words_is_no_fight(nlp, text):  # noqa: F811
    assert not any(r in ("fights", "attacks") for _, r, _ in readings(nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru waged war on Chile in 1879.", ("chile", "peru")),
        ("Peru and Chile waged war for four years.", ("chile", "peru")),
        (
            "The ELN, which has been waging a long insurgency against the Colombian "
            "government, retreated.",
            ("colombia", "eln"),
        ),
    ],
)
def test_waging_war_an_offensive_or_an_insurgency_is_fighting(nlp, text, pair):  # noqa: F811
    assert (pair[0], "fights", pair[1]) in readings(nlp, text)


# -- a pattern's bare preposition is also the verb's particle -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Colombia pushed out the ELN.",
        "Colombia pushed the ELN out of the valley.",
    ],
)
def test_pushing_out_is_an_expulsion_not_a_demand(nlp, text):  # noqa: F811
    found = readings(nlp, text)
    assert ("colombia", "coerces", "eln") in found
    assert ("colombia", "demands", "eln") not in found


def test_pushing_someone_to_act_stays_a_demand(nlp):  # noqa: F811
    found = readings(nlp, "Peru pushed Chile to accept the deal.")
    assert ("peru", "demands", "chile") in found
    assert ("peru", "coerces", "chile") not in found
