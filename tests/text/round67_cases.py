"""The texts of the round-67 audit (issue 16; BASELINE.md, round 67): a description of a
state's armed forces ("the army", "the military", "the armed forces", "government
troops") stands for the actor of the table that is those forces, or for the state whose
forces are meant when the table lacks them (ANNOTATION.md R1: "armed forces named by
their country: the state, unless the table has those forces"; descriptions "resolved to
the actor they refer to"), never for a state named only as a host, mediator, broker,
backer or place. Written for this round in wire and news styles, none from the fresh
samples; expected rows by hand from tests/text/data/ANNOTATION.md (R1, R2, R3, R4, R5),
written before the extractor ran on them: ``(class, kind, text, rows)`` with rows
``(source, relation, target, modality, attributed_to)``; an empty set means no row.
Symmetric types (fights, consults, agrees_with where written both ways by R3) follow the
annotation's id order.

Sub-classes (``class``): the table has the state's forces and the document names them or
their state before (``table_forces``); a mediator, host or backer state named nearer than
the fighting state (``mediator``); a state whose army is not in the table, placed in the
fighting (``state_army``); two fighting states (``two_states``: which army is not said);
"the army" of a non-state group (``group_army``: the Arakan Army); no state named
(``no_state``); ordinary forces descriptions, unchanged (``ordinary``); and a
coordinated pair that is the object of a verb of support, the clients of one backer,
which "both sides" or "the two sides" do not stand for (``support_object``). The ``tempt``
cases must give no row of the description for the tempting state."""

import pandas as pd
from extraction_fixtures import expected_row

