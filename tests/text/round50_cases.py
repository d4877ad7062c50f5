"""The sentences of the round-50 audit (issue 16; BASELINE.md, round 50): attacks whose
target is named through a facility, unit, position, territory or asset of an actor
("struck Ukrainian energy facilities", "hit Hezbollah positions", "bombed Hezbollah's
headquarters", "attacked the facilities of the Armenian army", "a surprise attack on troops
from India", "stormed a Somali army base"): the attacked party is that owner (ANNOTATION.md
R6 and its round-50 addition). Written for this round on conflicts and actors the fresh
sample does not use (Russia and Ukraine, Israel, Hezbollah, Lebanon and Iran, the Houthis
and the United States, Azerbaijan and Armenia, India and Pakistan, the SAF and the RSF, DR
Congo, Rwanda and M23, Turkey and the PKK, Somalia and al-Shabaab), by verbs (attack,
strike, hit, shell, bomb, raid, target, ambush, storm, overrun) and act nouns (attack,
strike, assault, raid, offensive, incursion, bombardment). About a third built to tempt a
wrong row (``tempt``: a facility of nobody, the attacker's own or a non-actor's, defending,
visiting, inspecting or repairing a facility, civilians of a state, "from" naming where the
attack came from, denied, negated and conditional attacks, which keep their row with its
status); the rest genuine. Expected rows by hand from tests/text/data/ANNOTATION.md (R1, R4,
R6 and the round-50 addition to R6): ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("lebanon", "Lebanon", "state", "Beirut", "LBN"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_kingdom", "United Kingdom", "state", "Britain|UK|London", "GBR"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A = "asserted"


def _row(source: str, target: str, modality: str = A, by: str = "") -> tuple[str, ...]:
    return (source, "attacks", target, modality, by)


def _attacks(source: str, *targets: str) -> set[tuple[str, ...]]:
    return {_row(source, t) for t in targets}


_GENUINE = [
    # a verb on an asset or unit named by a demonym or an actor's name as modifier
    (
        "verb_demonym_asset",
        "Russia struck Ukrainian energy facilities overnight.",
        _attacks("russia", "ukraine"),
    ),
    (
        "verb_demonym_asset",
        "Israel hit Hezbollah positions in southern Lebanon on Tuesday.",
        _attacks("israel", "hezbollah"),
    ),
    (
        "verb_demonym_asset",
        "The Houthis attacked US warships in the Red Sea.",
        _attacks("houthis", "united_states"),
    ),
    (
        "verb_demonym_asset",
        "Azerbaijan shelled Armenian positions along the border.",
        _attacks("azerbaijan", "armenia"),
    ),
    (
        "verb_demonym_asset",
        "Ukrainian drones hit a Russian oil refinery in the Krasnodar region.",
        _attacks("ukraine", "russia"),
    ),
    (
        "verb_demonym_asset",
        "Turkish jets bombed PKK hideouts in the mountains.",
        _attacks("turkey", "pkk"),
    ),
    (
        "verb_demonym_asset",
        "M23 rebels attacked Congolese army positions near Goma.",
        _attacks("m23", "dr_congo"),
    ),
    ("verb_demonym_asset", "The SAF bombed RSF bases around Khartoum.", _attacks("saf", "rsf")),
    (
        "verb_demonym_asset",
        "Al-Shabaab fighters ambushed a Somali army convoy on Sunday.",
        _attacks("al_shabaab", "somalia"),
    ),
    (
        "verb_demonym_asset",
        "The Houthis targeted US and British ships in the Gulf of Aden.",
        _attacks("houthis", "united_states", "united_kingdom"),
    ),
    (
        "verb_demonym_asset",
        "Pakistan shelled Indian army posts along the Line of Control.",
        _attacks("pakistan", "india"),
    ),
    (
        "verb_demonym_asset",
        "The RSF overran an SAF garrison in the west of the country.",
        _attacks("rsf", "saf"),
    ),
    (
        "verb_demonym_asset",
        "Israel struck Iranian air defence installations early on Saturday.",
        _attacks("israel", "iran"),
    ),
    # the Lebanese army is Lebanon (R1)
    (
        "army_of_state",
        "Israel struck a Lebanese army post near the border.",
        _attacks("israel", "lebanon"),
    ),
    ("army_of_state", "Israeli troops attacked the Lebanese army.", _attacks("israel", "lebanon")),
    # a possessive owner
    (
        "verb_possessive",
        "Israel bombed Hezbollah's headquarters in Beirut's southern suburbs.",
        _attacks("israel", "hezbollah"),
    ),
    (
        "verb_possessive",
        "Russia attacked Ukraine's power plants for the third night running.",
        _attacks("russia", "ukraine"),
    ),
    (
        "verb_possessive",
        "Russian missiles struck Ukraine's largest power plant.",
        _attacks("russia", "ukraine"),
    ),
    ("verb_possessive", "Israel struck Iran's nuclear sites.", _attacks("israel", "iran")),
    ("verb_possessive", "The RSF shelled the SAF's barracks in El Obeid.", _attacks("rsf", "saf")),
    (
        "verb_possessive",
        "Ukraine hit Russia's Black Sea Fleet headquarters.",
        _attacks("ukraine", "russia"),
    ),
    # an "of" owner
    (
        "verb_of_owner",
        "Azerbaijani troops began to attack the facilities of the Armenian army.",
        _attacks("azerbaijan", "armenia"),
    ),
    (
        "verb_of_owner",
        "Israel targeted the embassy of Iran in Damascus.",
        _attacks("israel", "iran"),
    ),
    (
        "verb_of_owner",
        "The RSF attacked the headquarters of the SAF's 6th Infantry Division.",
        _attacks("rsf", "saf"),
    ),
    (
        "verb_of_owner",
        "Al-Shabaab raided a base of the Somali army near Kismayo.",
        _attacks("al_shabaab", "somalia"),
    ),
    (
        "verb_of_owner",
        "Russia shelled the positions of the Ukrainian army near Bakhmut.",
        _attacks("russia", "ukraine"),
    ),
    # troops "from" an actor
    (
        "verb_from_owner",
        "Pakistan attacked troops from India in the Kupwara sector.",
        _attacks("pakistan", "india"),
    ),
    (
        "verb_from_owner",
        "The RSF ambushed soldiers from the SAF near Omdurman.",
        _attacks("rsf", "saf"),
    ),
    (
        "verb_from_owner",
        "M23 shelled troops from DR Congo outside Sake.",
        _attacks("m23", "dr_congo"),
    ),
    (
        "noun_from_owner",
        "Pakistan launched a surprise attack on troops from India.",
        _attacks("pakistan", "india"),
    ),
    (
        "noun_from_owner",
        "The RSF carried out a deadly assault on soldiers from the SAF.",
        _attacks("rsf", "saf"),
    ),
    (
        "noun_from_owner",
        "Hezbollah staged an ambush on troops from Israel.",
        _attacks("hezbollah", "israel"),
    ),
    # storm
    (
        "storm",
        "Al-Shabaab fighters stormed a Somali army base at dawn.",
        _attacks("al_shabaab", "somalia"),
    ),
    (
        "storm",
        "M23 rebels stormed the positions of the Congolese army.",
        _attacks("m23", "dr_congo"),
    ),
    ("storm", "The RSF stormed the SAF's headquarters in Nyala.", _attacks("rsf", "saf")),
    # act nouns
    (
        "noun_owned_target",
        "Ukraine launched drone strikes on Russian airfields.",
        _attacks("ukraine", "russia"),
    ),
    (
        "noun_owned_target",
        "The RSF carried out attacks on troops of the SAF.",
        _attacks("rsf", "saf"),
    ),
    ("noun_owned_target", "Israel launched air strikes on Lebanon.", _attacks("israel", "lebanon")),
    (
        "noun_owned_target",
        "Israel began a ground incursion into southern Lebanon.",
        _attacks("israel", "lebanon"),
    ),
    (
        "noun_owned_target",
        "Russia launched an offensive against Ukrainian positions in the east.",
        _attacks("russia", "ukraine"),
    ),
    (
        "noun_owned_target",
        "Israel carried out a heavy bombardment of Hezbollah positions.",
        _attacks("israel", "hezbollah"),
    ),
    (
        "noun_owned_target",
        "Turkey conducted air strikes on PKK targets in the Qandil mountains.",
        _attacks("turkey", "pkk"),
    ),
    (
        "noun_owned_target",
        "The Houthis launched a missile attack on an American destroyer.",
        _attacks("houthis", "united_states"),
    ),
    (
        "noun_owned_target",
        "Azerbaijan mounted an assault on Armenian military posts.",
        _attacks("azerbaijan", "armenia"),
    ),
    (
        "noun_owned_target",
        "Al-Shabaab's raid on a Somali military base killed 12 soldiers.",
        _attacks("al_shabaab", "somalia"),
    ),
    # status and attribution
    (
        "reported",
        "India accused Pakistan of shelling Indian army posts.",
        {("india", "opposes", "pakistan", A, ""), _row("pakistan", "india", "reported", "india")},
    ),
    (
        "reported",
        "The Houthis claimed responsibility for a missile attack on a US warship.",
        {_row("houthis", "united_states", "reported", "houthis")},
    ),
    (
        "reported",
        "Ukraine said it had struck a Russian ammunition depot in Crimea.",
        {_row("ukraine", "russia", "reported", "ukraine")},
    ),
    (
        "reported",
        "Pakistan said Indian forces attacked its posts along the Line of Control.",
        {_row("india", "pakistan", "reported", "pakistan")},
    ),
    # known gaps (BASELINE.md, round 50)
    (
        "relative_clause_owner",
        "India shelled an area where troops from Pakistan were stationed.",
        _attacks("india", "pakistan"),
    ),
    (
        "deep_owner",
        "Azerbaijan announced an attack on the place of deployment of the Armenian contingent.",
        {_row("azerbaijan", "armenia", "reported", "azerbaijan")},
    ),
]

_TEMPTING = [
    # facilities of nobody
    ("no_owner", "Al-Shabaab attacked a military base."),
    ("no_owner", "M23 rebels raided an army checkpoint on the road to Goma."),
    ("no_owner", "The RSF shelled a power plant near the capital."),
    ("no_owner", "Gunmen stormed a police station overnight."),
    ("no_owner", "The Houthis launched an attack on a cargo ship."),
    # the attacker's own, or someone else's act on them
    ("own_facility", "Ukraine defended Ukrainian positions near Pokrovsk."),
    ("own_facility", "Russia inspected its own air bases in the south."),
    ("own_facility", "US officials visited a US base in the Gulf."),
    ("own_facility", "Ukraine repaired the power plant after the strike."),
    ("own_facility", "Israel reinforced its positions on the border with Lebanon."),
    ("own_facility", "Azerbaijan moved troops to Azerbaijani positions near Lachin."),
    # owners that are no actor, people who are not the state
    ("non_actor_owner", "Israel struck Lebanese civilians fleeing the south."),
    ("non_actor_owner", "Protesters stormed the US embassy compound."),
    ("non_actor_owner", "Al-Shabaab attacked a hotel owned by a businessman."),
    ("non_actor_owner", "The RSF raided a hospital run by a charity in El Fasher."),
    ("non_actor_owner", "Turkey struck positions of Kurdish militants in the north."),
    # "from" names where the attack came from, not the target's owner
    (
        "from_origin",
        "Russia attacked Ukrainian troops from Belarus.",
        _attacks("russia", "ukraine"),
    ),
    (
        "from_origin",
        "Hezbollah fired rockets at Israeli positions from Lebanon.",
        _attacks("hezbollah", "israel"),
    ),
    ("from_origin", "M23 rebels shelled the town from hills held by Rwanda."),
    # other senses
    ("other_sense", "Armenia hit back at Azerbaijan's claims."),
    ("other_sense", "The storm hit Somali coastal towns."),
    ("other_sense", "Sanctions targeted Iranian banks and shipping firms."),
    # denied, negated, conditional: the row keeps its status
    (
        "status",
        "Israel denied striking Iranian nuclear facilities.",
        {_row("israel", "iran", "denied", "israel")},
    ),
    (
        "status",
        "Russia has not attacked Ukraine's nuclear plants, the agency said.",
        {_row("russia", "ukraine", "denied", "")},
    ),
    (
        "status",
        "Israel could strike Iranian oil facilities.",
        {_row("israel", "iran", "hypothetical", "")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
]
for entry in _TEMPTING:
    cls, text = entry[0], entry[1]
    CASES.append((cls, "tempt", text, entry[2] if len(entry) > 2 else set()))
