"""The texts of the round-61 audit (issue 16; BASELINE.md, round 61): a stance toward an
act named by a bare definite noun ("the strikes", "the attack", "the raid", "the
offensive") whose doer is named where the act was first stated, in an earlier sentence
or earlier in the noun's own ("Israel struck Hezbollah in southern Lebanon. Iran
condemned the strikes."), a cause of round 59's second fresh sample (an act on an event
named in another sentence). ANNOTATION.md gives the row through two rules read
together: R1's document coreference (a description is resolved to what it refers to,
named in any sentence) and R2's acts named by nouns (a stance toward one actor's act is
a stance toward that actor: condemning it ``opposes``, welcoming or praising it
``favours``, backing it ``backs``; the act's own row stands where the act is stated).
Sub-classes (``class``): the act stated by a verb of the noun's own family (``verb``),
by a general act noun's verb ("the attack", "the assault", "the offensive" after
"attacked", ``general``), by a passive with its doer in "by" (``passive``), by a light
verb and an act noun ("launched strikes on", ``light``), by an act noun with its doer
("Russia's strikes", "the raid by Israel", ``noun``), two acts of different sorts where
only one is of the noun's family (``two_kinds``), the same act stated twice
(``repeated``), the victim's own condemnation (``victim``), several doers (``list``).
Over a quarter are built to tempt a wrong row (``tempt``): two acts of different doers
the noun could mean, no earlier act, an act with no actor doer, the condemner's own act,
another noun's owner, no stance verb, the stance planned or denied (rows with that
modality). Written for this round in wire and news styles, none from the fresh sample;
expected rows by hand from tests/text/data/ANNOTATION.md (R1, R2, R3, R4), written
before the extractor ran on them: ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd
from extraction_fixtures import expected_row

ACTORS = pd.DataFrame(
    [
        ("israel", "Israel", "state", "", "ISR"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("jordan", "Jordan", "state", "Amman", "JOR"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("georgia", "Georgia", "state", "Tbilisi", "GEO"),
        ("poland", "Poland", "state", "Warsaw", "POL"),
        ("germany", "Germany", "state", "Berlin", "DEU"),
        ("france", "France", "state", "Paris", "FRA"),
        ("united_kingdom", "United Kingdom", "state", "Britain|UK|U.K.|London", "GBR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("cambodia", "Cambodia", "state", "Phnom Penh", "KHM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

_row = expected_row


def _hit(a: str, b: str) -> tuple:
    """``a`` attacks ``b``, asserted (R2)."""
    return _row(a, b, "attacks")


def _against(a: str, b: str) -> tuple:
    """``a`` condemns, criticises or denounces ``b``'s act: ``opposes`` (R2)."""
    return _row(a, b, "opposes")


