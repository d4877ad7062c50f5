"""Round 34 of issue 16: threats and commitments said indirectly (BASELINE.md, round 34).
The audit's sentences (tests/text/round34_cases.py, written for the round), a third built
to tempt a wrong row, each with the rows ANNOTATION.md gives by hand (R2, R4 and its
round-34 additions); both directions: the tempting ones give no wrong row, the genuine ones
keep theirs."""

import pytest
from extraction_fixtures import annotated_rows, assert_a_third_tempting, audit_params, nlp  # noqa: F401 (nlp: the shared spaCy fixture)
from round34_cases import ACTORS, CASES

pytestmark = pytest.mark.model

# Left, with their cause (BASELINE.md, round 34).
KNOWN_GAPS = {
    # "if provoked": a condition without a clause of its own is not read; "destroy" a
    # state comes out as the CAMEO reading, fights
    "Kim Jong Un vowed to destroy South Korea if provoked.",
    # "punish" is read as CAMEO's coercion, which R2 does not give it
    "India has vowed to punish Lashkar-e-Taiba for the Mumbai attacks.",
    # a threat named by a noun after "warned X of" (a "response" may also be warned
    # against, so the noun alone does not make the warning a threat)
    "India warned Pakistan of a military response.",
    # "threatened X with sanctions / war": the penalty after "with" has no target of its
    # own, and a row of "threaten" itself would share the threat's asserted status
    "The EU threatened Serbia with sanctions.",
    "Washington threatened Venezuela with new sanctions over the election.",
    "Turkey threatened Greece with war over the islands.",
    # "the use of force against X": the target two prepositions below the object
    "Venezuela has never ruled out the use of force against Guyana.",
    # the parser hangs "to defend" on "treaty" (a relative clause), or "to come" as an
    # adverbial clause, or "to supporting" under the by-agent
    "The United States is bound by treaty to defend Japan.",
    "Turkey is obliged by treaty to come to Estonia's defence.",
    "Japan is committed by treaty to supporting the United States.",
    # a condition in a clause under the infinitive ("if it were attacked") is not read
    "Kenya pledged to defend Somalia if it were attacked.",
    # "strengthen ties with" has no row
    "Japan pledged to strengthen ties with the Philippines.",
}


def rows_of(nlp, text):  # noqa: F811
    return annotated_rows(nlp, text, ACTORS)


@pytest.mark.parametrize(
    ("cls", "kind", "text", "expected"),
    audit_params(CASES, KNOWN_GAPS, reason="round 34 gap"),
)
def test_a_sentence_gives_the_rows_the_annotation_rules_give(nlp, cls, kind, text, expected):  # noqa: F811
    assert rows_of(nlp, text) == expected


def test_the_audit_is_a_third_tempting():
    assert_a_third_tempting(CASES, at_least=70)


def test_a_promise_of_force_is_an_asserted_threat_and_a_promise_of_arms_a_plan(nlp):  # noqa: F811
    assert rows_of(nlp, "Turkey promised to crush the PKK.") == {
        ("turkey", "threatens", "pkk", "asserted", ""),
        ("turkey", "attacks", "pkk", "planned", ""),
    }
    # a promise of weapons stays planned (R4, round 20)
    assert rows_of(nlp, "Russia promised Serbia fighter jets.") == {
        ("russia", "arms", "serbia", "planned", ""),
    }


def test_not_ruling_out_makes_an_act_possible_and_ruling_it_out_denies_it(nlp):  # noqa: F811
    def kinds(text):
        return {(r[1], r[3]) for r in rows_of(nlp, text)}

    assert kinds("Israel has not ruled out strikes on Hezbollah.") == {
        ("threatens", "asserted"),
        ("attacks", "hypothetical"),
    }
    assert kinds("Israel has ruled out strikes on Hezbollah.") == {("attacks", "denied")}
    # the words of force, not the negation, make the threat
    assert ("threatens", "asserted") not in kinds("Kosovo has not ruled out talks with Serbia.")


def test_an_announced_act_threatens_only_when_the_warner_announces_its_own(nlp):  # noqa: F811
    assert ("israel", "threatens", "hezbollah", "asserted", "") in rows_of(
        nlp, "Israel warned it would strike Hezbollah."
    )
    # another actor's act, warned of: no threat by the warner
    rows = rows_of(nlp, "Israel warned that Iran would strike Hezbollah.")
    assert not any(r[1] == "threatens" for r in rows)


def test_a_passive_subject_does_what_the_infinitive_says(nlp):  # noqa: F811
    assert rows_of(nlp, "NATO is obliged to defend Estonia.") == {
        ("nato", "backs", "estonia", "planned", ""),
    }
    # raising: what "is believed to" says is the passive subject's, reported
    assert {r[:4] for r in rows_of(nlp, "Russia is believed to arm Serbia.")} == {
        ("russia", "arms", "serbia", "reported"),
    }
