"""The sentences of the round-27 audit (issue 16; BASELINE.md, round 27): deployments and
people sent ("sent troops to", "dispatched soldiers", "deployed forces against", "stationed
peacekeepers in") against things sent (weapons and equipment: ``arms``; money: ``funds``;
aid: ``backs``), people sent to a recipient that is no state, envoys and delegations sent
(a visit: ``consults``), and the purpose an infinitive gives ("to fight", "to help").
Written for this round in news, wire and think-tank styles, on conflicts and actors the
fresh sample does not use (the Great Lakes, Mozambique, the Sahel, the Central African
Republic, Libya, Somalia, Haiti, the Caucasus, Korea and Russia). About a third are built
to tempt a wrong row (``tempt``: people sent to a state's territory, which names a place;
a name before the people sent, which is whose they are; troops sent *from* a state;
people *withdrawn* or *recalled*), the rest are genuine (``genuine``). Expected rows by
hand from tests/text/data/ANNOTATION.md (R2 with its round-27 addition, R3, R4):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Kinshasa", "COD"),
        ("m23", "M23", "armed_group", "", "COD"),
        ("burundi", "Burundi", "state", "", "BDI"),
        ("uganda", "Uganda", "state", "Kampala", "UGA"),
        ("mozambique", "Mozambique", "state", "Maputo", "MOZ"),
        ("ansar_al_sunna", "Ansar al-Sunna", "armed_group", "", "MOZ"),
        ("sadc", "Southern African Development Community", "organisation", "SADC", ""),
        ("south_africa", "South Africa", "state", "Pretoria", "ZAF"),
        ("tanzania", "Tanzania", "state", "", "TZA"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("chad", "Chad", "state", "N'Djamena", "TCD"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
        ("boko_haram", "Boko Haram", "armed_group", "", "NGA"),
        ("nigeria", "Nigeria", "state", "Abuja", "NGA"),
        ("france", "France", "state", "Paris", "FRA"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("car", "Central African Republic", "state", "CAR|Bangui", "CAF"),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("gna", "Government of National Accord", "government", "GNA", "LBY"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("haiti", "Haiti", "state", "Port-au-Prince", "HTI"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_nations", "United Nations", "organisation", "UN", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("ecowas", "ECOWAS", "organisation", "", ""),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("lebanon", "Lebanon", "state", "Beirut", "LBN"),
        ("china", "China", "state", "Beijing", "CHN"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def rows(*found):
    """The union of several ``row`` sets."""
    return set().union(*found)


NONE: set = set()

PLACE = "people sent to a state's territory"
OWNER = "a name before the people sent"
RECIPIENT = "people sent to an actor that is no state"
THINGS = "things sent: weapons, money, aid"
AGAINST = "forces sent or deployed against an actor"
PURPOSE = "the purpose an infinitive gives"
ENVOY = "envoys and delegations sent"
OTHER = "other things sent, no actor sent to"

CASES = [
    # -- people sent to a state's territory: a place, no relation (R2, round 18 and 27)
    (PLACE, "tempt", "Rwanda sent troops to Mozambique in July 2021.", NONE),
    (PLACE, "tempt", "Chad dispatched soldiers to Niger after the coup.", NONE),
    (PLACE, "tempt", "Rwanda deployed 1,000 soldiers and police to Mozambique.", NONE),
    (PLACE, "tempt", "Kenya sent 400 police officers to Haiti in June 2024.", NONE),
    (PLACE, "tempt", "North Korea sent troops to Russia last autumn.", NONE),
    (PLACE, "tempt", "France sent reinforcements to Mali in 2013.", NONE),
    (PLACE, "tempt", "Burundi has sent thousands of soldiers to the DRC.", NONE),
    (PLACE, "tempt", "Tanzania stationed peacekeepers in the DRC.", NONE),
    (PLACE, "tempt", "South Africa deployed 2,900 troops to the DRC in 2023.", NONE),
    (PLACE, "tempt", "Mali was sent Russian instructors in 2022.", NONE),
    (PLACE, "tempt", "Egypt sent troops to Somalia as part of the new mission.", NONE),
    (PLACE, "tempt", "Uganda dispatched special forces to the DRC in late 2021.", NONE),
    (PLACE, "tempt", "Russian mercenaries were sent to the Central African Republic.", NONE),
    (PLACE, "tempt", "China sent peacekeepers to Lebanon.", NONE),
    (PLACE, "tempt", "Russia sent military instructors to the Central African Republic.", NONE),
    (PLACE, "tempt", "The United States sent military advisers to Somalia.", NONE),
    (PLACE, "tempt", "The African Union sent troops to Somalia in 2007.", NONE),
    (PLACE, "tempt", "The UN sent peacekeepers to the Central African Republic in 2014.", NONE),
    (PLACE, "tempt", "Troops from Chad were sent to Mali.", NONE),
    (PLACE, "tempt", "Kenya pledged to send 1,000 police officers to Haiti.", NONE),
    (PLACE, "tempt", "Kenya sent police to Haiti to lead the multinational mission.", NONE),
    # -- a name before the people sent is whose they are (R2, round 20)
    (OWNER, "tempt", "Russia sent Wagner mercenaries to Mali.", NONE),
    (OWNER, "tempt", "Turkey sent Syrian mercenaries to Azerbaijan.", NONE),
    # -- people sent to an actor that is no state: backing (R2, round 27)
    (RECIPIENT, "genuine", "Russia sent mercenaries to the LNA.", row("russia", "backs", "lna")),
    (
        RECIPIENT,
        "genuine",
        "Iran sent fighters to Hezbollah during the war.",
        row("iran", "backs", "hezbollah"),
    ),
    (
        RECIPIENT,
        "genuine",
        "Turkey sent Syrian fighters to the GNA in 2020.",
        row("turkey", "backs", "gna"),
    ),
    (
        RECIPIENT,
        "genuine",
        "Turkey dispatched military advisers to the GNA.",
        row("turkey", "backs", "gna"),
    ),
    (
        RECIPIENT,
        "genuine",
        "The UAE sent mercenaries to the LNA in 2019.",
        row("uae", "backs", "lna"),
    ),
    (RECIPIENT, "genuine", "Egypt dispatched commandos to the LNA.", row("egypt", "backs", "lna")),
    (
        RECIPIENT,
        "genuine",
        "Iran has sent military advisers to Hezbollah.",
        row("iran", "backs", "hezbollah"),
    ),
    (
        RECIPIENT,
        "genuine",
        "Wagner sent fighters to the LNA in 2019.",
        row("wagner", "backs", "lna"),
    ),
    (
        RECIPIENT,
        "genuine",
        "Rwanda denied sending troops to the M23.",
        row("rwanda", "backs", "m23", D, "rwanda"),
    ),
    (
        RECIPIENT,
        "genuine",
        "The DRC accused Rwanda of sending troops to the M23.",
        rows(row("drc", "opposes", "rwanda"), row("rwanda", "backs", "m23", R, "drc")),
    ),
    (
        RECIPIENT,
        "genuine",
        "Iran dispatched Revolutionary Guard advisers to Hezbollah.",
        row("iran", "backs", "hezbollah"),
    ),
    # -- things sent: the thing decides the type (R2, round 20)
    (THINGS, "genuine", "Turkey sent drones to the GNA.", row("turkey", "arms", "gna")),
    (
        THINGS,
        "genuine",
        "The UAE sent weapons and fighters to the LNA.",
        rows(row("uae", "arms", "lna"), row("uae", "backs", "lna")),
    ),
    (
        THINGS,
        "genuine",
        "Russia sent troops and tanks to the LNA.",
        rows(row("russia", "arms", "lna"), row("russia", "backs", "lna")),
    ),
    (THINGS, "genuine", "Iran sent money to Hezbollah.", row("iran", "funds", "hezbollah")),
    (THINGS, "genuine", "China sent aid to Mozambique.", row("china", "backs", "mozambique")),
    (
        THINGS,
        "genuine",
        "North Korea sent artillery shells to Russia.",
        row("north_korea", "arms", "russia"),
    ),
    (
        THINGS,
        "genuine",
        "Russia dispatched attack helicopters to Mali.",
        row("russia", "arms", "mali"),
    ),
    (
        THINGS,
        "genuine",
        "Egypt sent weapons and troops to Somalia.",
        row("egypt", "arms", "somalia"),
    ),
    (THINGS, "genuine", "Qatar sent $30 million to Hamas.", row("qatar", "funds", "hamas")),
    (
        THINGS,
        "genuine",
        "Uganda dispatched humanitarian aid to the DRC.",
        row("uganda", "backs", "drc"),
    ),
    (THINGS, "genuine", "Iran sent drones to Russia.", row("iran", "arms", "russia")),
    (
        THINGS,
        "genuine",
        "The United States sent Patriot missiles to Ukraine.",
        row("united_states", "arms", "ukraine"),
    ),
    # -- forces sent or deployed against an actor (R2, round 16)
    (
        AGAINST,
        "genuine",
        "Chad sent troops against Boko Haram.",
        row("chad", "mobilizes_against", "boko_haram"),
    ),
    (
        AGAINST,
        "genuine",
        "Nigeria deployed troops against Boko Haram in the northeast.",
        row("nigeria", "mobilizes_against", "boko_haram"),
    ),
    (
        AGAINST,
        "genuine",
        "Kenya dispatched soldiers against al-Shabaab.",
        row("kenya", "mobilizes_against", "al_shabaab"),
    ),
    (
        AGAINST,
        "genuine",
        "Armenia mobilised its reserves against Azerbaijan.",
        row("armenia", "mobilizes_against", "azerbaijan"),
    ),
    (
        AGAINST,
        "genuine",
        "Niger and Chad sent forces against Boko Haram in 2015.",
        rows(
            row("niger", "mobilizes_against", "boko_haram"),
            row("chad", "mobilizes_against", "boko_haram"),
        ),
    ),
    (
        AGAINST,
        "genuine",
        "Chad will send troops against Boko Haram.",
        row("chad", "mobilizes_against", "boko_haram", P),
    ),
    (
        AGAINST,
        "genuine",
        "Burundi sent troops against the M23 in 2023.",
        row("burundi", "mobilizes_against", "m23"),
    ),
    # -- the purpose an infinitive gives: the forces' own act (R2, round 27)
    (
        PURPOSE,
        "genuine",
        "Chad deployed troops to fight Boko Haram.",
        row("boko_haram", "fights", "chad"),
    ),
    (
        PURPOSE,
        "genuine",
        "Uganda sent troops to fight al-Shabaab.",
        row("al_shabaab", "fights", "uganda"),
    ),
    (
        PURPOSE,
        "genuine",
        "North Korea sent thousands of soldiers to fight Ukraine.",
        row("north_korea", "fights", "ukraine"),
    ),
    (
        PURPOSE,
        "genuine",
        "Rwanda sent troops to help Mozambique.",
        row("rwanda", "backs", "mozambique"),
    ),
    (
        PURPOSE,
        "genuine",
        "Rwanda sent troops to help Mozambique fight Ansar al-Sunna.",
        rows(row("rwanda", "backs", "mozambique"), row("ansar_al_sunna", "fights", "mozambique")),
    ),
    (
        PURPOSE,
        "genuine",
        "Russia sent troops to support the government of the Central African Republic.",
        row("russia", "backs", "car"),
    ),
    (
        PURPOSE,
        "genuine",
        "Burundi sent soldiers to support the DRC.",
        row("burundi", "backs", "drc"),
    ),
    (
        PURPOSE,
        "tempt",
        "Ethiopia sent troops to Somalia to fight al-Shabaab.",
        row("al_shabaab", "fights", "ethiopia"),
    ),
    (
        PURPOSE,
        "tempt",
        "Chad sent troops to Niger to fight Boko Haram.",
        row("boko_haram", "fights", "chad"),
    ),
    (
        PURPOSE,
        "tempt",
        "Burundi deployed soldiers to the DRC to fight the M23.",
        row("burundi", "fights", "m23"),
    ),
    (PURPOSE, "tempt", "Kenya sent police to Haiti to help fight the gangs.", NONE),
    (
        PURPOSE,
        "tempt",
        "Nigeria sent jets to bomb Boko Haram camps.",
        row("nigeria", "attacks", "boko_haram"),
    ),
    # -- envoys and delegations sent: a visit (R2, round 18)
    (ENVOY, "genuine", "Qatar sent envoys to Hamas.", row("hamas", "consults", "qatar")),
    (
        ENVOY,
        "genuine",
        "Egypt sent a delegation to Ethiopia.",
        row("egypt", "consults", "ethiopia"),
    ),
    (
        ENVOY,
        "genuine",
        "The African Union dispatched an envoy to Niger after the coup.",
        row("african_union", "consults", "niger"),
    ),
    (
        ENVOY,
        "genuine",
        "Washington sent a delegation to Kinshasa for talks.",
        row("drc", "consults", "united_states"),
    ),
    (
        ENVOY,
        "genuine",
        "China dispatched a special envoy to Ethiopia.",
        row("china", "consults", "ethiopia"),
    ),
    (ENVOY, "genuine", "ECOWAS sent a delegation to Niamey.", row("ecowas", "consults", "niger")),
    # -- other things sent, and no actor sent to
    (OTHER, "tempt", "Kenya sent a letter to Somalia.", NONE),
    (OTHER, "tempt", "Rwanda sent a message to the DRC.", NONE),
    (OTHER, "tempt", "Kenya sent Somali refugees back to Somalia.", NONE),
    (OTHER, "tempt", "The SADC deployed a mission to Mozambique.", NONE),
    (OTHER, "tempt", "Chad sent soldiers across the border into Niger.", NONE),
]
