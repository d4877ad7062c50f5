"""Round 52 of issue 16: leadership written as a participle, a compound or a phrase ("X,
led / headed / commanded / chaired / run by Y", "X, which is led by Y", "under the
leadership of Y, X ...", "Y-led X", "Y, the head of X", "X's leader Y", "Y took over as
leader of X", "Y seized power in X", "Y was sworn in as president of X"): the leader leads
the led (ANNOTATION.md's ``leads`` row, R5 and the round-52 addition). The audit's
sentences (tests/text/round52_cases.py, written for the round), a third built to tempt a
wrong row, each with the rows ANNOTATION.md gives by hand; both directions: the tempting
ones give no wrong row, the genuine ones keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round52_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 52).
KNOWN_GAPS = {
    # found, but `ended`: the participle takes the modality of the clause it hangs in,
    # and "broke (out)" is read as an ending there
    "Fighting broke out between government troops and al-Shabaab, headed by Ahmed Diriye.",
    # a hyphened title ("secretary-general"): the parser splits it ("secretary/npadvmod
    # -general/amod") and hangs the possessor on the name, so no title noun holds it
    "Hezbollah's secretary-general Hassan Nasrallah was killed in an airstrike.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 52 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=72)


def test_run_by_leads_only_in_the_passive(nlp):  # noqa: F811
    # "Belarus, run by Lukashenko": leads; an actor that runs something gives nothing
    assert rows_of(nlp, "Belarus, run by Alexander Lukashenko, hosts Russian weapons.") == {
        ("alexander_lukashenko", "leads", "belarus", "asserted", "")
    }
    assert rows_of(nlp, "Russia runs a naval base in Syria.") == set()


def test_a_participle_read_as_the_main_verb_is_passive(nlp):  # noqa: F811
    # "Hezbollah, led for three decades by Nasrallah, built": the parser makes "led" the
    # verb of "Hezbollah"; its "by" agent makes it a reduced relative
    assert rows_of(nlp, "Hezbollah, led for decades by Hassan Nasrallah, built an arsenal.") == {
        ("hassan_nasrallah", "leads", "hezbollah", "asserted", "")
    }
    assert rows_of(nlp, "Hezbollah led the fighting in Qusayr.") == set()


def test_a_subject_hung_on_the_name_of_an_opening_phrase(nlp):  # noqa: F811
    # "Under the leadership of Y, the Houthis emerged": "the Houthis" is the subject, not an
    # apposition of Y
    assert rows_of(
        nlp, "Under the leadership of Hussein al-Houthi, the Houthis emerged as a movement."
    ) == {("hussein_al_houthi", "leads", "houthis", "asserted", "")}


def test_a_participle_after_a_list_describes_its_last_item(nlp):  # noqa: F811
    # "between Kenya and al-Shabaab, headed by Diriye": the parser hangs "headed" on the
    # first item; the item right before the comma is the one described
    assert (
        "ahmed_diriye",
        "leads",
        "al_shabaab",
        "asserted",
        "",
    ) in rows_of(nlp, "Talks were held between Kenya and al-Shabaab, headed by Ahmed Diriye.")
    assert not any(
        r[1] == "leads" and r[2] == "kenya"
        for r in rows_of(
            nlp, "Talks were held between Kenya and al-Shabaab, headed by Ahmed Diriye."
        )
    )


def test_a_participle_after_a_name_in_a_phrase_describes_it(nlp):  # noqa: F811
    # "split between the Houthis, led by X, ...": the parser hangs "led" on "split"; with
    # the list's next item hung on the agent, nothing is read
    assert rows_of(nlp, "Yemen is split between the Houthis, led by Abdul-Malik al-Houthi.") == {
        ("abdul_malik_al_houthi", "leads", "houthis", "asserted", "")
    }
    assert (
        rows_of(
            nlp, "Yemen is split between the Houthis, led by Abdul-Malik al-Houthi, and Hezbollah."
        )
        == set()
    )
