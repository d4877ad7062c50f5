"""Offices and bodies act for their state (issue 16, item 4): the data tables read, and
each office, seat and organ resolved as read off the sentence by hand."""

import pandas as pd
import pytest
from candidates_helper import candidates
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from issue16_actors import ACTORS

from graphkit.text.offices import NOT_ORGANS, default_offices, head_word


def test_the_head_words_of_state_organs_come_from_the_agents_dictionary():
    offices = default_offices()
    # government, military, legislative, intelligence offices and bodies of offices.csv
    assert {"ministry", "minister", "treasury", "adviser", "parliament", "army"} <= offices.heads
    # words that name no organ alone are left out, and those of other roles never enter
    assert not offices.heads & NOT_ORGANS
    assert "farmer" not in offices.heads and "party" not in offices.heads
    assert head_word("minister of defence") == "minister"
    assert head_word("national security adviser") == "adviser"


def test_seats_and_organs_name_their_state_or_body():
    offices = default_offices()
    assert offices.metonyms["kremlin"] == ("RUS", "GOV")
    assert offices.metonyms["pentagon"] == ("USA", "MIL")
    assert offices.organs["security council"] == "UN"


def _found(nlp, text, actors=ACTORS):
    return {
        (c.source.actor, c.specific, c.target.actor, c.source.via, c.source_mention)
        for c in candidates(nlp, text, actors)
    }


pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chad's Foreign Ministry condemned Sudan.",
            ("chad", "opposes", "sudan", "office", "Chad's Foreign Ministry"),
        ),
        (
            "The UK Treasury sanctioned Iran.",
            ("united_kingdom", "sanctions", "iran", "office", "The UK Treasury"),
        ),
        (
            "Jordan's national security adviser criticised Hamas.",
            ("jordan", "opposes", "hamas", "office", "Jordan's national security adviser"),
        ),
        (
            "The Kremlin criticised the United States.",
            ("russia", "opposes", "united_states", "office", "Kremlin"),
        ),
        (
            "The Security Council condemned the RSF.",
            ("united_nations", "opposes", "rsf", "office", "Security Council"),
        ),
    ],
)
def test_an_office_acts_for_its_state(nlp, text, expected):
    assert expected in _found(nlp, text)


def test_a_government_seat_is_the_government_where_the_table_has_one(nlp):
    actors = pd.concat(
        [
            ACTORS,
            pd.DataFrame(
                [("russian_government", "Russian government", "government", "", "RUS")],
                columns=ACTORS.columns,
            ),
        ],
        ignore_index=True,
    )
    found = {
        (c.source.actor, c.target.actor)
        for c in candidates(nlp, "The Kremlin criticised the United States.", actors)
    }
    assert found == {("russian_government", "united_states")}


def test_an_organ_inside_another_name_is_not_the_body(nlp):
    # the Philippines' National Security Council is not the UN's Security Council
    found = candidates(
        nlp, "A spokesman of the Philippines' National Security Council criticised China.", ACTORS
    )
    assert {c.source.actor for c in found} <= {"philippines"}


def test_a_former_office_holder_acts_for_nobody(nlp):
    assert candidates(nlp, "A former Sudanese minister accused the RSF of looting.", ACTORS) == []