ACTORS = pd.DataFrame(
    [
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("uae", "United Arab Emirates", "state", "UAE|Abu Dhabi", "ARE"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("sudan", "Sudan", "state", "Khartoum", "SDN"),
        ("south_sudan", "South Sudan", "state", "Juba", "SSD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of Congo", "state", "DRC|Kinshasa", "COD"),
        ("angola", "Angola", "state", "Luanda", "AGO"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("israel", "Israel", "state", "", "ISR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("lebanon", "Lebanon", "state", "Beirut", "LBN"),
        ("france", "France", "state", "Paris", "FRA"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("norway", "Norway", "state", "Oslo", "NOR"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("saf", "Sudanese Armed Forces", "armed_group", "SAF|Sudanese army", "SDN"),
        ("rsf", "Rapid Support Forces", "armed_group", "RSF", "SDN"),
        ("fama", "Malian Armed Forces", "armed_group", "FAMa", "MLI"),
        ("jnim", "JNIM", "armed_group", "Jama'at Nasr al-Islam wal Muslimin", "MLI"),
        ("tatmadaw", "Tatmadaw", "armed_group", "Myanmar military", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "AA", "MMR"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("tplf", "TPLF", "armed_group", "Tigray People's Liberation Front", "ETH"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Al Shabaab", "SOM"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("igad", "IGAD", "organisation", "", ""),
        ("united_nations", "United Nations", "organisation", "UN|U.N.", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

_row = expected_row

_GENUINE = [
    # the table has the state's forces, named before by name, alias or organ
    (
        "table_forces",
        "The RSF attacked Sudan's army in El Fasher. Egypt condemned the army.",
        {_row("rsf", "saf", "attacks"), _row("egypt", "saf", "opposes")},
    ),
    (
        "table_forces",
        "Egypt backs the Sudanese army. The RSF attacked the army in Khartoum.",
        {_row("egypt", "saf", "backs"), _row("rsf", "saf", "attacks")},
    ),
    (
        "table_forces",
        "JNIM attacked Malian soldiers near Mopti. Algeria later criticised the army.",
        {_row("jnim", "fama", "attacks"), _row("algeria", "fama", "opposes")},
    ),
    (
        "table_forces",
        "The RSF shelled SAF positions in Omdurman. The UAE condemned the army on Monday.",
        {_row("rsf", "saf", "attacks"), _row("uae", "saf", "opposes")},
    ),
    (
        "table_forces",
        "The Tatmadaw bombed Arakan Army positions in Rakhine. "
        "Thailand criticised the military on Friday.",
        {_row("tatmadaw", "arakan_army", "attacks"), _row("thailand", "tatmadaw", "opposes")},
    ),
    (
        "table_forces",
        "Fighting between Sudan and the RSF spread to Darfur. Egypt backs the army.",
        {_row("rsf", "sudan", "fights"), _row("egypt", "saf", "backs")},
    ),
    (
        "table_forces",
        "The RSF attacked El Fasher in Sudan in May. Chad condemned the RSF. "
        "The RSF later attacked the army near the city.",
        {_row("rsf", "saf", "attacks")},
    ),
    # a host, mediator or broker named nearer than the state in the fighting
    (
        "mediator",
        "Kenya hosted talks between Ethiopia and the TPLF. The army later attacked the TPLF.",
        {
            _row("kenya", "tplf", "consults"),
            _row("ethiopia", "kenya", "consults"),
            _row("ethiopia", "tplf", "consults"),
            _row("ethiopia", "tplf", "attacks"),
        },
    ),
    (
        "mediator",
        "Norway and Cuba brokered talks between Colombia and the ELN. "
        "The ELN later attacked the army.",
        {
            _row("cuba", "eln", "consults"),
            _row("colombia", "norway", "consults"),
            _row("colombia", "cuba", "consults"),
            _row("eln", "norway", "consults"),
            _row("colombia", "eln", "consults"),
            _row("eln", "colombia", "attacks"),
        },
    ),
    (
        "mediator",
        "Saudi Arabia hosted talks between Sudan and the RSF in Jeddah. "
        "The RSF accused the army of breaking the truce.",
        {
            _row("rsf", "saudi_arabia", "consults"),
            _row("saudi_arabia", "sudan", "consults"),
            _row("rsf", "sudan", "consults"),
            _row("rsf", "saf", "opposes"),
            _row("saf", "rsf", "attacks", "reported", "rsf"),
        },
    ),
    (
        "mediator",
        "Ethiopia fought the TPLF for two years. The African Union brokered a truce in "
        "Pretoria. The TPLF later accused the army of abuses.",
        {_row("ethiopia", "tplf", "fights"), _row("tplf", "ethiopia", "opposes")},
    ),
    # a state whose army the table lacks, placed in the fighting
    (
        "state_army",
        "Russia struck Kyiv overnight. France condemned the army.",
        {_row("russia", "ukraine", "attacks"), _row("france", "russia", "opposes")},
    ),
    (
        "state_army",
        "Eritrean troops fought the TPLF in Tigray. The United States sanctioned the army.",
        {_row("eritrea", "tplf", "fights"), _row("united_states", "eritrea", "sanctions")},
    ),
    (
        "state_army",
        "Colombia's army fought the ELN in Arauca. Cuba criticised the army.",
        {_row("colombia", "eln", "fights"), _row("cuba", "colombia", "opposes")},
    ),
    (
        "state_army",
        "Somalia's army fought al-Shabaab near Baidoa. Kenya backs the army.",
        {_row("al_shabaab", "somalia", "fights"), _row("kenya", "somalia", "backs")},
    ),
    (
        "state_army",
        "Ethiopia's military attacked the TPLF in Mekelle. Eritrea backed the military.",
        {_row("ethiopia", "tplf", "attacks"), _row("eritrea", "ethiopia", "backs")},
    ),
    (
        "state_army",
        "Al-Shabaab attacked Somalia in 2022. The army later attacked al-Shabaab.",
        {_row("al_shabaab", "somalia", "attacks"), _row("somalia", "al_shabaab", "attacks")},
    ),
    (
        "state_army",
        "The TPLF fought Ethiopia in 2021. Kenya hosted talks in Nairobi. "
        "The TPLF accused the army of abuses.",
        {_row("ethiopia", "tplf", "fights"), _row("tplf", "ethiopia", "opposes")},
    ),
    # the army of a group named after an army, nothing else in reach
    (
        "group_army",
        "The Arakan Army seized Paletwa in January. China criticised the army.",
        {_row("china", "arakan_army", "opposes")},
    ),
    (
        "group_army",
        "The ELN attacked a pipeline in Arauca. Cuba criticised the army.",
        {_row("cuba", "eln", "opposes")},
    ),
    # ordinary forces descriptions, unchanged
    (
        "ordinary",
        "Sudan's army attacked the RSF in Omdurman. The army said it killed dozens of fighters.",
        {_row("saf", "rsf", "attacks")},
    ),
    (
        "ordinary",
        "Israel struck Hezbollah positions in Lebanon. Qatar condemned the army.",
        {_row("israel", "hezbollah", "attacks"), _row("qatar", "israel", "opposes")},
    ),
    (
        "ordinary",
        "Azerbaijan attacked Armenian positions in September. Russia criticised the army.",
        {_row("azerbaijan", "armenia", "attacks"), _row("russia", "azerbaijan", "opposes")},
    ),
    (
        "ordinary",
        "The Malian Armed Forces attacked JNIM near Gao. Algeria criticised the army.",
        {_row("fama", "jnim", "attacks"), _row("algeria", "fama", "opposes")},
    ),
    (
        "ordinary",
        "Russia invaded Ukraine in 2022. Ukraine accused the army of war crimes.",
        {_row("russia", "ukraine", "attacks"), _row("ukraine", "russia", "opposes")},
    ),
    (
        "ordinary",
        "M23 attacked Congolese troops near Goma. Angola criticised the army.",
        {_row("m23", "drc", "attacks"), _row("angola", "drc", "opposes")},
    ),
    (
        "ordinary",
        "Hezbollah fired rockets at Israel. Egypt urged the army to show restraint.",
        {_row("hezbollah", "israel", "attacks"), _row("egypt", "israel", "appeals_to")},
    ),
    (
        "ordinary",
        "Sudan's army fought the RSF in Khartoum. Egypt backs the army.",
        {_row("rsf", "saf", "fights"), _row("egypt", "saf", "backs")},
    ),
    # a coordinated pair that is the object of a verb of support acts as one side (the
    # clients of one backer): "the two sides" are the pair facing each other before it
    (
        "support_object",
        "Iran and Israel have fought a shadow war. Tehran arms Hezbollah and Hamas. "
        "The two sides traded fire.",
        {
            _row("iran", "israel", "fights"),
            _row("iran", "hezbollah", "arms"),
            _row("iran", "hamas", "arms"),
        },
    ),
    (
        "support_object",
        "Russia invaded Ukraine in 2022. Washington arms Israel and Ukraine. "
        "The two sides traded fire.",
        {
            _row("russia", "ukraine", "attacks"),
            _row("united_states", "israel", "arms"),
            _row("united_states", "ukraine", "arms"),
            _row("russia", "ukraine", "fights"),
        },
    ),
    (
        "support_object",
        "Hezbollah fought Israel in 2006. Iran funds Hezbollah and Hamas. Both sides traded fire.",
        {
            _row("hezbollah", "israel", "fights"),
            _row("iran", "hezbollah", "funds"),
            _row("iran", "hamas", "funds"),
        },
    ),
]

_TEMPTING = [
    # hosts, mediators and brokers nearer than the fighting: never the army
    (
        "mediator",
        "The talks in Jeddah, hosted by Saudi Arabia and the United States, aimed at a "
        "truce between the army and the RSF.",
        {
            _row("rsf", "saudi_arabia", "consults"),
            _row("rsf", "united_states", "consults"),
        },
    ),
    (
        "mediator",
        "Qatar mediated between the army and the RSF. The army rejected the proposal.",
        {_row("qatar", "rsf", "consults")},
    ),
    (
        "mediator",
        "Kenya hosted talks between Ethiopia and the TPLF. The TPLF accused the army of "
        "violating the truce.",
        {
            _row("kenya", "tplf", "consults"),
            _row("ethiopia", "kenya", "consults"),
            _row("ethiopia", "tplf", "consults"),
            _row("tplf", "ethiopia", "opposes"),
            _row("ethiopia", "tplf", "attacks", "reported", "tplf"),
        },
    ),
    (
        "mediator",
        "The United States sanctioned RSF commanders. The RSF later attacked the army in Darfur.",
        {_row("united_states", "rsf", "sanctions")},
    ),
    (
        "mediator",
        "Turkey hosted Sudan's foreign minister in Ankara. The RSF shelled the army in Omdurman.",
        {_row("sudan", "turkey", "consults"), _row("rsf", "saf", "attacks")},
    ),
    (
        "mediator",
        "Egypt and Saudi Arabia backed a truce between the army and the RSF.",
        set(),
    ),
    (
        "mediator",
        "The African Union and IGAD mediated in Sudan. Kenya hosted the envoys. "
        "The RSF denied attacking the army.",
        {_row("rsf", "saf", "attacks", "denied", "rsf")},
    ),
    (
        "mediator",
        "Qatar hosted TPLF leaders in Doha. The TPLF later attacked the army.",
        {_row("qatar", "tplf", "consults")},
    ),
    # backers and speakers named nearer
    (
        "backer",
        "The UAE backs the RSF, a UN panel said. The army accused the RSF of atrocities.",
        {_row("uae", "rsf", "backs", "reported", "united_nations")},
    ),
    (
        "backer",
        "Egypt said on Monday that the RSF had attacked the army.",
        set(),
    ),
    (
        "backer",
        "Russia supplies weapons to Mali. JNIM ambushed the army near Gao.",
        {_row("russia", "mali", "arms"), _row("jnim", "fama", "attacks")},
    ),
    # no state named: nothing, even where the table has the forces
    (
        "no_state",
        "The RSF, which has fought the army since April 2023, denied the claim.",
        set(),
    ),
    (
        "no_state",
        "The RSF attacked El Fasher. The army said it repelled the assault.",
        set(),
    ),
    (
        "no_state",
        "The military attacked the RSF in Omdurman.",
        set(),
    ),
    # two fighting states coordinated: which army is not said
    (
        "two_states",
        "Armenia and Azerbaijan clashed on the border. The army shelled villages. "
        "France criticised the army.",
        {_row("armenia", "azerbaijan", "fights")},
    ),
    (
        "two_states",
        "Ethiopia and Eritrea fought the TPLF in 2020. The United States sanctioned the army.",
        {_row("ethiopia", "tplf", "fights"), _row("eritrea", "tplf", "fights")},
    ),
    # the army of a group named after an army beside a state's forces
    (
        "group_army",
        "The Arakan Army attacked Tatmadaw positions in Rakhine. China urged the army to stop.",
        {_row("arakan_army", "tatmadaw", "attacks")},
    ),
    (
        "group_army",
        "The ELN attacked Colombian soldiers in Arauca. Cuba criticised the army.",
        {_row("eln", "colombia", "attacks")},
    ),
    # the clients of one backer, and no other pair: no guess
    (
        "support_object",
        "Iran funds Hezbollah and Hamas. Both sides attacked Israel.",
        {_row("iran", "hezbollah", "funds"), _row("iran", "hamas", "funds")},
    ),
]

CASES: list[tuple[str, str, str, set]] = [
    (cls, "genuine", text, rows) for cls, text, rows in _GENUINE
] + [(cls, "tempt", text, rows) for cls, text, rows in _TEMPTING]
