"""The texts of the round-66 audit (issue 16; BASELINE.md, round 66): the two parties of a
conflict named back inside a prepositional phrase or after a quantifier -- a plural
pronoun ("talks between *them*", "mediated between *them*", "held talks with *them*"),
a quantifier ("*each of them*", "*either of them*", "*both of them*"), a singular sides
word after a quantifier ("*either side*", "*each side*", "*either party*", "*neither
side*") and an unnumbered plural description of the two sides ("*the warring parties*",
"*the belligerents*", "*the rivals*", "*the rival factions*", "*the two neighbours*").
Sub-classes (``class``): ``between_them`` (a plural pronoun after "between" or "among"),
``with_them`` (after another preposition), ``of_them`` (a quantifier's "of them"),
``quantified`` (each, either, neither with a sides word), ``plural`` (an unnumbered
plural description), ``pronoun_subject`` (the pronoun follows the subject named before,
also a pair acting as one side), and the tempting ones: ``backer_client`` (a backer and
its client named last, round 60), ``one_side`` (a pair acting as one side, for a sides
word), ``three`` (more than two actors named), ``one_actor`` (one actor only),
``people`` ("them" meaning people), ``conjunction`` ("either ... or", "each" of people),
``border`` ("either side of the border"), ``far`` (the pair out of the pronoun's window),
``neighbours`` ("the neighbours" of no pair). The ``tempt`` cases must give no row for
the pronoun or description. Written for this round in wire and news styles, none from the
fresh samples; expected rows by hand from tests/text/data/ANNOTATION.md (R1, R3, R4),
written before the extractor ran on them: ``(class, kind, text, rows)`` with rows
``(source, relation, target, modality, attributed_to)``; an empty set means no row.
Symmetric types (fights, consults) are written once, source id < target id (R3);
mediation gives the mediator ``consults`` each party, and the talks or the deal between
the parties their own rows (R3)."""

import pandas as pd
from extraction_fixtures import expected_row

