"""Round 36 of issue 16: accusations in the passive, claims of one's own acts, reports
dismissed (BASELINE.md, round 36). The audit's sentences (tests/text/round36_cases.py,
written for the round), a third built to tempt a wrong row, each with the rows
ANNOTATION.md gives by hand (R4 and its round-36 additions, R6); both directions: the
tempting ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round36_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 36).
KNOWN_GAPS = {
    # the parser makes "a charge" the subject of "denies" with "Asmara" in apposition to
    # it, so the denier is not found: the accuser's `opposes` comes out denied, no
    # `rejects` (the active "accused ..., a charge Asmara denies" fails alike)
    "Eritrea is accused by Ethiopia of supplying weapons to the TPLF, a charge Asmara denies.",
    # "its border posts" is resolved to the participle's own noun (the accused), so the
    # attack's target is its doer and the row is dropped
    "Azerbaijan, accused by Armenia of attacking its border posts, said it had responded "
    "to provocations.",
    # "including one on" hangs on the quantity noun "string", not on the act noun "raids"
    "Boko Haram claimed responsibility for a string of raids, including one on a "
    "Cameroonian army post.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 36 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya, long accused by Somalia of arming al-Shabaab, said nothing.",
            {
                ("somalia", "opposes", "kenya", "asserted", ""),
                ("kenya", "arms", "al_shabaab", "reported", "somalia"),
            },
        ),
        (
            "Nigeria, accused by Cameroon of backing Boko Haram, called for talks.",
            {
                ("cameroon", "opposes", "nigeria", "asserted", ""),
                ("nigeria", "backs", "boko_haram", "reported", "cameroon"),
            },
        ),
    ],
)
def test_a_participle_accused_by_x_of_an_act_makes_its_noun_the_doer(nlp, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_a_participle_accused_of_no_act_gives_only_the_accusers_stance(nlp):  # noqa: F811
    text = "Nigeria, accused by Cameroon of negligence, called for talks."
    assert rows_of(nlp, text) == {("cameroon", "opposes", "nigeria", "asserted", "")}


@pytest.mark.parametrize("verb", ["dismissed", "rejected"])
def test_a_report_dismissed_as_false_is_denied_by_the_dismisser(nlp, verb):  # noqa: F811
    text = f"Kenya {verb} as baseless a report that it had funded Boko Haram."
    assert rows_of(nlp, text) == {("kenya", "funds", "boko_haram", "denied", "kenya")}


def test_a_report_of_no_act_dismissed_as_false_gives_nothing(nlp):  # noqa: F811
    assert rows_of(nlp, "Colombia dismissed as unfounded reports of a cabinet reshuffle.") == set()


def test_a_statement_released_is_its_issuers_claim(nlp):  # noqa: F811
    text = (
        "The ELN released a statement claiming that its fighters had attacked a Colombian patrol."
    )
    assert rows_of(nlp, text) == {("eln", "attacks", "colombia", "reported", "eln")}


@pytest.mark.parametrize("verb", ["cited", "rejected"])
def test_a_statement_cited_or_rejected_is_not_the_citers_claim(nlp, verb):  # noqa: F811
    text = f"Kenya {verb} a statement claiming that the ELN had attacked a Colombian army patrol."
    assert ("eln", "attacks", "colombia", "reported", "kenya") not in rows_of(nlp, text)


def test_reports_confirmed_are_the_confirmers_claim(nlp):  # noqa: F811
    text = "Kenya confirmed reports that the ELN had attacked a Colombian army patrol."
    assert rows_of(nlp, text) == {("eln", "attacks", "colombia", "reported", "kenya")}


def test_including_one_on_an_actors_base_is_an_attack_on_it(nlp):  # noqa: F811
    text = "Al-Shabaab has claimed several attacks, including one on a Kenyan army base."
    assert rows_of(nlp, text) == {("al_shabaab", "attacks", "kenya", "reported", "al_shabaab")}


def test_including_one_in_a_town_targets_nobody(nlp):  # noqa: F811
    assert (
        rows_of(nlp, "Al-Shabaab has claimed several attacks, including one in Nairobi.") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ELN killed three of Colombia's soldiers.",
        "The ELN killed dozens of Colombian soldiers.",
    ],
)
def test_a_number_of_an_actors_soldiers_is_the_actor(nlp, text):  # noqa: F811
    assert rows_of(nlp, text) == {("eln", "attacks", "colombia", "asserted", "")}


def test_a_number_of_people_of_no_actor_is_nobody(nlp):  # noqa: F811
    assert rows_of(nlp, "The ELN killed three of the hostages.") == set()
