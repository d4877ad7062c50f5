"""Round 51 of issue 16: support expressed as help, aid, protection or fighting on
someone's side ("sent troops to help Y", "helped Y retake", "came to the aid of Y",
"intervened in support of Y", "fought for / on behalf of / on the side of Y", "served as
Y's security guarantor", "Y's protection of X ended", "rushed weapons to Y"): the helper
backs the helped (ANNOTATION.md's ``backs`` row, R2's choice rules, round 51). The audit's
sentences (tests/text/round51_cases.py, written for the round), a third built to tempt a
wrong row, each with the rows ANNOTATION.md gives by hand; both directions: the tempting
ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round51_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 51).
KNOWN_GAPS = {
    # the parser hangs the demonym on the act's object ("Congolese/amod rebels") once it
    # reads "fight" as a noun, so "the army" before it names no owner
    "Burundi sent troops to help the Congolese army fight rebels in the east.",
    # the parser makes "recapture" the subject of "lost" (a clause with a subject), so
    # the misread bare infinitive is not looked for
    "Iran sent advisers to Syria to help Damascus recapture lost ground.",
    # "air power" is no agent noun: "Russian air power" names no doer
    "Russian air power helped Syria retake Aleppo in 2016.",
    # a relation noun that its own intransitive verb ends ("X's protection of Y ended")
    # is read asserted, as act nouns are ("Saudi Arabia's blockade of Qatar ended":
    # coerces asserted, test_act_nouns); states and acts are not told apart there
    "Russia's protection of Armenia ended in 2023.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 51 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=72)


def test_a_phrase_of_siding_needs_an_actor_after_it(nlp):  # noqa: F811
    # "fought for control of X", "spoke on behalf of X" (no verb of fighting) give nothing
    assert rows_of(nlp, "Wagner fought for Mali.") == {("wagner", "backs", "mali", "asserted", "")}
    assert rows_of(nlp, "Wagner fought for control of the gold mines.") == set()
    assert rows_of(nlp, "Kenya spoke on behalf of Somalia at the summit.") == set()


def test_coming_to_an_actors_aid_is_no_visit(nlp):  # noqa: F811
    assert rows_of(nlp, "Turkey came to Azerbaijan's aid.") == {
        ("turkey", "backs", "azerbaijan", "asserted", "")
    }


def test_a_misread_bare_infinitive_after_help_names_the_helped(nlp):  # noqa: F811
    # the parser reads "recapture" as a noun; the words before it are the helped, and an
    # act right after "help" names nobody helped ("helped rebuild hospitals")
    assert rows_of(nlp, "Wagner helped the Malian army recapture Kidal last year.") == {
        ("wagner", "backs", "mali", "asserted", "")
    }
    assert rows_of(nlp, "Iran helped rebuild hospitals in Syria.") == set()
