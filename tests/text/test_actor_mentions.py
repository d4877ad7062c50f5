"""Finding actors in text: names and aliases whatever their case, accents or hyphens,
acronyms only in capitals, longest match first, country names, capitals and demonyms,
spelling variants of transliterated names."""

import pandas as pd
import pytest
from extraction_fixtures import *  # noqa: F403 (the shared fixtures: nlp, actors, extract, triples)

from graphkit.text.actor_mentions import ActorMatcher, loose, normalise
from graphkit.text.lexicon import read_lexicon

pytestmark = pytest.mark.model

ACTORS = pd.DataFrame(
    [
        ("turkey", "Turkey", "state", "Türkiye", "TUR"),
        ("united_states", "United States", "state", "US|U.S.", "USA"),
        ("syria", "Syria", "state", "", "SYR"),
        ("damascus", "Damascus", "city", "", "SYR"),
        ("islamic_state", "Islamic State", "armed_group", "IS|ISIS", ""),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("al_qaeda", "al-Qaeda", "armed_group", "", ""),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("julani", "Abu Mohammad al-Julani", "person", "Julani", "SYR"),
        ("julan", "Julan Sports Club", "organisation", "", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)


@pytest.fixture(scope="module")
def find(nlp):
    matcher = ActorMatcher(
        ACTORS, read_lexicon(), lambda text: [t.text for t in nlp.tokenizer(text)], places=["city"]
    )

    def run(text):
        mentions, demonyms = matcher.find(nlp(text))
        return [(m.text, m.actor, m.via) for m in mentions], demonyms

    run.matcher = matcher
    return run


def actors_in(find, text):
    return [actor for _, actor, _ in find(text)[0]]


def test_names_match_whatever_case_accents_hyphens_and_hashtags(find):
    assert actors_in(find, "TURKEY and turkiye and #Türkiye") == ["turkey"] * 3
    assert actors_in(find, "al Qaeda, al-Qaeda and Al-Qaeda") == ["al_qaeda"] * 3


def test_acronyms_match_only_in_capitals(find):
    assert actors_in(find, "They told us what is known.") == []
    assert actors_in(find, "The US and the U.S. fought IS.") == [
        "united_states",
        "united_states",
        "islamic_state",
    ]


def test_the_longest_name_wins(find):
    assert actors_in(find, "Islamic State West Africa Province fighters left.") == ["iswap"]


def test_country_names_capitals_and_seats_of_government_name_the_state(find):
    mentions, _ = find("America and Ankara spoke; the White House said nothing.")
    assert [(a, v) for _, a, v in mentions] == [
        ("united_states", "country name"),
        ("turkey", "capital"),
        ("united_states", "office"),  # a seat of government (office_metonyms.csv)
    ]


def test_a_table_name_wins_over_a_capital_and_places_are_known(find):
    assert actors_in(find, "Damascus fell.") == ["damascus"]
    assert find.matcher.is_place("damascus") and not find.matcher.is_place("syria")


def test_a_capital_inside_a_longer_proper_name_is_not_the_state(find):
    assert actors_in(find, "The Washington Post reported it.") == []


def test_demonyms_are_found_but_are_not_mentions(find):
    mentions, demonyms = find("Turkish troops entered Syria.")
    assert [a for _, a, _ in mentions] == ["syria"]
    assert demonyms == {0: "TUR"}
    assert find.matcher.state_for("TUR") == "turkey"


def test_a_plural_group_name_matches_its_singular(find):
    assert actors_in(find, "A Houthi drone struck.") == ["houthis"]


def test_transliterated_spellings_match_with_their_article(find):
    mentions, _ = find("HTS leader al-Jolani spoke of al-Qaida.")
    assert ("al-Jolani", "julani", "spelling") in mentions
    assert any(a == "al_qaeda" for _, a, _ in mentions)
    assert loose(normalise("Jawlani")) != loose(normalise("Julani"))  # a different spelling


def test_spelling_variants_need_capitals(find):
    assert actors_in(find, "the julan river") == []


def test_a_table_without_country_codes_still_knows_its_states(nlp):
    table = pd.DataFrame(
        {"id": ["TUR", "HTS"], "name": ["Turkey", "Hayat Tahrir al-Sham"], "aliases": ["", "HTS"]}
    )
    matcher = ActorMatcher(
        table, read_lexicon(), lambda text: [t.text for t in nlp.tokenizer(text)]
    )
    mentions, demonyms = matcher.find(nlp("Turkish troops and Ankara's envoy met HTS."))
    assert [m.actor for m in mentions] == ["TUR", "HTS"]
    assert matcher.state_for(demonyms[0]) == "TUR"


def test_aliases_may_be_a_list(nlp):
    table = pd.DataFrame({"id": ["hts"], "name": ["Hayat Tahrir al-Sham"], "aliases": [["HTS"]]})
    matcher = ActorMatcher(
        table, read_lexicon(), lambda text: [t.text for t in nlp.tokenizer(text)]
    )
    assert [m.actor for m in matcher.find(nlp("HTS advanced."))[0]] == ["hts"]


def _matcher(nlp, rows):
    table = pd.DataFrame(rows, columns=["id", "name", "kind", "aliases", "country"])
    return ActorMatcher(table, read_lexicon(), lambda text: [t.text for t in nlp.tokenizer(text)])


def test_the_longest_alias_wins_where_two_of_one_actor_overlap(nlp):
    # issue 16: "the army" would take "The army" and lose the head of "army-led cabinet"
    matcher = _matcher(
        nlp,
        [
            ("junta", "Military junta", "government", "the army|army-led cabinet", "NER"),
            ("niger", "Niger", "state", "", "NER"),
        ],
    )
    mentions, _ = matcher.find(nlp("The army-led cabinet accused Niger."))
    assert [(m.text, m.actor) for m in mentions] == [
        ("army-led cabinet", "junta"),
        ("Niger", "niger"),
    ]


def test_an_alias_two_actors_share_warns_and_names_neither(nlp):
    from graphkit import AliasConflictWarning

    with pytest.warns(AliasConflictWarning, match="'un' names 'un_agency' and 'united_nations'"):
        matcher = _matcher(
            nlp,
            [
                ("united_nations", "United Nations", "organisation", "UN", ""),
                ("un_agency", "UN Agency", "organisation", "UN", ""),
            ],
        )
    mentions, _ = matcher.find(nlp("The UN met."))
    assert mentions == []
    assert [c.kind for c in matcher.conflicts] == ["shared"]


def test_a_name_stays_with_the_actor_it_names_over_one_with_it_as_alias(nlp):
    from graphkit import AliasConflictWarning

    with pytest.warns(AliasConflictWarning, match="kept for 'hamas'"):
        matcher = _matcher(
            nlp,
            [
                ("hamas", "Hamas", "armed_group", "", "PSE"),
                ("qassam", "Qassam Brigades", "armed_group", "Hamas", "PSE"),
            ],
        )
    mentions, _ = matcher.find(nlp("Hamas fired rockets."))
    assert [m.actor for m in mentions] == ["hamas"]


def test_two_actors_names_overlapping_in_a_text_warn_once_naming_both(nlp):
    from graphkit import AliasConflictWarning

    matcher = _matcher(
        nlp,
        [
            ("army", "Army", "armed_group", "the army", "NER"),
            ("cabinet", "Cabinet", "government", "army-led cabinet", "NER"),
        ],
    )
    with pytest.warns(
        AliasConflictWarning,
        match="'army-led cabinet' \\('cabinet'\\) overlapping 'The army' \\('army'\\)",
    ):
        mentions, _ = matcher.find(nlp("The army-led cabinet met."))
    assert [m.actor for m in mentions] == ["cabinet"]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the same pair warns once
        matcher.find(nlp("The army-led cabinet met again."))


def test_a_name_inside_a_longer_one_is_how_names_are_made_and_does_not_warn(nlp):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matcher = _matcher(
            nlp,
            [
                ("islamic_state", "Islamic State", "armed_group", "", ""),
                ("iswap", "Islamic State West Africa Province", "armed_group", "", "NGA"),
            ],
        )
        mentions, _ = matcher.find(nlp("Islamic State West Africa Province fighters left."))
    assert [m.actor for m in mentions] == ["iswap"]


def test_an_actor_named_as_an_international_body_takes_its_other_names(nlp):
    matcher = _matcher(nlp, [("united_nations", "United Nations", "organisation", "", "")])
    mentions, _ = matcher.find(nlp("The U.N. and the UN met."))
    assert [(m.text, m.actor) for m in mentions] == [
        ("U.N.", "united_nations"),
        ("UN", "united_nations"),
    ]


def test_a_dateline_names_no_actor(nlp):
    matcher = _matcher(nlp, [("somalia", "Somalia", "state", "", "SOM")])
    mentions, _ = matcher.find(nlp("MOGADISHU, Somalia - Somalia rejected the plan."))
    assert [(m.start, m.actor) for m in mentions] == [(4, "somalia")]
