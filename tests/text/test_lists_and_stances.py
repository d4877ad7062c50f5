"""Lists of actors, passive agents, severing and nominal stances (issue 16, round 8):
sentences written for these tests, with other actors than the issue's examples."""

import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)
from extraction_fixtures import review_rows
from issue16_actors import ACTORS

MYANMAR = [
    ("mndaa", "Myanmar National Democratic Alliance Army", "armed_group", "MNDAA", "MMR"),
    ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
    ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
    ("eritrea", "Eritrea", "state", "", "ERI"),
    ("amhara", "Amhara", "armed_group", "", "ETH"),
    ("afar", "Afar", "armed_group", "", "ETH"),
]


@pytest.fixture(scope="module")
def run(nlp):
    import pandas as pd

    table = pd.concat([ACTORS, pd.DataFrame(MYANMAR, columns=ACTORS.columns)], ignore_index=True)

    def extract(text):
        return review_rows(nlp, text, table, ("source", "relation", "target", "modality"))

    return extract


def asserted(rows):
    return {(s, r, t) for s, r, t, m in rows if m == "asserted"}


def test_a_list_whose_items_carry_abbreviations_in_brackets(run):
    rows = run(
        "The Arakan Army (AA), the Ta'ang National Liberation Army (TNLA), and the MNDAA "
        "attacked Mali."
    )
    assert asserted(rows) == {
        ("arakan_army", "attacks", "mali"),
        ("tnla", "attacks", "mali"),
        ("mndaa", "attacks", "mali"),
    }


def test_a_middle_item_the_parser_hangs_as_an_adverbial(run):
    rows = run("Eritrea, Amhara, and Afar have been working closely with Ethiopia.")
    assert {s for s, r, t in asserted(rows) if r == "cooperates_with" and t == "ethiopia"} == {
        "eritrea",
        "amhara",
        "afar",
    }


def test_three_subjects_consult_pairwise(run):
    rows = run("Egypt, Jordan, and Saudi Arabia held talks in Cairo on Monday.")
    assert asserted(rows) == {
        ("egypt", "consults", "jordan"),
        ("egypt", "consults", "saudi_arabia"),
        ("jordan", "consults", "saudi_arabia"),
    }


def test_a_list_of_designators_after_a_passive_predicate_noun(run):
    rows = run("The PKK is designated a terrorist group by Turkey, the EU and the US.")
    assert asserted(rows) == {
        ("turkey", "designates_terrorist", "pkk"),
        ("european_union", "designates_terrorist", "pkk"),
        ("united_states", "designates_terrorist", "pkk"),
    }


def test_coordinated_participles_share_the_agent(run):
    rows = run("Hamas is funded, trained and armed by Iran.")
    assert asserted(rows) == {("iran", "funds", "hamas"), ("iran", "arms", "hamas")}


def test_an_agent_after_adverbs_and_with_as_well_as(run):
    assert asserted(
        run("Hamas was financially and diplomatically backed by Qatar and Turkey.")
    ) == {
        ("qatar", "backs", "hamas"),
        ("turkey", "backs", "hamas"),
    }
    assert asserted(run("Hezbollah was backed by Iran as well as Qatar.")) == {
        ("iran", "backs", "hezbollah"),
        ("qatar", "backs", "hezbollah"),
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chad severed diplomatic relations with Sudan.", "chad", "sudan"),
        ("Jordan withdrew its ambassador from Israel.", "jordan", "israel"),
        ("Kenya recalled its ambassador to Uganda for consultations.", "kenya", "uganda"),
        ("Niger closed its embassy in Mali.", "niger", "mali"),
        ("Egypt expelled Turkey's ambassador.", "egypt", "turkey"),
    ],
)
def test_severing_and_downgrading_are_asserted_hostile_acts(run, text, source, target):
    assert run(text) == {(source, "reduces_relations", target, "asserted")}


def test_severing_under_a_negation_is_denied_not_courting(run):
    assert run("Sudan did not sever ties with Chad.") == {
        ("sudan", "reduces_relations", "chad", "denied")
    }


def test_withdrawing_troops_is_no_downgrade(run):
    assert not any(
        r == "reduces_relations" for _, r, _, _ in run("Egypt withdrew its troops from Sudan.")
    )


def test_nominal_stances(run):
    assert asserted(run("Hamas relies on its main sponsors, Qatar and Turkey.")) == {
        ("qatar", "backs", "hamas"),
        ("turkey", "backs", "hamas"),
    }
    assert asserted(run("Iran, a long-standing rival of Saudi Arabia, sent envoys.")) == {
        ("iran", "opposes", "saudi_arabia")
    }
    assert asserted(run("Hezbollah's backer, Iran, denied the report.")) == {
        ("iran", "backs", "hezbollah")
    }


def test_a_list_of_places_is_no_list_of_actors(run):
    assert run("Kenya, Uganda and Ethiopia are in East Africa.") == set()


def test_a_possessive_pair_does_not_consult_itself(run):
    rows = run("Egypt and Jordan's talks with Israel resumed.")
    assert ("egypt", "consults", "jordan") not in asserted(rows)
    assert ("egypt", "consults", "israel") in asserted(rows)


def test_rivals_in_a_hypothetical_are_not_asserted(run):
    rows = run("If Iran found rivals such as Saudi Arabia and Israel, it would arm the Houthis.")
    assert not asserted(rows)
    assert not any(r == "opposes" for _, r, _, _ in rows)
