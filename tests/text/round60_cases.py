"""The texts of the round-60 audit (issue 16; BASELINE.md, round 60): a pair description
-- "both sides", "the two sides", "the two governments", "the two countries", "the
rivals", "both parties" -- that stands for two actors of the text before it, the largest
one-class cause of round 59's second fresh sample (10 missed and 6 wrong rows: the pair
taken from the wrong two actors, a backer and its client or the pair of a sentence before,
instead of the two opposed parties). Sub-classes (``class``): the opposed pair named just
before (``opposed``), a pair of states then "the two governments/countries" (``states``),
a mediator or a third party named beside the pair (``mediator``), a backer and its client
named nearer than the opposed pair (``backer``), the pair named earlier in the
description's own sentence (``own_sentence``), the pair named by demonyms (``demonym``).
Over a quarter are built to tempt a wrong row (``tempt``): three candidate parties and no
way to choose, a backer and its client with no opposed pair, a pair named in a paragraph
long before, "both" with no actor meant, a same-side pair for "both sides": they must
give no row for the description. Written for this round in wire and news styles, none
from the fresh sample; expected rows by hand from tests/text/data/ANNOTATION.md (R1, R2,
R3, R4), written before the extractor ran on them: ``(class, kind, text, rows)`` with
rows ``(source, relation, target, modality, attributed_to)``; an empty set means no
row. Symmetric types (fights, consults, allied_with, cooperates_with) are written once,
source id < target id (R3). After the first run, seven texts' rows were corrected to what
the rules give, none of them a row of the pair choice: the urged act of "urged both sides
to negotiate / to talk / to return to talks / to sign a deal" (R4 ``hypothetical``, 4
texts), a fight before a truce (``ended``), "exchanged fire" (``fights``) and a visit to
Cairo (R2 ``consults``)."""

import pandas as pd
from extraction_fixtures import ASSERTED, expected_row