ACTORS = pd.DataFrame(
    [
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("angola", "Angola", "state", "Luanda", "AGO"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of Congo", "state", "DRC|Kinshasa", "COD"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("oman", "Oman", "state", "Muscat", "OMN"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("israel", "Israel", "state", "", "ISR"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("cambodia", "Cambodia", "state", "Phnom Penh", "KHM"),
        ("malaysia", "Malaysia", "state", "Kuala Lumpur", "MYS"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("fatah", "Fatah", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

_row = expected_row
DENIED = "denied"


def _mediated(mediator: str, a: str, b: str) -> set:
    """A mediator's ``consults`` with each party (R3), written once in id order."""
    return {_row(*sorted((mediator, a)), "consults"), _row(*sorted((mediator, b)), "consults")}


_GENUINE = [
    # a plural pronoun after "between" or "among"
    (
        "between_them",
        "Egypt and Sudan objected to the dam. Talks between them resumed in May.",
        {_row("egypt", "sudan", "consults")},
    ),
    (
        "between_them",
        "Egypt and Sudan objected to the filling of the dam. "
        "The African Union later mediated between them.",
        _mediated("african_union", "egypt", "sudan"),
    ),
    (
        "between_them",
        "Ethiopia and Eritrea clashed along the border in June. "
        "A peace deal between them was signed in July.",
        {
            _row("eritrea", "ethiopia", "fights"),
            _row("eritrea", "ethiopia", "agrees_with"),
            _row("ethiopia", "eritrea", "agrees_with"),
        },
    ),
    (
        "between_them",
        "Armenia and Azerbaijan clashed in May. Russia brokered a truce between them.",
        {
            _row("armenia", "azerbaijan", "fights"),
            _row("armenia", "azerbaijan", "agrees_with"),
            _row("azerbaijan", "armenia", "agrees_with"),
        }
        | _mediated("russia", "armenia", "azerbaijan"),
    ),
    (
        "between_them",
        "The Houthis and Saudi Arabia fought for years. In 2022 Oman mediated between them.",
        {_row("houthis", "saudi_arabia", "fights")} | _mediated("oman", "houthis", "saudi_arabia"),
    ),
    (
        "between_them",
        "Ethiopia clashed with Eritrea in June. Talks between them began in Nairobi in August.",
        {_row("eritrea", "ethiopia", "fights"), _row("eritrea", "ethiopia", "consults")},
    ),
    (
        "between_them",
        "Thailand and Cambodia clashed along the border on Thursday. "
        "Malaysia brokered a ceasefire between them on Monday.",
        {
            _row("cambodia", "thailand", "fights"),
            _row("cambodia", "thailand", "agrees_with"),
            _row("thailand", "cambodia", "agrees_with"),
        }
        | _mediated("malaysia", "thailand", "cambodia"),
    ),
    (
        "between_them",
        "Hamas and Fatah clashed in Gaza. Egypt hosted talks between them in Cairo.",
        {_row("fatah", "hamas", "fights"), _row("fatah", "hamas", "consults")}
        | _mediated("egypt", "hamas", "fatah"),
    ),
    (
        "between_them",
        "Serbia and Kosovo objected to the plan. "
        "The United Nations mediated between them in Geneva.",
        _mediated("united_nations", "serbia", "kosovo"),
    ),
    (
        "between_them",
        "Hamas and Fatah clashed in Gaza. Egypt mediated among them in Cairo.",
        {_row("fatah", "hamas", "fights")} | _mediated("egypt", "hamas", "fatah"),
    ),
    # after another preposition
    (
        "with_them",
        "Rwanda and the DRC clashed in Kivu. Angola held talks with them in Luanda.",
        {_row("drc", "rwanda", "fights")} | _mediated("angola", "rwanda", "drc"),
    ),
    (
        "with_them",
        "India and Pakistan clashed in Kashmir. The United States held talks with them.",
        {_row("india", "pakistan", "fights")} | _mediated("united_states", "india", "pakistan"),
    ),
    (
        "with_them",
        "Armenia and Azerbaijan clashed in May. Turkey later met with them in Ankara.",
        {_row("armenia", "azerbaijan", "fights")} | _mediated("turkey", "armenia", "azerbaijan"),
    ),
    # a quantifier's "of them"
    (
        "of_them",
        "Ethiopia and Eritrea clashed along the border. Kenya hosted both of them in Nairobi.",
        {_row("eritrea", "ethiopia", "fights")} | _mediated("kenya", "ethiopia", "eritrea"),
    ),
    (
        "of_them",
        "Thailand and Cambodia clashed along the border. Malaysia met each of them in "
        "Kuala Lumpur.",
        {_row("cambodia", "thailand", "fights")} | _mediated("malaysia", "thailand", "cambodia"),
    ),
    (
        "of_them",
        "India and Pakistan clashed in Kashmir. China denied arming either of them.",
        {
            _row("india", "pakistan", "fights"),
            _row("china", "india", "arms", DENIED, "china"),
            _row("china", "pakistan", "arms", DENIED, "china"),
        },
    ),
    (
        "of_them",
        "Serbia and Kosovo clashed near the border. Russia criticised each of them.",
        {
            _row("kosovo", "serbia", "fights"),
            _row("russia", "serbia", "opposes"),
            _row("russia", "kosovo", "opposes"),
        },
    ),
    (
        "of_them",
        "Egypt and Sudan clashed near the border. Kenya hosted each of the two in Nairobi.",
        {_row("egypt", "sudan", "fights")} | _mediated("kenya", "egypt", "sudan"),
    ),
    # a singular sides word after a quantifier
    (
        "quantified",
        "Egypt and Sudan clashed near the border. Kenya denied arming either side.",
        {
            _row("egypt", "sudan", "fights"),
            _row("kenya", "egypt", "arms", DENIED, "kenya"),
            _row("kenya", "sudan", "arms", DENIED, "kenya"),
        },
    ),
    (
        "quantified",
        "Armenia and Azerbaijan fought in 2020. Russia met each side separately.",
        {_row("armenia", "azerbaijan", "fights")} | _mediated("russia", "armenia", "azerbaijan"),
    ),
    (
        "quantified",
        "India and Pakistan clashed in Kashmir. The United States held talks with each side.",
        {_row("india", "pakistan", "fights")} | _mediated("united_states", "india", "pakistan"),
    ),
    (
        "quantified",
        "Serbia and Kosovo clashed near the border. Russia criticised each side.",
        {
            _row("kosovo", "serbia", "fights"),
            _row("russia", "serbia", "opposes"),
            _row("russia", "kosovo", "opposes"),
        },
    ),
    (
        "quantified",
        "Hamas and Fatah clashed in Gaza. Qatar denied funding either party.",
        {
            _row("fatah", "hamas", "fights"),
            _row("qatar", "hamas", "funds", DENIED, "qatar"),
            _row("qatar", "fatah", "funds", DENIED, "qatar"),
        },
    ),
    (
        "quantified",
        "Armenia and Azerbaijan clashed in May. Russia armed neither side.",
        {
            _row("armenia", "azerbaijan", "fights"),
            _row("russia", "armenia", "arms", DENIED),
            _row("russia", "azerbaijan", "arms", DENIED),
        },
    ),
    (
        "quantified",
        "Thailand and Cambodia clashed along the border. Neither side attacked Malaysia.",
        {
            _row("cambodia", "thailand", "fights"),
            _row("thailand", "malaysia", "attacks", DENIED),
            _row("cambodia", "malaysia", "attacks", DENIED),
        },
    ),
    # an unnumbered plural description of the two sides
    (
        "plural",
        "Rwanda and the DRC clashed in Kivu. Kenya mediated talks between the warring parties.",
        {_row("drc", "rwanda", "fights"), _row("drc", "rwanda", "consults")}
        | _mediated("kenya", "rwanda", "drc"),
    ),
    (
        "plural",
        "The RSF and the SAF fought in Khartoum. "
        "Saudi Arabia hosted talks between the warring parties in Jeddah.",
        {_row("rsf", "saf", "fights"), _row("rsf", "saf", "consults")}
        | _mediated("saudi_arabia", "rsf", "saf"),
    ),
    (
        "plural",
        "Thailand and Cambodia clashed along the border. "
        "Malaysia brokered a ceasefire between the belligerents.",
        {
            _row("cambodia", "thailand", "fights"),
            _row("cambodia", "thailand", "agrees_with"),
            _row("thailand", "cambodia", "agrees_with"),
        }
        | _mediated("malaysia", "thailand", "cambodia"),
    ),
    (
        "plural",
        "The Houthis and Saudi Arabia fought for years. Oman mediated between the warring sides.",
        {_row("houthis", "saudi_arabia", "fights")} | _mediated("oman", "houthis", "saudi_arabia"),
    ),
    (
        "plural",
        "Hamas and Fatah clashed in Gaza. Egypt hosted talks between the rival factions.",
        {_row("fatah", "hamas", "fights"), _row("fatah", "hamas", "consults")}
        | _mediated("egypt", "hamas", "fatah"),
    ),
    (
        "plural",
        "Ethiopia and Eritrea clashed along the border. Kenya met the two neighbours in Nairobi.",
        {_row("eritrea", "ethiopia", "fights")} | _mediated("kenya", "ethiopia", "eritrea"),
    ),
    (
        "plural",
        "Armenia and Azerbaijan clashed in May. Russia later met the rivals in Moscow.",
        {_row("armenia", "azerbaijan", "fights")} | _mediated("russia", "armenia", "azerbaijan"),
    ),
    (
        "plural",
        "Serbia and Kosovo clashed near the border. The United Nations met the parties in Geneva.",
        {_row("kosovo", "serbia", "fights")} | _mediated("united_nations", "serbia", "kosovo"),
    ),
    (
        "plural",
        "Thailand and Cambodia clashed along the border. The belligerents signed a truce in July.",
        {
            _row("cambodia", "thailand", "fights"),
            _row("cambodia", "thailand", "agrees_with"),
            _row("thailand", "cambodia", "agrees_with"),
        },
    ),
    (
        "plural",
        "The RSF and the SAF fought in Khartoum. In May the warring parties met in Jeddah.",
        {_row("rsf", "saf", "fights"), _row("rsf", "saf", "consults")},
    ),
    (
        "plural",
        "India and Pakistan clashed in Kashmir. China criticised the adversaries.",
        {
            _row("india", "pakistan", "fights"),
            _row("china", "india", "opposes"),
            _row("china", "pakistan", "opposes"),
        },
    ),
    (
        "plural",
        "Rwanda and the DRC clashed in Kivu. Angola met the pair in Luanda.",
        {_row("drc", "rwanda", "fights")} | _mediated("angola", "rwanda", "drc"),
    ),
    # the pronoun follows the subject named before, also a pair acting as one side
    (
        "pronoun_subject",
        "Egypt and the UAE backed the SAF. Talks between them began in Cairo.",
        {
            _row("egypt", "saf", "backs"),
            _row("uae", "saf", "backs"),
            _row("egypt", "uae", "consults"),
        },
    ),
    (
        "pronoun_subject",
        "Kenya and Ethiopia sent envoys to Juba. The African Union later mediated between them.",
        _mediated("african_union", "kenya", "ethiopia"),
    ),
]

_TEMPTING = [
    # a backer and its client named last (round 60)
    (
        "backer_client",
        "Iran armed the Houthis. Oman later mediated between them.",
        {_row("iran", "houthis", "arms")},
    ),
    (
        "backer_client",
        "Iran armed the Houthis. Oman criticised either side.",
        {_row("iran", "houthis", "arms")},
    ),
    (
        "backer_client",
        "Iran armed the Houthis in 2015. Oman hosted talks between the warring parties.",
        {_row("iran", "houthis", "arms")},
    ),
    # a pair acting as one side, for a sides word
    (
        "one_side",
        "Egypt and the UAE backed the SAF. Russia denied arming either side.",
        {_row("egypt", "saf", "backs"), _row("uae", "saf", "backs")},
    ),
    (
        "one_side",
        "Egypt and the UAE backed the SAF. Kenya hosted talks between the belligerents.",
        {_row("egypt", "saf", "backs"), _row("uae", "saf", "backs")},
    ),
    # more than two actors named
    (
        "three",
        "Egypt, Sudan and Ethiopia met in Cairo. Kenya criticised each of them.",
        {
            _row("egypt", "sudan", "consults"),
            _row("egypt", "ethiopia", "consults"),
            _row("ethiopia", "sudan", "consults"),
        },
    ),
    (
        "three",
        "Egypt, Sudan and Ethiopia met in Cairo. The African Union later mediated between them.",
        {
            _row("egypt", "sudan", "consults"),
            _row("egypt", "ethiopia", "consults"),
            _row("ethiopia", "sudan", "consults"),
        },
    ),
    (
        "three",
        "Egypt, Sudan and Ethiopia met in Cairo. Kenya denied arming either side.",
        {
            _row("egypt", "sudan", "consults"),
            _row("egypt", "ethiopia", "consults"),
            _row("ethiopia", "sudan", "consults"),
        },
    ),
    # one actor only
    (
        "one_actor",
        "Ethiopia filled the dam in July. Talks between them resumed in May.",
        set(),
    ),
    (
        "one_actor",
        "Kenya sent troops to Somalia's border. Kenya later criticised either side.",
        set(),
    ),
    # "them" meaning people
    (
        "people",
        "Egypt and Sudan deported hundreds of migrants. Kenya negotiated with them.",
        set(),
    ),
    (
        "people",
        "Thailand and Cambodia arrested smugglers near the border. Malaysia later met with them.",
        set(),
    ),
    # "either ... or", "each" of people
    (
        "conjunction",
        "Armenia and Azerbaijan clashed in May. "
        "Russia said it would either mediate or stay out of the dispute.",
        {_row("armenia", "azerbaijan", "fights")},
    ),
    (
        "conjunction",
        "Ethiopia and Eritrea clashed along the border. Each of the soldiers was later freed.",
        {_row("eritrea", "ethiopia", "fights")},
    ),
    # "either side of the border"
    (
        "border",
        "Egypt and Sudan deployed troops on either side of the border.",
        set(),
    ),
    (
        "border",
        "Thailand and Cambodia clashed along the border. "
        "Villagers on each side of the border fled to Malaysia.",
        {_row("cambodia", "thailand", "fights")},
    ),
    # the pair out of the pronoun's window
    (
        "far",
        "Egypt and Sudan objected to the dam in 2020. Ethiopia filled it in July. "
        "Heavy rains came in August. Kenya called for a summit. Talks between them resumed.",
        set(),
    ),
    # "the neighbours" of no pair
    (
        "neighbours",
        "Kenya sent troops to Somalia. The neighbours criticised Kenya.",
        set(),
    ),
    (
        "neighbours",
        "Sudan's war spread in 2023. Egypt hosted the neighbours in Cairo.",
        set(),
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