_GENUINE = [
    # the act stated by a verb of the noun's own family
    (
        "verb",
        "Israel struck Hezbollah in southern Lebanon on Tuesday. Iran condemned the strikes.",
        {_hit("israel", "hezbollah"), _against("iran", "israel")},
    ),
    (
        "verb",
        "Russia struck Ukraine overnight with missiles and drones. "
        "The European Union condemned the strikes on Wednesday.",
        {_hit("russia", "ukraine"), _against("european_union", "russia")},
    ),
    (
        "verb",
        "The United States struck the Houthis in Yemen on Friday. "
        "Saudi Arabia welcomed the strikes.",
        {_hit("united_states", "houthis"), _row("saudi_arabia", "united_states", "favours")},
    ),
    (
        "verb",
        "India struck Pakistan early on Wednesday. China criticised the strikes.",
        {_hit("india", "pakistan"), _against("china", "india")},
    ),
    (
        "verb",
        "The RSF attacked the SAF near El Fasher. The African Union condemned the attack.",
        {_hit("rsf", "saf"), _against("african_union", "rsf")},
    ),
    (
        "verb",
        "Hamas attacked Israel on 7 October. "
        "The United States condemned the attack in the strongest terms.",
        {_hit("hamas", "israel"), _against("united_states", "hamas")},
    ),
    (
        "verb",
        "The M23 attacked the DRC's army near Goma. Kenya denounced the attack.",
        {_hit("m23", "drc"), _against("kenya", "m23")},
    ),
    (
        "verb",
        "Israel raided Hamas in Jenin at dawn. Egypt condemned the raid.",
        {_hit("israel", "hamas"), _against("egypt", "israel")},
    ),
    (
        "verb",
        "Azerbaijan shelled Armenia along the border. Russia criticised the shelling.",
        {_hit("azerbaijan", "armenia"), _against("russia", "azerbaijan")},
    ),
    (
        "verb",
        "Saudi Arabia bombed the Houthis in Sanaa. Iran denounced the bombing.",
        {_hit("saudi_arabia", "houthis"), _against("iran", "saudi_arabia")},
    ),
    (
        "verb",
        "Israel struck Iran on Friday. The United States praised the strikes.",
        {_hit("israel", "iran"), _row("united_states", "israel", "favours")},
    ),
    (
        "verb",
        "Ukraine struck Russia with long-range drones. Britain backed the strikes.",
        {_hit("ukraine", "russia"), _row("united_kingdom", "ukraine", "backs")},
    ),
    (
        "verb",
        "Thailand struck Cambodia with F-16 jets on Thursday. "
        "The United States criticised the strikes.",
        {_hit("thailand", "cambodia"), _against("united_states", "thailand")},
    ),
    (
        "verb",
        "Pakistan struck India in Kashmir overnight. The Indian government condemned the strikes.",
        {_hit("pakistan", "india"), _against("india", "pakistan")},
    ),
    (
        "verb",
        "Iran attacked Israel with hundreds of drones. Hezbollah hailed the attack.",
        {_hit("iran", "israel"), _row("hezbollah", "iran", "favours")},
    ),
    (
        "verb",
        "BEIRUT (Reuters) - Israel struck Hezbollah in the Bekaa Valley on Monday. "
        "Iran's foreign ministry condemned the strikes.",
        {_hit("israel", "hezbollah"), _against("iran", "israel")},
    ),
    (
        "verb",
        "Israel struck Hezbollah in Lebanon on Monday. Dozens of people were killed. "
        "Iran condemned the strikes.",
        {_hit("israel", "hezbollah"), _against("iran", "israel")},
    ),
    (
        "verb",
        "Russia struck Ukraine on Sunday, and Poland condemned the strikes.",
        {_hit("russia", "ukraine"), _against("poland", "russia")},
    ),
    (
        "verb",
        "Israel struck Hamas in Rafah. The UN criticised the strikes as disproportionate.",
        {_hit("israel", "hamas"), _against("united_nations", "israel")},
    ),
    (
        "verb",
        "Kenya bombed al-Shabaab in southern Somalia. Somalia welcomed the bombing.",
        {_hit("kenya", "al_shabaab"), _row("somalia", "kenya", "favours")},
    ),
    (
        "verb",
        "The Houthis attacked Saudi Arabia with drones. The UAE condemned the attack.",
        {_hit("houthis", "saudi_arabia"), _against("uae", "houthis")},
    ),
    (
        "verb",
        "Eritrea shelled Ethiopia across the border. The African Union denounced the shelling.",
        {_hit("eritrea", "ethiopia"), _against("african_union", "eritrea")},
    ),
    # a general act noun after a verb of violence
    (
        "general",
        "Ethiopia attacked Eritrea in May. Kenya condemned the assault.",
        {_hit("ethiopia", "eritrea"), _against("kenya", "ethiopia")},
    ),
    (
        "general",
        "Russia attacked Georgia in August 2008. Turkey condemned the offensive.",
        {_hit("russia", "georgia"), _against("turkey", "russia")},
    ),
    (
        "general",
        "India attacked Pakistan in 2019. Washington backed the attack.",
        {_hit("india", "pakistan"), _row("united_states", "india", "backs")},
    ),
    (
        "general",
        "Rwanda attacked the DRC in 1996. Uganda supported the offensive.",
        {_hit("rwanda", "drc"), _row("uganda", "rwanda", "backs")},
    ),
    # a passive with its doer in "by"
    (
        "passive",
        "The Houthis were struck by the United States overnight. Iran condemned the strikes.",
        {_hit("united_states", "houthis"), _against("iran", "united_states")},
    ),
    (
        "passive",
        "Ukraine was attacked by Russia on Monday. The European Union condemned the attack.",
        {_hit("russia", "ukraine"), _against("european_union", "russia")},
    ),
    # a light verb and an act noun
    (
        "light",
        "Israel launched strikes on Hezbollah in Lebanon. Iran condemned the strikes.",
        {_hit("israel", "hezbollah"), _against("iran", "israel")},
    ),
    (
        "light",
        "Azerbaijan launched an offensive against Armenia in September. "
        "France condemned the offensive.",
        {_hit("azerbaijan", "armenia"), _against("france", "azerbaijan")},
    ),
    (
        "light",
        "The SAF carried out airstrikes on the RSF in Khartoum. "
        "The United Arab Emirates condemned the airstrikes.",
        {_hit("saf", "rsf"), _against("uae", "saf")},
    ),
    (
        "light",
        "Turkey conducted a raid on the PKK in northern Iraq. Iran criticised the raid.",
        {_hit("turkey", "pkk"), _against("iran", "turkey")},
    ),
    # an act noun with its doer
    (
        "noun",
        "Russia's strikes on Ukraine continued overnight. Germany condemned the strikes.",
        {_hit("russia", "ukraine"), _against("germany", "russia")},
    ),
    (
        "noun",
        "The raid by Israel on Hamas in Rafah killed dozens. Jordan condemned the raid.",
        {_hit("israel", "hamas"), _against("jordan", "israel")},
    ),
    # two acts of different sorts, one of the noun's family
    (
        "two_kinds",
        "Hamas attacked Israel on Saturday. Israel struck Hamas in Gaza on Sunday. "
        "Egypt condemned the strikes.",
        {_hit("hamas", "israel"), _hit("israel", "hamas"), _against("egypt", "israel")},
    ),
    (
        "two_kinds",
        "Hezbollah attacked Israel on Monday. Israel bombed Hezbollah in response. "
        "Iran condemned the bombing.",
        {_hit("hezbollah", "israel"), _hit("israel", "hezbollah"), _against("iran", "israel")},
    ),
    # the same act stated twice
    (
        "repeated",
        "Russia struck Ukraine on Monday. Russia struck Ukraine again on Tuesday. "
        "The EU condemned the strikes.",
        {_hit("russia", "ukraine"), _against("european_union", "russia")},
    ),
    # the victim's own condemnation
    (
        "victim",
        "Israel struck Hezbollah in Lebanon. Hezbollah condemned the strikes.",
        {_hit("israel", "hezbollah"), _against("hezbollah", "israel")},
    ),
    # several doers
    (
        "list",
        "The United States and Britain struck the Houthis on Thursday. Iran condemned the strikes.",
        {
            _hit("united_states", "houthis"),
            _hit("united_kingdom", "houthis"),
            _against("iran", "united_states"),
            _against("iran", "united_kingdom"),
        },
    ),
]