ACTORS = pd.DataFrame(
    [
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("guyana", "Guyana", "state", "Georgetown", "GUY"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("cambodia", "Cambodia", "state", "Phnom Penh", "KHM"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("georgia", "Georgia", "state", "Tbilisi", "GEO"),
        ("brazil", "Brazil", "state", "Brasilia", "BRA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = ASSERTED
_row = expected_row


def _agree(a: str, b: str) -> set:
    """An agreement between two parties: ``agrees_with`` both ways (R2)."""
    return {_row(a, b, "agrees_with"), _row(b, a, "agrees_with")}


def _fight(a: str, b: str) -> tuple:
    """A fight, once, source id < target id (R3)."""
    a, b = sorted((a, b))
    return _row(a, b, "fights")


def _talk(a: str, b: str) -> tuple:
    """Talks, once, source id < target id (R3)."""
    a, b = sorted((a, b))
    return _row(a, b, "consults")


def _urge(a: str, b: str, c: str) -> set:
    """``a`` urged both ``b`` and ``c`` (R2 ``appeals_to``)."""
    return {_row(a, b, "appeals_to"), _row(a, c, "appeals_to")}


_GENUINE = [
    # the opposed pair named just before
    (
        "opposed",
        "Armenia and Azerbaijan clashed along the border on Monday. "
        "On Tuesday both sides agreed to a ceasefire.",
        {_fight("armenia", "azerbaijan"), *_agree("armenia", "azerbaijan")},
    ),
    (
        "opposed",
        "Thailand fought Cambodia over the temple for three days. "
        "The two sides agreed to a ceasefire on Sunday.",
        {_fight("thailand", "cambodia"), *_agree("thailand", "cambodia")},
    ),
    (
        "opposed",
        "India and Pakistan exchanged fire across the border. "
        "The United States urged both sides to show restraint.",
        {_fight("india", "pakistan"), *_urge("united_states", "india", "pakistan")},
    ),
    (
        "opposed",
        "The RSF clashed with the SAF in Khartoum. The African Union urged the two sides "
        "to return to talks.",
        {
            _fight("rsf", "saf"),
            *_urge("african_union", "rsf", "saf"),
            _row("rsf", "saf", "consults", "hypothetical"),  # R4: a proposed act
        },
    ),
    (
        "opposed",
        "Israel and Hezbollah fought for a month. Both parties later accepted a truce.",
        {_fight("hezbollah", "israel"), *_agree("israel", "hezbollah")},
    ),
    (
        "opposed",
        "Ethiopia and Eritrea fought a border war. The two rivals signed a peace deal in 2018.",
        {_fight("eritrea", "ethiopia"), *_agree("ethiopia", "eritrea")},
    ),
    (
        "opposed",
        "The M23 attacked the Congolese army near Goma. The United Nations condemned both sides.",
        {  # R1: "the Congolese army" is the DRC
            _row("m23", "drc", "attacks"),
            _row("united_nations", "m23", "opposes"),
            _row("united_nations", "drc", "opposes"),
        },
    ),
    (
        "opposed",
        "Kosovo and Serbia held talks in Brussels on Thursday. "
        "The European Union praised both sides for their restraint.",
        {
            _talk("kosovo", "serbia"),
            _row("european_union", "kosovo", "favours"),
            _row("european_union", "serbia", "favours"),
        },
    ),
    (
        "opposed",
        "Venezuela threatened Guyana over the Essequibo region. "
        "Brazil called on both sides to avoid escalation.",
        {
            _row("venezuela", "guyana", "threatens"),
            *_urge("brazil", "venezuela", "guyana"),
        },
    ),
    (
        "opposed",
        "China and the Philippines have clashed repeatedly in the South China Sea. "
        "On Friday the two countries agreed to a hotline.",
        {_fight("china", "philippines"), *_agree("china", "philippines")},
    ),
    (
        "opposed",
        "Saudi Arabia fought the Houthis for seven years. Both sides agreed to a truce in 2022.",
        {_fight("houthis", "saudi_arabia"), *_agree("saudi_arabia", "houthis")},
    ),
    (
        "opposed",
        "Russia invaded Georgia in August 2008. The two countries signed a ceasefire "
        "five days later.",
        {_row("russia", "georgia", "attacks"), *_agree("russia", "georgia")},
    ),
    (
        "opposed",
        "Hamas fired rockets at Israel on Saturday. The United Nations urged both sides "
        "to stop the violence.",
        {_row("hamas", "israel", "attacks"), *_urge("united_nations", "hamas", "israel")},
    ),
    # two states, then "the two governments" or "the two countries"
    (
        "states",
        "Iran and Saudi Arabia held talks in Beijing. "
        "The two governments restored diplomatic ties in March.",
        {
            _talk("iran", "saudi_arabia"),
            _row("iran", "saudi_arabia", "favours"),
            _row("saudi_arabia", "iran", "favours"),
        },
    ),
    (
        "states",
        "Ethiopia and Eritrea were at war for two decades. "
        "In 2018 the two governments restored ties.",
        {
            _fight("eritrea", "ethiopia"),
            _row("ethiopia", "eritrea", "favours"),
            _row("eritrea", "ethiopia", "favours"),
        },
    ),
    (
        "states",
        "Qatar and the United Arab Emirates met in Kuwait. "
        "The two countries agreed to reopen their embassies.",
        {_talk("qatar", "uae"), *_agree("qatar", "uae")},
    ),
    (
        "states",
        "Kenya recalled its ambassador from Somalia in 2020. "
        "The two governments signed a trade agreement on Monday.",
        {_row("kenya", "somalia", "reduces_relations"), *_agree("kenya", "somalia")},
    ),
    (
        "states",
        "Armenia and Azerbaijan met in Washington in August. "
        "The two governments initialled a peace agreement there.",
        {_talk("armenia", "azerbaijan"), *_agree("armenia", "azerbaijan")},
    ),
    (
        "states",
        "Rwanda and the DRC met in Luanda. The two governments signed a deal on Tuesday.",
        {_talk("drc", "rwanda"), *_agree("rwanda", "drc")},
    ),
    (
        "states",
        "India and China clashed in the Galwan valley in 2020. The two countries later held talks.",
        {_fight("china", "india"), _talk("china", "india")},
    ),
    (
        "states",
        "Serbia and Kosovo met in Ohrid. The two governments accepted the plan.",
        {_talk("kosovo", "serbia")},
    ),
    # a mediator or a third party beside the pair
    (
        "mediator",
        "Egypt hosted talks between Israel and Hamas. Both sides agreed to a truce.",
        {
            _talk("hamas", "israel"),
            _talk("egypt", "israel"),
            _talk("egypt", "hamas"),
            *_agree("israel", "hamas"),
        },
    ),
    (
        "mediator",
        "Israel and Hamas fought for eleven days. Egypt mediated, and on Friday both sides "
        "agreed to a ceasefire.",
        {_fight("hamas", "israel"), *_agree("israel", "hamas")},
    ),
    (
        "mediator",
        "Armenia and Azerbaijan clashed in Lachin. Russia sent peacekeepers, and the two "
        "sides signed a truce.",
        {_fight("armenia", "azerbaijan"), *_agree("armenia", "azerbaijan")},
    ),
    (
        "mediator",
        "The RSF fought the SAF in Darfur. Saudi Arabia and the United States brokered talks "
        "in Jeddah, where both sides signed a declaration.",
        {_fight("rsf", "saf"), *_agree("rsf", "saf")},
    ),
    (
        "mediator",
        "Ethiopia and Eritrea fought until 2000. Algeria brokered a deal, and the two "
        "governments signed it in Algiers.",
        {_fight("eritrea", "ethiopia"), *_agree("ethiopia", "eritrea")},
    ),
    (
        "mediator",
        "Thailand and Cambodia clashed in July. Malaysia hosted talks, and the two countries "
        "agreed to a ceasefire.",
        {_fight("cambodia", "thailand"), *_agree("thailand", "cambodia")},
    ),
    (
        "mediator",
        "India and Pakistan fought in May. The United States spoke to both sides.",
        {
            _fight("india", "pakistan"),
            _talk("india", "united_states"),
            _talk("pakistan", "united_states"),
        },
    ),
    # a backer and its client named nearer than the opposed pair
    (
        "backer",
        "The Houthis attacked Saudi Arabia for years. Iran armed the Houthis. "
        "In 2022 both sides agreed to a truce.",
        {
            _row("houthis", "saudi_arabia", "attacks"),
            _row("iran", "houthis", "arms"),
            *_agree("houthis", "saudi_arabia"),
        },
    ),
    (
        "backer",
        "Azerbaijan fought Armenia in 2020. Turkey and Azerbaijan are close allies. "
        "The two rivals signed a peace deal in 2025.",
        {
            _fight("armenia", "azerbaijan"),
            _row("azerbaijan", "turkey", "allied_with"),
            *_agree("azerbaijan", "armenia"),
        },
    ),
    (
        "backer",
        "The M23 fought the DRC near Goma. Rwanda backed the M23. "
        "Both sides signed a declaration in Doha.",
        {_fight("drc", "m23"), _row("rwanda", "m23", "backs"), *_agree("drc", "m23")},
    ),
    (
        "backer",
        "The SAF fought the RSF for two years. The United Arab Emirates armed the RSF. "
        "The African Union urged both sides to talk.",
        {
            _fight("rsf", "saf"),
            _row("uae", "rsf", "arms"),
            *_urge("african_union", "saf", "rsf"),
            _row("rsf", "saf", "consults", "hypothetical"),  # R4: a proposed act
        },
    ),
    (
        "backer",
        "Israel fought Hezbollah in 2006. Iran funded Hezbollah. "
        "The United Nations called on both parties to respect the truce.",
        {
            _fight("hezbollah", "israel"),
            _row("iran", "hezbollah", "funds"),
            *_urge("united_nations", "israel", "hezbollah"),
        },
    ),
    (
        "backer",
        "Russia attacked Ukraine in 2022. The United States armed Ukraine. "
        "Turkey urged both sides to negotiate.",
        {
            _row("russia", "ukraine", "attacks"),
            _row("united_states", "ukraine", "arms"),
            *_urge("turkey", "russia", "ukraine"),
            _row("russia", "ukraine", "consults", "hypothetical"),  # R4: a proposed act
        },
    ),
    (
        "backer",
        "The DRC and Rwanda traded accusations. The United States backed the DRC. "
        "Qatar urged the two governments to sign a deal.",
        {
            _row("drc", "rwanda", "opposes"),
            _row("rwanda", "drc", "opposes"),
            _row("united_states", "drc", "backs"),
            *_urge("qatar", "drc", "rwanda"),
            _row("drc", "rwanda", "agrees_with", "hypothetical"),  # R4: a proposed act
            _row("rwanda", "drc", "agrees_with", "hypothetical"),
        },
    ),
    (
        "backer",
        "Saudi Arabia and the United Arab Emirates backed the government. The Houthis fought "
        "Saudi Arabia. Both sides held talks in Muscat.",
        {_fight("houthis", "saudi_arabia"), _talk("houthis", "saudi_arabia")},
    ),
    # the pair named earlier in the description's own sentence
    (
        "own_sentence",
        "Russia backed Armenia for decades. After Armenia and Azerbaijan fought in 2020, "
        "the two governments signed a ceasefire.",
        {
            _row("russia", "armenia", "backs"),
            _fight("armenia", "azerbaijan"),
            *_agree("armenia", "azerbaijan"),
        },
    ),
    (
        "own_sentence",
        "Egypt and the UAE backed the eastern camp. Months after Turkey met Qatar, "
        "the two governments signed a defence pact.",
        {
            _talk("qatar", "turkey"),
            *_agree("turkey", "qatar"),
        },
    ),
    (
        "own_sentence",
        "The United States armed Israel. When Israel struck Iran in June, "
        "the two countries fought for twelve days.",
        {
            _row("united_states", "israel", "arms"),
            _row("israel", "iran", "attacks"),
            _fight("iran", "israel"),
        },
    ),
    (
        "own_sentence",
        "China backed Pakistan. After India and Pakistan clashed in May, the two sides "
        "agreed to a ceasefire.",
        {
            _row("china", "pakistan", "backs"),
            _fight("india", "pakistan"),
            *_agree("india", "pakistan"),
        },
    ),
    (
        "own_sentence",
        "Iran funded Hamas. Once Israel and Hamas had fought for weeks, both sides "
        "accepted a truce.",
        {
            _row("iran", "hamas", "funds"),
            _row("hamas", "israel", "fights", "ended"),  # R4: fought before the truce
            *_agree("israel", "hamas"),
        },
    ),
    # the pair named by demonyms
    (
        "demonym",
        "Armenian and Azerbaijani troops clashed near Lachin. Both sides agreed to a truce.",
        {_fight("armenia", "azerbaijan"), *_agree("armenia", "azerbaijan")},
    ),
    (
        "demonym",
        "Indian and Pakistani forces exchanged fire. The two sides agreed to a ceasefire.",
        {_fight("india", "pakistan"), *_agree("india", "pakistan")},
    ),
    (
        "demonym",
        "Thai and Cambodian troops fought near the temple. "
        "Both sides agreed to a ceasefire on Monday.",
        {_fight("cambodia", "thailand"), *_agree("thailand", "cambodia")},
    ),
]

_TEMPTING = [
    # three candidate parties and no way to choose
    (
        "three",
        "Armenia, Azerbaijan and Turkey sent envoys to Geneva. "
        "The two countries agreed to meet again.",
        set(),
    ),
    (
        "three",
        "Egypt, Qatar and Turkey sent aid to Gaza. The two governments also sent doctors.",
        set(),
    ),
    (
        "three",
        "Kenya, Ethiopia and Somalia sent ministers to Nairobi. The two sides signed a deal.",
        set(),
    ),
    (
        "three",
        "Israel, Egypt and Qatar sent delegations to Cairo. Both sides left on Friday.",
        {_talk("egypt", "israel"), _talk("egypt", "qatar")},  # R2: a visit to Cairo
    ),
    # a backer and its client only: no pair of opposed parties
    (
        "backer_only",
        "Iran has armed the Houthis for years. The United Nations urged both sides "
        "to show restraint.",
        {_row("iran", "houthis", "arms")},
    ),
    (
        "backer_only",
        "Rwanda backs the M23. The African Union called on both sides to stop the fighting.",
        {_row("rwanda", "m23", "backs")},
    ),
    (
        "backer_only",
        "The United Arab Emirates armed the RSF. Egypt urged both sides to cease fire.",
        {_row("uae", "rsf", "arms")},
    ),
    (
        "backer_only",
        "The United States supports the Philippines. Beijing warned both sides on Monday.",
        {_row("united_states", "philippines", "backs")},
    ),
    (
        "backer_only",
        "Russia funds Serbia's army. The European Union urged both sides to talk.",
        {_row("russia", "serbia", "funds")},
    ),
    # a same-side pair is not "both sides"
    (
        "same_side",
        "Egypt and the UAE backed the LNA. The United Nations urged both sides to talk.",
        set(),
    ),
    (
        "same_side",
        "Saudi Arabia and the UAE fought the Houthis. The UN urged both sides to talk.",
        {_fight("houthis", "saudi_arabia"), _fight("houthis", "uae")},
    ),
    # the pair named in another paragraph long before
    (
        "far",
        "Kenya and Somalia clashed in 2021.\n\n"
        "The region has seen many disputes. Trade grew. Prices rose. Rains failed. "
        "Herders moved. Schools closed. Roads flooded. Crops failed. Markets shut. "
        "Aid arrived. Prices fell.\n\n"
        "The United Nations urged both sides to talk.",
        {_fight("kenya", "somalia")},
    ),
    # "both" with no actor meant
    (
        "both_alone",
        "Kenya and Somalia signed deals on both trade and security.",
        _agree("kenya", "somalia"),
    ),
    (
        "both_alone",
        "Israel struck Gaza twice. Both strikes killed civilians, Egypt said.",
        set(),
    ),
    (
        "both_alone",
        "Ethiopia fought Eritrea. Both economies suffered.",
        {_fight("eritrea", "ethiopia")},
    ),
    (
        "both_alone",
        "India held talks with Pakistan. Both ministers left Geneva on Friday.",
        {_talk("india", "pakistan")},
    ),
    (
        "both_alone",
        "The two countries signed a trade deal on Monday.",
        set(),
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
