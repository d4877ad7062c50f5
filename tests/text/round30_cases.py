# ruff: noqa: E501
"""The documents of the round-30 audit (issue 16; BASELINE.md, round 30): which actor a
description stands for ("the gangs", "the insurgents", "the militants", "the jihadists",
"the rebels", "the militia", "the bloc", "the mission", "the alliance", "the kingdom",
"the island", "the junta"). Short documents (2-3 sentences) written for this round in news,
wire and think-tank styles, on conflicts and actors the fresh sample does not use (the
Sahel, the Great Lakes, Somalia, Mozambique, Myanmar, Colombia, the Philippines, Western
Sahara, the Gulf, the Baltic, the Taiwan Strait, Cyprus). About a third are built to tempt
a wrong row (``tempt``: the nearest actor before the description is of a kind it cannot
stand for -- a mission or international body before "the gangs", a state's own armed
forces before "the insurgents", an armed group before "the bloc"), the rest are genuine
(``genuine``: the nearest compatible actor is meant). Expected rows by hand from
tests/text/data/ANNOTATION.md (R1-R4): ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row. Rows of the types
the scorer ignores are not counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("fama", "Malian Armed Forces", "armed_group", "FAMa", "MLI"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("minusma", "MINUSMA", "organisation", "", ""),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        (
            "fardc",
            "Armed Forces of the Democratic Republic of the Congo",
            "armed_group",
            "FARDC",
            "COD",
        ),
        ("m23", "M23", "armed_group", "", "COD"),
        ("monusco", "MONUSCO", "organisation", "", ""),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("atmis", "African Union Transition Mission in Somalia", "organisation", "ATMIS", ""),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("mozambique", "Mozambique", "state", "Maputo", "MOZ"),
        ("ansar_al_sunna", "Ansar al-Sunna", "armed_group", "", "MOZ"),
        ("samim", "SADC Mission in Mozambique", "organisation", "SAMIM", ""),
        ("myanmar", "Myanmar", "state", "Naypyidaw", "MMR"),
        ("tatmadaw", "Tatmadaw", "armed_group", "", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("asean", "ASEAN", "organisation", "", ""),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "ELN", "armed_group", "National Liberation Army", "COL"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("abu_sayyaf", "Abu Sayyaf", "armed_group", "", "PHL"),
        ("morocco", "Morocco", "state", "Rabat", "MAR"),
        ("polisario", "Polisario Front", "armed_group", "Polisario", "ESH"),
        ("algeria", "Algeria", "state", "Algiers", "DZA"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("bahrain", "Bahrain", "state", "Manama", "BHR"),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("nato", "NATO", "organisation", "", ""),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("lithuania", "Lithuania", "state", "Vilnius", "LTU"),
        ("taiwan", "Taiwan", "state", "Taipei", "TWN"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("cyprus", "Cyprus", "state", "Nicosia", "CYP"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("ecowas", "ECOWAS", "organisation", "", ""),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("france", "France", "state", "Paris", "FRA"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def rows(*found):
    """The union of several ``row`` sets."""
    return set().union(*found)


MISSION = "a mission or body named before an armed-group word"
FORCES = "a state's own forces named before an insurgent word"
GROUP = "an armed-group word, its group named before"
BODY = "a body word (bloc, mission, alliance)"
STATE = "a state word (kingdom, island, Gulf state)"
RULING = "a ruling word (junta, regime) and the government"

CASES = [
    # -- a mission or body named before an armed-group word: never the mission --------
    (
        MISSION,
        "tempt",
        "MINUSMA deployed peacekeepers near Gao. The jihadists have vowed to fight the Malian army.",
        set(),
    ),
    (
        MISSION,
        "tempt",
        "Kenya leads ATMIS in the south. The militants attacked a base near Kismayo on Monday.",
        rows(row("kenya", "leads", "atmis")),
    ),
    (
        MISSION,
        "tempt",
        "MONUSCO patrols the hills north of Goma. The rebels have threatened the Congolese army.",
        set(),
    ),
    (
        MISSION,
        "tempt",
        "SAMIM completed its withdrawal in July. The insurgents attacked Mocimboa da Praia again.",
        set(),
    ),
    (
        MISSION,
        "tempt",
        "The EU extended its training mission in Mali. The jihadists ambushed a convoy near Mopti.",
        set(),
    ),
    (
        MISSION,
        "tempt",
        "ASEAN sent envoys to Naypyidaw. The rebels seized a town in Rakhine.",
        rows(row("asean", "consults", "myanmar")),
    ),
    (
        MISSION,
        "tempt",
        "Rwanda sent troops to Cabo Delgado under SAMIM. The insurgents fled into the forest.",
        set(),
    ),
    (
        MISSION,
        "tempt",
        "MONUSCO criticised Rwanda on Friday. The gangs have vowed to fight the mission.",
        rows(row("monusco", "opposes", "rwanda")),
    ),
    (
        MISSION,
        "tempt",
        "NATO expanded its air policing mission. The militia attacked Lithuanian border posts.",
        set(),
    ),
    (MISSION, "tempt", "ATMIS handed bases to Somalia. The militants vowed to fight Kenya.", set()),
    # -- a state's own forces named before an insurgent word: never those forces -------
    (
        FORCES,
        "tempt",
        "The Malian Armed Forces retook Kidal in November. The rebels have vowed to fight Mali.",
        set(),
    ),
    (
        FORCES,
        "tempt",
        "FARDC soldiers entered Rutshuru. The rebels attacked Kinshasa's positions overnight.",
        set(),
    ),
    (
        FORCES,
        "tempt",
        "The Tatmadaw bombed villages in Chin State. The insurgents attacked Myanmar's outposts.",
        set(),
    ),
    (
        FORCES,
        "tempt",
        "FAMa units patrolled near Menaka. The jihadists vowed to fight France.",
        set(),
    ),
    (FORCES, "tempt", "The Tatmadaw withdrew from Lashio. The rebels criticised China.", set()),
    (
        FORCES,
        "tempt",
        "FARDC soldiers clashed with villagers. The militants threatened Rwanda.",
        set(),
    ),
    (
        FORCES,
        "tempt",
        "The Malian Armed Forces bought drones from Turkey. The insurgents attacked the city of Gao.",
        rows(row("turkey", "arms", "fama")),
    ),
    # -- an armed-group word, its group named before ------------------------------------
    (
        GROUP,
        "genuine",
        "Al-Shabaab seized two villages near Baidoa. The militants have vowed to fight Kenya.",
        rows(row("al_shabaab", "threatens", "kenya"), row("al_shabaab", "fights", "kenya", P)),
    ),
    (
        GROUP,
        "genuine",
        "JNIM blockaded Timbuktu in August. The jihadists attacked Mali's army on Sunday.",
        rows(row("jnim", "attacks", "fama")),
    ),
    (
        GROUP,
        "genuine",
        "M23 captured Bunagana in 2022. The rebels have vowed to fight MONUSCO.",
        rows(row("m23", "threatens", "monusco"), row("m23", "fights", "monusco", P)),
    ),
    (
        GROUP,
        "genuine",
        "Ansar al-Sunna raided Macomia in May. The insurgents attacked SAMIM troops.",
        rows(row("ansar_al_sunna", "attacks", "samim")),
    ),
    (
        GROUP,
        "genuine",
        "The Arakan Army took Paletwa in January. The rebels criticised China.",
        rows(row("arakan_army", "opposes", "china")),
    ),
    (
        GROUP,
        "genuine",
        "The ELN kidnapped two soldiers in Arauca. The guerrillas threatened Colombia.",
        rows(row("eln", "threatens", "colombia")),
    ),
    (
        GROUP,
        "genuine",
        "Abu Sayyaf kidnapped tourists in Sabah. The militants threatened the Philippines.",
        rows(row("abu_sayyaf", "threatens", "philippines")),
    ),
    (
        GROUP,
        "genuine",
        "The Polisario Front ended the 1991 ceasefire. The rebels attacked Moroccan positions.",
        rows(row("polisario", "attacks", "morocco")),
    ),
    (
        GROUP,
        "genuine",
        "MINUSMA left Mali in 2023. JNIM has since expanded. The jihadists attacked the Malian army.",
        rows(row("jnim", "attacks", "fama")),
    ),
    (
        GROUP,
        "genuine",
        "M23 fighters entered Goma. MONUSCO condemned the assault. The rebels rejected the criticism and vowed to fight the mission.",
        rows(row("m23", "threatens", "monusco"), row("m23", "fights", "monusco", P)),
    ),
    (
        GROUP,
        "genuine",
        "Al-Shabaab bombed a hotel in Mogadishu. ATMIS troops secured the area. The militants threatened Kenya.",
        rows(row("al_shabaab", "threatens", "kenya")),
    ),
    (
        GROUP,
        "genuine",
        "Ansar al-Sunna beheaded villagers in Cabo Delgado. SAMIM condemned the killings. The insurgents threatened Rwanda.",
        rows(row("ansar_al_sunna", "threatens", "rwanda")),
    ),
    (
        GROUP,
        "genuine",
        "The Arakan Army seized the port of Kyauktaw. The Tatmadaw responded with airstrikes. The rebels criticised ASEAN.",
        rows(row("arakan_army", "opposes", "asean")),
    ),
    (
        GROUP,
        "genuine",
        "Wagner fighters arrived in Bamako in 2021. The mercenaries fought JNIM near Moura.",
        rows(row("jnim", "fights", "wagner")),
    ),
    (
        GROUP,
        "genuine",
        "The ELN ended talks with Colombia in January. The rebels attacked an army base in Arauca.",
        rows(
            row("eln", "reduces_relations", "colombia"),
            row("colombia", "consults", "eln", E),
            row("eln", "attacks", "colombia"),
        ),
    ),
    (
        GROUP,
        "genuine",
        "JNIM claimed the attack. The group threatened ECOWAS.",
        rows(row("jnim", "threatens", "ecowas")),
    ),
    (
        GROUP,
        "genuine",
        "Al-Shabaab has fought Somalia since 2006. The militia also threatened Kenya.",
        rows(row("al_shabaab", "fights", "somalia"), row("al_shabaab", "threatens", "kenya")),
    ),
    # -- a body word: the body named before, never an armed group or a state -----------
    (
        BODY,
        "genuine",
        "The European Union imposed new sanctions on Russia. The bloc also criticised China.",
        rows(
            row("european_union", "sanctions", "russia"), row("european_union", "opposes", "china")
        ),
    ),
    (
        BODY,
        "genuine",
        "ASEAN met in Jakarta in May. The bloc criticised the Tatmadaw.",
        rows(row("asean", "opposes", "tatmadaw")),
    ),
    (
        BODY,
        "genuine",
        "ECOWAS suspended Niger after the coup. The bloc threatened the junta with force.",
        rows(row("ecowas", "reduces_relations", "niger"), row("ecowas", "threatens", "niger")),
    ),
    (
        BODY,
        "genuine",
        "NATO held exercises in Lithuania. The alliance warned Russia.",
        rows(row("nato", "warns", "russia")),
    ),
    (
        BODY,
        "genuine",
        "MONUSCO began its withdrawal in 2024. M23 attacked Sake. The mission condemned the rebels.",
        rows(row("monusco", "opposes", "m23")),
    ),
    (
        BODY,
        "genuine",
        "ATMIS opened a base in Jowhar. Al-Shabaab shelled the town. The mission criticised the militants.",
        rows(row("atmis", "opposes", "al_shabaab")),
    ),
    (BODY, "tempt", "JNIM seized Boulkessi. The bloc criticised Mali.", set()),
    (
        BODY,
        "tempt",
        "Russia sent Wagner fighters to Mali. The bloc condemned Bamako.",
        set(),
    ),
    (BODY, "tempt", "M23 captured Rubaya. The mission criticised Rwanda.", set()),
    (
        BODY,
        "tempt",
        "Al-Shabaab attacked a base in Lower Shabelle. The mission condemned Kenya.",
        set(),
    ),
    (
        BODY,
        "tempt",
        "Lithuania expelled Russian diplomats. The alliance warned Moscow.",
        rows(row("lithuania", "reduces_relations", "russia")),
    ),
    (
        BODY,
        "genuine",
        "The EU sanctioned Wagner in 2023. The bloc accused the group of abuses in Mali.",
        rows(
            row("european_union", "sanctions", "wagner"), row("european_union", "opposes", "wagner")
        ),
    ),
    # -- a state word: the state named before, never a body or a group -------------------
    (
        STATE,
        "genuine",
        "Saudi Arabia restored ties with Qatar in 2021. The kingdom also courted Turkey.",
        rows(row("saudi_arabia", "favours", "qatar"), row("saudi_arabia", "courts", "turkey")),
    ),
    (
        STATE,
        "genuine",
        "Morocco expelled the Polisario envoy. The kingdom accused Algeria of arming the rebels.",
        rows(
            row("morocco", "reduces_relations", "polisario"),
            row("morocco", "opposes", "algeria"),
            row("algeria", "arms", "polisario", R, "morocco"),
        ),
    ),
    (
        STATE,
        "genuine",
        "Bahrain restored ties with Qatar. The kingdom criticised Iraq.",
        rows(row("bahrain", "favours", "qatar")),
    ),
    (
        STATE,
        "genuine",
        "China sent warships near Taiwan. The island condemned Beijing.",
        rows(row("taiwan", "opposes", "china")),
    ),
    (
        STATE,
        "genuine",
        "Turkey sent troops to northern Cyprus in 1974. The island accused Ankara of occupation.",
        rows(row("cyprus", "opposes", "turkey")),
    ),
    (
        STATE,
        "genuine",
        "Qatar hosted talks between Rwanda and the DRC. The Gulf state also criticised M23.",
        rows(
            row("qatar", "consults", "rwanda"),
            row("drc", "consults", "qatar"),
            row("drc", "consults", "rwanda"),
            row("qatar", "opposes", "m23"),
        ),
    ),
    (
        STATE,
        "genuine",
        "Lithuania expelled a Russian diplomat. The country also criticised China.",
        rows(row("lithuania", "reduces_relations", "russia"), row("lithuania", "opposes", "china")),
    ),
    (
        STATE,
        "tempt",
        "The EU imposed sanctions on Russia. The kingdom criticised Moscow.",
        rows(row("european_union", "sanctions", "russia")),
    ),
    (
        STATE,
        "tempt",
        "The Polisario Front attacked Moroccan positions. The island criticised the rebels.",
        rows(row("polisario", "attacks", "morocco")),
    ),
    (
        STATE,
        "tempt",
        "NATO warned China over Taiwan. The kingdom criticised Beijing.",
        rows(row("nato", "warns", "china")),
    ),
    (STATE, "tempt", "ASEAN met in Jakarta. The island criticised the Tatmadaw.", set()),
    # -- ruling words and the government ------------------------------------------------
    (
        RULING,
        "genuine",
        "Niger's military seized power in July. ECOWAS threatened the junta.",
        rows(row("ecowas", "threatens", "niger")),
    ),
    (
        RULING,
        "genuine",
        "Mali expelled the French ambassador. The junta also criticised ECOWAS.",
        rows(row("mali", "reduces_relations", "france"), row("mali", "opposes", "ecowas")),
    ),
    (
        RULING,
        "genuine",
        "The Tatmadaw seized power in 2021. ASEAN barred the junta from its summit.",
        rows(row("asean", "reduces_relations", "tatmadaw")),
    ),
    (
        RULING,
        "genuine",
        "Myanmar's junta bombed Arakan Army positions. The regime also criticised ASEAN.",
        rows(row("tatmadaw", "attacks", "arakan_army"), row("tatmadaw", "opposes", "asean")),
    ),
    (
        RULING,
        "genuine",
        "Colombia resumed talks with the ELN. The government later accused the rebels of attacks in Arauca.",
        rows(row("colombia", "consults", "eln"), row("colombia", "opposes", "eln")),
    ),
    (
        RULING,
        "genuine",
        "Mozambique invited Rwanda to send troops. The government praised the deployment.",
        rows(row("mozambique", "courts", "rwanda")),
    ),
    (
        RULING,
        "tempt",
        "ECOWAS suspended Mali. The junta criticised the bloc.",
        rows(row("ecowas", "reduces_relations", "mali"), row("mali", "opposes", "ecowas")),
    ),
    (
        RULING,
        "tempt",
        "The Arakan Army attacked Sittwe. The junta vowed to crush the rebels.",
        set(),
    ),
    (
        RULING,
        "tempt",
        "M23 seized Goma in January. The government accused Rwanda of backing the rebels.",
        rows(row("rwanda", "backs", "m23", R)),
    ),
    (
        RULING,
        "tempt",
        "Al-Shabaab attacked Mogadishu. The government asked ATMIS for help.",
        rows(row("al_shabaab", "attacks", "somalia"), row("somalia", "courts", "atmis")),
    ),
    # -- genuine mixed documents: the compatible actor past a nearer incompatible one --
    (
        MISSION,
        "genuine",
        "Al-Shabaab attacked a base near Baidoa. ATMIS sent reinforcements. The militants then threatened Kenya.",
        rows(row("al_shabaab", "threatens", "kenya")),
    ),
    (
        MISSION,
        "genuine",
        "M23 shelled Sake. MONUSCO deployed more troops. The rebels later criticised the mission.",
        rows(row("m23", "opposes", "monusco")),
    ),
    (
        FORCES,
        "genuine",
        "JNIM attacked a convoy near Gao. The Malian Armed Forces pursued them. The jihadists later threatened ECOWAS.",
        rows(row("jnim", "threatens", "ecowas")),
    ),
    (
        FORCES,
        "genuine",
        "The Arakan Army seized Buthidaung. The Tatmadaw retaliated with airstrikes. The rebels criticised China.",
        rows(row("arakan_army", "opposes", "china")),
    ),
    (
        BODY,
        "genuine",
        "The European Union sanctioned Russia. Wagner denounced the move. The bloc later criticised Mali.",
        rows(
            row("european_union", "sanctions", "russia"), row("european_union", "opposes", "mali")
        ),
    ),
]