_TEMPTING = [
    # two acts of different doers the noun could mean: no guess
    (
        "ambiguous",
        "Israel struck Hezbollah on Monday. The United States struck the Houthis in Yemen. "
        "Iran condemned the strikes.",
        {_hit("israel", "hezbollah"), _hit("united_states", "houthis")},
    ),
    (
        "ambiguous",
        "The RSF attacked the SAF in Omdurman. The SAF attacked the RSF in Khartoum. "
        "The African Union condemned the attack.",
        {_hit("rsf", "saf"), _hit("saf", "rsf")},
    ),
    (
        "ambiguous",
        "Hamas attacked Israel on Saturday. Israel struck Hamas in Gaza on Sunday. "
        "Egypt condemned the attack.",
        {_hit("hamas", "israel"), _hit("israel", "hamas")},
    ),
    # no earlier act
    ("no_act", "Iran condemned the strikes on Tuesday.", set()),
    ("no_act", "Oil prices rose sharply on Monday. Iran condemned the strikes.", set()),
    (
        "no_act",
        "The European Union held a summit in Brussels. France condemned the attack.",
        set(),
    ),
    # an act with no actor doer
    (
        "no_doer",
        "Unidentified gunmen attacked a convoy in the north. "
        "The United Nations condemned the attack.",
        set(),
    ),
    ("no_doer", "Hezbollah was struck overnight. Iran condemned the strikes.", set()),
    # the condemner's or praiser's own act
    (
        "own_act",
        "Israel struck Hezbollah in Lebanon. Israel defended the strikes.",
        {_hit("israel", "hezbollah")},
    ),
    (
        "own_act",
        "The Houthis attacked Israel with drones. The Houthis praised the attack.",
        {_hit("houthis", "israel")},
    ),
    # another noun's owner
    (
        "other_owner",
        "Israel struck Hezbollah in Lebanon. Iran condemned the Houthi attacks on shipping.",
        {_hit("israel", "hezbollah"), _against("iran", "houthis")},
    ),
    # no stance verb
    (
        "no_stance",
        "Israel struck Hezbollah in Lebanon. The strikes killed 12 people.",
        {_hit("israel", "hezbollah")},
    ),
    (
        "no_stance",
        "Russia struck Ukraine overnight. The European Union discussed the strikes.",
        {_hit("russia", "ukraine")},
    ),
    # no act of violence before
    (
        "no_act",
        "Israel and Hamas agreed a ceasefire. Iran condemned the strikes.",
        {_row("israel", "hamas", "agrees_with"), _row("hamas", "israel", "agrees_with")},
    ),
    # the stance planned or denied
    (
        "status",
        "Israel struck Hezbollah in Lebanon. Iran will condemn the strikes at the UN.",
        {_hit("israel", "hezbollah"), _row("iran", "israel", "opposes", "planned")},
    ),
    (
        "status",
        "Russia struck Ukraine on Sunday. China did not condemn the strikes.",
        {_hit("russia", "ukraine"), _row("china", "russia", "opposes", "denied")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
