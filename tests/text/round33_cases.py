"""The sentences of the round-33 audit (issue 16; BASELINE.md, round 33): passives and
coordinated verbs with their agents: coordinated passive participles sharing one by-agent
("funded and equipped by X", "was attacked and then besieged by Y"), passives coordinated
in a relative clause with agents of their own ("which is armed by X and shielded by Z"),
a participle on the subject of an active clause ("X, supported by Y, attacked Z": both
rows), "pit X against Y" (each X fights Y), an act backed by another's strikes or fighters,
agents named as "fighters loyal to X", and groups named in a participle ("grouped under
X"). Written for this round in news, wire and think-tank styles, on conflicts and actors
the fresh sample does not use (Libya, the Sahel, Somalia, the Great Lakes, Myanmar,
Colombia, the Lake Chad basin, the Caucasus, Ukraine, Afghanistan and Pakistan, Tigray).
About a third are built to tempt a wrong row (``tempt``: "unknown gunmen", "a majority of
lawmakers", an election or a dispute that pits, "against each other in the polls", a
by-phrase of a place or a time, agents that are no actors, a thing an actor funds), the
rest are genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md
(R2 types and round 33's additions; R3: a passive subject reverses, symmetric types once
with the smaller id as source; R4; R5: forces loyal to a person or group are that actor;
R6): ``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("libya", "Libya", "state", "", "LBY"),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("haftar", "Khalifa Haftar", "person", "Haftar", "LBY"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("france", "France", "state", "Paris", "FRA"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("cma", "Coordination of Azawad Movements", "armed_group", "CMA", "MLI"),
        ("ansar_dine", "Ansar Dine", "armed_group", "", "MLI"),
        ("al_qaeda", "al-Qaeda", "armed_group", "al-Qaida", ""),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("ecowas", "Economic Community of West African States", "organisation", "ECOWAS", ""),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "al-Shabab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("united_nations", "United Nations", "organisation", "UN", ""),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_kingdom", "United Kingdom", "state", "UK|Britain", "GBR"),
        ("myanmar", "Myanmar", "state", "Burma", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("kia", "Kachin Independence Army", "armed_group", "KIA", "MMR"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("iswap", "Islamic State West Africa Province", "armed_group", "ISWAP", "NGA"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("adf", "Allied Democratic Forces", "armed_group", "ADF", "COD"),
        ("islamic_state", "Islamic State", "armed_group", "ISIS", ""),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP", "PAK"),
        ("yemen", "Yemen", "state", "", "YEM"),
        ("norway", "Norway", "state", "Oslo", "NOR"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


COORD = "coordinated passives sharing one agent"
RELATIVE = "passives with agents of their own"
PARTICIPLE = "a participle on an active clause's subject"
PIT = "pit X against Y"
STRIKES = "backed by another's strikes or fighters"
LOYAL = "fighters loyal to X as agents"
GROUPED = "a group named in a participle"
BY_OTHER = "by-phrases that name no agent actor"

CASES = [
    # -- coordinated passive participles sharing one by-agent
    (
        COORD,
        "genuine",
        "The ADF, financed and armed by the Islamic State, has killed hundreds of civilians in "
        "Ituri.",
        row("islamic_state", "funds", "adf") | row("islamic_state", "arms", "adf"),
    ),
    (
        COORD,
        "genuine",
        "The M23 rebels are trained and equipped by Rwanda.",
        row("rwanda", "arms", "m23"),
    ),
    (
        COORD,
        "genuine",
        "Wagner fighters in Libya were paid and armed by Moscow.",
        row("russia", "funds", "wagner") | row("russia", "arms", "wagner"),
    ),
    (
        COORD,
        "genuine",
        "The Arakan Army is largely trained and armed by the Kachin Independence Army.",
        row("kia", "arms", "arakan_army"),
    ),
    (
        COORD,
        "genuine",
        "Kenyan troops were ambushed and killed by al-Shabaab near Lamu on Tuesday.",
        row("al_shabaab", "attacks", "kenya"),
    ),
    (
        COORD,
        "genuine",
        "The LNA was backed and armed by the UAE and Egypt throughout the war.",
        row("uae", "backs", "lna")
        | row("uae", "arms", "lna")
        | row("egypt", "backs", "lna")
        | row("egypt", "arms", "lna"),
    ),
    (
        COORD,
        "genuine",
        "Boko Haram was condemned and sanctioned by the United Nations in 2014.",
        row("united_nations", "opposes", "boko_haram")
        | row("united_nations", "sanctions", "boko_haram"),
    ),
    (
        COORD,
        "genuine",
        "Ukraine was invaded and partly occupied by Russia in 2022.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        COORD,
        "genuine",
        "Kenya was visited and praised by the UN envoy last week.",
        row("kenya", "consults", "united_nations") | row("united_nations", "favours", "kenya"),
    ),
    (
        COORD,
        "genuine",
        "The Malian army was attacked and then besieged by JNIM near Boulkessi.",
        row("jnim", "attacks", "mali") | row("jnim", "coerces", "mali"),
    ),
    (
        COORD,
        "genuine",
        "The ELN, funded, sheltered and armed by Venezuela, has expanded along the border.",
        row("venezuela", "funds", "eln")
        | row("venezuela", "backs", "eln")
        | row("venezuela", "arms", "eln"),
    ),
    (
        COORD,
        "genuine",
        "Niger was condemned by ECOWAS and later sanctioned by France and the United States.",
        row("ecowas", "opposes", "niger")
        | row("france", "sanctions", "niger")
        | row("united_states", "sanctions", "niger"),
    ),
    (
        COORD,
        "genuine",
        "Al-Shabaab has been trained, funded and supplied by al-Qaeda, officials in Mogadishu say.",
        # officials in the capital are the state's (R1, R4)
        row("al_qaeda", "arms", "al_shabaab", R, "somalia")
        | row("al_qaeda", "funds", "al_shabaab", R, "somalia")
        | row("al_qaeda", "backs", "al_shabaab", R, "somalia"),
    ),
    (
        COORD,
        "tempt",
        "The Grand Ethiopian Renaissance Dam was built by Ethiopia and partly financed by China.",
        NONE,
    ),
    (
        COORD,
        "tempt",
        "The report was written by Kenyan researchers and funded by Norway.",
        NONE,
    ),
    (
        COORD,
        "tempt",
        "The town of Paletwa was captured and held by the Arakan Army for months.",
        NONE,
    ),
    (
        COORD,
        "tempt",
        "Goma was shelled and then surrounded by M23 fighters.",
        NONE,
    ),
    # -- passives with agents of their own, also in a relative clause
    (
        RELATIVE,
        "genuine",
        "Myanmar, which is armed by Russia and shielded by China at the UN, has ignored the "
        "peace plan.",
        row("russia", "arms", "myanmar") | row("china", "backs", "myanmar"),
    ),
    (
        RELATIVE,
        "genuine",
        "The LNA, which was armed by the UAE and financed by Russia, attacked Tripoli in 2019.",
        # a capital stands for the state (R1)
        row("uae", "arms", "lna") | row("russia", "funds", "lna") | row("lna", "attacks", "libya"),
    ),
    (
        RELATIVE,
        "genuine",
        "The ELN, which is sheltered by Venezuela, attacked a Colombian army base in Arauca.",
        row("venezuela", "backs", "eln") | row("eln", "attacks", "colombia"),
    ),
    (
        RELATIVE,
        "genuine",
        "The TPLF was supported by Egypt and opposed by Eritrea, according to the report.",
        row("egypt", "backs", "tplf", R) | row("eritrea", "opposes", "tplf", R),
    ),
    (
        RELATIVE,
        "genuine",
        "ISWAP, which was founded by former Boko Haram fighters and is backed by the Islamic "
        "State, attacked Nigerian troops.",
        row("islamic_state", "backs", "iswap") | row("iswap", "attacks", "nigeria"),
    ),
    (
        RELATIVE,
        "tempt",
        "Al-Shabaab, which is financed by extortion and armed by smugglers from Yemen, controls "
        "much of Jubaland.",
        NONE,
    ),
    (
        RELATIVE,
        "tempt",
        "The ceasefire, which was proposed by Norwegian diplomats and welcomed by analysts, "
        "collapsed in May.",
        NONE,
    ),
    # -- a participle on the subject of an active clause: both rows
    (
        PARTICIPLE,
        "genuine",
        "The Malian army, supported by Wagner mercenaries, attacked JNIM positions near Moura.",
        row("wagner", "backs", "mali") | row("mali", "attacks", "jnim"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Ethiopian troops, backed by Eritrean forces, attacked the TPLF in western Tigray.",
        row("eritrea", "backs", "ethiopia") | row("ethiopia", "attacks", "tplf"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "M23, supported by Rwanda, seized the town of Bunagana in June.",
        row("rwanda", "backs", "m23"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Azerbaijan, armed by Turkey, launched an offensive against Armenia in 2020.",
        row("turkey", "arms", "azerbaijan") | row("azerbaijan", "attacks", "armenia"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "The Arakan Army, armed by China, clashed with the Myanmar military in Rakhine.",
        row("china", "arms", "arakan_army") | row("arakan_army", "fights", "myanmar"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "The TTP, sheltered by the Taliban, has attacked Pakistani soldiers in Khyber.",
        row("taliban", "backs", "ttp") | row("ttp", "attacks", "pakistan"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Somali forces, backed by Kenya and Ethiopia, attacked al-Shabaab in Gedo.",
        row("kenya", "backs", "somalia")
        | row("ethiopia", "backs", "somalia")
        | row("somalia", "attacks", "al_shabaab"),
    ),
    (
        PARTICIPLE,
        "genuine",
        "Supported by Russia, Belarus allowed troops to cross into Ukraine.",
        row("russia", "backs", "belarus"),
    ),
    (
        PARTICIPLE,
        "tempt",
        "The Chadian army, supported by a majority of lawmakers, attacked Boko Haram.",
        row("chad", "attacks", "boko_haram"),
    ),
    (
        PARTICIPLE,
        "tempt",
        "Haftar, encouraged by his earlier gains, attacked Tripoli in April 2019.",
        NONE,
    ),
    # -- pit X against Y: each X fights Y
    (
        PIT,
        "genuine",
        "The war pitted Ethiopia and Eritrea against the TPLF.",
        row("eritrea", "fights", "tplf") | row("ethiopia", "fights", "tplf"),
    ),
    (
        PIT,
        "genuine",
        "The conflict pits the Nigerian army against Boko Haram and ISWAP.",
        row("boko_haram", "fights", "nigeria") | row("iswap", "fights", "nigeria"),
    ),
    (
        PIT,
        "genuine",
        "The battle pitted Somali troops, Kenyan soldiers and AU peacekeepers against al-Shabaab.",
        row("al_shabaab", "fights", "somalia")
        | row("al_shabaab", "fights", "kenya")
        | row("african_union", "fights", "al_shabaab"),
    ),
    (
        PIT,
        "tempt",
        "Fighting in Tripoli has pitted the LNA against Turkish-backed militias.",
        NONE,
    ),
    (
        PIT,
        "genuine",
        "The clashes in Kidal pitted the CMA against the Malian army and Wagner.",
        row("cma", "fights", "mali") | row("cma", "fights", "wagner"),
    ),
    (
        PIT,
        "genuine",
        "The 2020 war pitted Armenia against Azerbaijan over Nagorno-Karabakh.",
        row("armenia", "fights", "azerbaijan"),
    ),
    (
        PIT,
        "tempt",
        "The election pitted the ruling party against the opposition.",
        NONE,
    ),
    (
        PIT,
        "tempt",
        "The race for the council seat pitted Kenya and Ethiopia against each other in the polls.",
        NONE,
    ),
    (
        PIT,
        "tempt",
        "The dispute over the Nile dam has pitted Egypt against Ethiopia for a decade.",
        NONE,
    ),
    (
        PIT,
        "tempt",
        "The final pitted Nigeria against Egypt in Abidjan.",
        NONE,
    ),
    # -- backed by another's strikes or fighters: they back the act's doers
    (
        STRIKES,
        "genuine",
        "Somali forces launched an offensive against al-Shabaab, backed by air strikes from the "
        "United States.",
        row("somalia", "attacks", "al_shabaab") | row("united_states", "backs", "somalia"),
    ),
    (
        STRIKES,
        "genuine",
        "An offensive by the Nigerian army, backed by air strikes from Chad, hit Boko Haram camps.",
        row("chad", "backs", "nigeria") | row("nigeria", "attacks", "boko_haram"),
    ),
    (
        STRIKES,
        "genuine",
        "The Malian offensive on Kidal was backed by Wagner fighters and Turkish-made drones.",
        row("wagner", "backs", "mali"),
    ),
    (
        STRIKES,
        "genuine",
        "The LNA's assault on Tripoli was supported by Russian mercenaries.",
        row("russia", "backs", "lna") | row("lna", "attacks", "libya"),
    ),
    (
        STRIKES,
        "genuine",
        "Backed by French air strikes, Malian troops attacked JNIM in the Gourma.",
        row("france", "backs", "mali") | row("mali", "attacks", "jnim"),
    ),
    (
        STRIKES,
        "tempt",
        "The offensive was backed by a majority of lawmakers in Abuja.",
        NONE,
    ),
    (
        STRIKES,
        "tempt",
        "The offensive on Kidal was backed by air strikes and artillery.",
        NONE,
    ),
    # -- agents named as fighters loyal to X: X's own fighters
    (
        LOYAL,
        "genuine",
        "A Turkish convoy was ambushed by fighters loyal to Haftar.",
        row("haftar", "attacks", "turkey"),
    ),
    (
        LOYAL,
        "genuine",
        "UN peacekeepers were attacked by militiamen loyal to the ADF near Beni.",
        row("adf", "attacks", "united_nations"),
    ),
    (
        LOYAL,
        "genuine",
        "Kenyan soldiers were killed by gunmen loyal to al-Shabaab in Mandera.",
        row("al_shabaab", "attacks", "kenya"),
    ),
    (
        LOYAL,
        "genuine",
        "Forces loyal to Haftar shelled Turkish positions near Sirte.",
        row("haftar", "attacks", "turkey"),
    ),
    (
        LOYAL,
        "tempt",
        "The convoy was ambushed by fighters loyal to a local warlord.",
        NONE,
    ),
    # -- a group named in a participle
    (
        GROUPED,
        "genuine",
        "The rebel groups, grouped under the March 23 Movement, are armed and trained by Rwanda.",
        row("rwanda", "arms", "m23"),
    ),
    (
        GROUPED,
        "genuine",
        "The armed factions, united under the CMA, were attacked by Wagner and the Malian army.",
        row("wagner", "attacks", "cma") | row("mali", "attacks", "cma"),
    ),
    (
        GROUPED,
        "genuine",
        "Several jihadist groups, grouped under JNIM since 2017, are backed by al-Qaeda.",
        row("al_qaeda", "backs", "jnim"),
    ),
    (
        GROUPED,
        "tempt",
        "The refugees, grouped under tarpaulins near the border, were attacked by unknown gunmen.",
        NONE,
    ),
    # -- by-phrases that name no agent actor
    (
        BY_OTHER,
        "tempt",
        "The Somali army was attacked by unknown gunmen in Mogadishu.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "The sanctions on Myanmar were supported by a majority of lawmakers.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "Somali troops were attacked by the Kenyan border on Sunday.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "The ELN was attacked by night near the Venezuelan border.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "The peace deal with the TPLF was backed by a large majority of Ethiopians.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "Nigeria's candidacy was supported by 120 votes in the General Assembly.",
        NONE,
    ),
    (
        BY_OTHER,
        "tempt",
        "The port of Berbera was attacked by sea and by air.",
        NONE,
    ),
    (
        BY_OTHER,
        "genuine",
        "Mali was being armed by Russia by March 2022.",
        row("russia", "arms", "mali"),
    ),
    (
        BY_OTHER,
        "genuine",
        "Ukraine was attacked by Russian drones overnight.",
        row("russia", "attacks", "ukraine"),
    ),
    (
        BY_OTHER,
        "genuine",
        "The TTP was struck by Pakistan by air in March.",
        row("pakistan", "attacks", "ttp"),
    ),
    (
        BY_OTHER,
        "genuine",
        "Al-Shabaab is designated a terrorist organisation by the United States and Britain.",
        row("united_states", "designates_terrorist", "al_shabaab")
        | row("united_kingdom", "designates_terrorist", "al_shabaab"),
    ),
]
