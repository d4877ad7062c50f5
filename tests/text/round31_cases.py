"""The sentences of the round-31 audit (issue 16; BASELINE.md, round 31): stances said in
words. A pejorative label given to an actor or to its act ("called X a criminal gang",
"called Y's offensive a war crime"), accusations and the charges that are denied ("a
charge Rwanda denies"), blame, designations, and being at odds with or wary of another.
Written for this round in news, wire and think-tank styles, on conflicts and actors the
fresh sample does not use (the Great Lakes, the Horn of Africa, the Sahel, the Balkans,
the Caucasus, South Asia, Korea, the South China Sea, Colombia and Venezuela). About a
third are built to tempt a wrong row (``tempt``: neutral or positive labels, "called for",
"called on", labels given to things with no doer, a label quoted from a party whose claim
the text rejects, "denied that it had attacked"), the rest are genuine (``genuine``).
Expected rows by hand from tests/text/data/ANNOTATION.md (R2 types, R3 direction, R4
modality, and the round-31 additions of R2): ``(class, kind, text, rows)`` with rows
``(source, relation, target, modality, attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("drc", "Democratic Republic of the Congo", "state", "DRC|Congo|Kinshasa", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("m23", "M23", "armed_group", "March 23 Movement", "COD"),
        ("burundi", "Burundi", "state", "", "BDI"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("niger", "Niger", "state", "Niamey", "NER"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
        ("france", "France", "state", "Paris", "FRA"),
        ("ecowas", "ECOWAS", "organisation", "", ""),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("georgia", "Georgia", "state", "Tbilisi", "GEO"),
        ("russia", "Russia", "state", "Moscow|Kremlin", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP|Pakistani Taliban", "PAK"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("bla", "Balochistan Liberation Army", "armed_group", "BLA", "PAK"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("taiwan", "Taiwan", "state", "Taipei", "TWN"),
        ("philippines", "Philippines", "state", "Manila", "PHL"),
        ("npa", "New People's Army", "armed_group", "NPA", "PHL"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("guyana", "Guyana", "state", "", "GUY"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("united_nations", "United Nations", "organisation", "UN", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, D, R = "asserted", "denied", "reported"


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


LABEL = "pejorative label given to an actor"
LABEL_ACT = "pejorative label given to an actor's act"
DESIGNATE = "terrorist designation"
ACCUSE = "accusation and its denial"
BLAME = "blame"
ODDS = "at odds, wary, at loggerheads"
CALL = "neutral or positive label, call for, call on"

CASES = [
    # -- pejorative labels given to an actor
    (
        LABEL,
        "genuine",
        "Colombia's defence minister called the ELN a criminal gang.",
        row("colombia", "opposes", "eln"),
    ),
    (
        LABEL,
        "genuine",
        "Kinshasa has repeatedly called M23 a terrorist movement.",
        row("drc", "designates_terrorist", "m23"),
    ),
    (
        LABEL,
        "genuine",
        "Serbia called Kosovo's government an illegitimate regime.",
        row("serbia", "opposes", "kosovo"),
    ),
    (
        LABEL,
        "genuine",
        "Azerbaijan branded Armenia an occupier.",
        row("azerbaijan", "opposes", "armenia"),
    ),
    (
        LABEL,
        "genuine",
        "Pyongyang labelled South Korea a puppet of Washington.",
        row("north_korea", "opposes", "south_korea"),
    ),
    (
        LABEL,
        "genuine",
        "Venezuela denounced Guyana as a pawn of foreign oil companies.",
        row("venezuela", "opposes", "guyana"),
    ),
    (
        LABEL,
        "genuine",
        "Kenya described al-Shabaab as a band of murderers.",
        row("kenya", "opposes", "al_shabaab"),
    ),
    (
        LABEL,
        "genuine",
        "The Philippines called the NPA bandits and extortionists.",
        row("philippines", "opposes", "npa"),
    ),
    (
        LABEL,
        "genuine",
        "Ethiopia denounced the TPLF as illegitimate.",
        row("ethiopia", "opposes", "tplf"),
    ),
    (
        LABEL,
        "genuine",
        "Pakistan has described the BLA as a proxy of India.",
        row("pakistan", "opposes", "bla") | row("india", "backs", "bla", R, "pakistan"),
    ),
    (
        LABEL,
        "genuine",
        "Russia has called Ukraine's leadership a neo-Nazi clique.",
        row("russia", "opposes", "ukraine"),
    ),
    (
        LABEL,
        "genuine",
        'Mali called JNIM "bloodthirsty extremists" after the ambush.',
        row("mali", "opposes", "jnim"),
    ),
    (CALL, "tempt", "China has branded Taiwan's ruling party separatists.", set()),
    (
        LABEL,
        "genuine",
        "Beijing condemned Taiwan as a troublemaker.",
        row("china", "opposes", "taiwan"),
    ),
    # -- pejorative labels given to an actor's act
    (
        LABEL_ACT,
        "genuine",
        "The UN rights chief called Ethiopia's campaign in Tigray a textbook example of ethnic "
        "cleansing.",
        row("united_nations", "opposes", "ethiopia"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "Kyiv called Russia's referendums a sham.",
        row("ukraine", "opposes", "russia"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "The EU labelled Serbia's actions in the north a provocation.",
        row("european_union", "opposes", "serbia"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "Armenia called Azerbaijan's blockade of the corridor a crime.",
        row("armenia", "opposes", "azerbaijan"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "South Korea described North Korea's missile launch as a grave provocation.",
        row("south_korea", "opposes", "north_korea"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "Manila called China's manoeuvres dangerous and illegal.",
        row("philippines", "opposes", "china"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "Guyana denounced Venezuela's referendum as illegal.",
        row("guyana", "opposes", "venezuela"),
    ),
    (
        LABEL_ACT,
        "genuine",
        "Japan called North Korea's launches a serious threat.",
        row("japan", "opposes", "north_korea"),
    ),
    # -- terrorist designations
    (
        DESIGNATE,
        "genuine",
        "Ethiopia's parliament designated the TPLF a terrorist organisation.",
        row("ethiopia", "designates_terrorist", "tplf"),
    ),
    (
        DESIGNATE,
        "genuine",
        "The United States designated the TTP a terrorist organisation.",
        row("united_states", "designates_terrorist", "ttp"),
    ),
    (
        DESIGNATE,
        "genuine",
        "India branded the BLA a terrorist group in 2019.",
        row("india", "designates_terrorist", "bla"),
    ),
    (
        DESIGNATE,
        "genuine",
        "Pakistan declared the BLA a terrorist organisation.",
        row("pakistan", "designates_terrorist", "bla"),
    ),
    # -- accusations and their denials
    (
        ACCUSE,
        "genuine",
        "Kinshasa has accused Rwanda's troops of laying mines, a charge Rwanda denies.",
        row("drc", "opposes", "rwanda") | row("rwanda", "rejects", "drc"),
    ),
    (
        ACCUSE,
        "genuine",
        "Somalia accused Kenya of backing a rival regional administration.",
        row("somalia", "opposes", "kenya"),
    ),
    (
        ACCUSE,
        "genuine",
        "Congo has accused Rwanda of arming M23, which Kigali denies.",
        row("drc", "opposes", "rwanda")
        | row("rwanda", "arms", "m23", R, "drc")
        | row("rwanda", "arms", "m23", D, "rwanda"),
    ),
    (
        ACCUSE,
        "genuine",
        "Mali accused France of supplying weapons to JNIM.",
        row("mali", "opposes", "france") | row("france", "arms", "jnim", R, "mali"),
    ),
    (
        ACCUSE,
        "genuine",
        "Somali officials have accused some al-Shabaab factions of abuses.",
        row("somalia", "opposes", "al_shabaab"),
    ),
    (
        ACCUSE,
        "genuine",
        "Baku rejected Yerevan's accusations of ethnic cleansing.",
        row("azerbaijan", "rejects", "armenia"),
    ),
    (
        ACCUSE,
        "genuine",
        "Rwanda denied the accusations made by Congo.",
        row("rwanda", "rejects", "drc"),
    ),
    (
        ACCUSE,
        "genuine",
        "Eritrea has been accused by Ethiopia of stoking unrest, a charge Asmara denies.",
        row("ethiopia", "opposes", "eritrea") | row("eritrea", "rejects", "ethiopia"),
    ),
    (
        ACCUSE,
        "genuine",
        "India accused Pakistan of sheltering militants.",
        row("india", "opposes", "pakistan"),
    ),
    (
        ACCUSE,
        "genuine",
        "Venezuela dismissed Guyana's charges as absurd.",
        row("venezuela", "rejects", "guyana"),
    ),
    (
        ACCUSE,
        "genuine",
        "Kinshasa accused Rwanda of backing M23, a charge that Rwanda denies.",
        row("drc", "opposes", "rwanda")
        | row("rwanda", "backs", "m23", R, "drc")
        | row("rwanda", "backs", "m23", D, "rwanda")
        | row("rwanda", "rejects", "drc"),
    ),
    (
        ACCUSE,
        "genuine",
        "Bamako accused France of arming JNIM, a charge Paris denies.",
        row("mali", "opposes", "france")
        | row("france", "arms", "jnim", R, "mali")
        | row("france", "arms", "jnim", D, "france")
        | row("france", "rejects", "mali"),
    ),
    (ACCUSE, "tempt", "Rwanda denied the charge.", set()),
    # -- blame
    (
        BLAME,
        "genuine",
        "Pakistan has blamed the TTP for burning villages in the north-west.",
        row("pakistan", "opposes", "ttp"),
    ),
    (
        BLAME,
        "genuine",
        "Kenya blamed al-Shabaab for the bombing.",
        row("kenya", "opposes", "al_shabaab"),
    ),
    (
        BLAME,
        "genuine",
        "Niger blamed France for the deteriorating security situation.",
        row("niger", "opposes", "france"),
    ),
    (
        BLAME,
        "genuine",
        "Colombia blamed the ELN for the attack on the pipeline.",
        row("colombia", "opposes", "eln"),
    ),
    (
        BLAME,
        "genuine",
        "Manila laid the blame on China for the collision.",
        row("philippines", "opposes", "china"),
    ),
    # -- at odds, wary, at loggerheads
    (
        ODDS,
        "genuine",
        "Ethiopia has been at odds with Egypt over the Nile dam.",
        row("ethiopia", "opposes", "egypt"),
    ),
    (
        ODDS,
        "genuine",
        "Serbia and Kosovo have been at odds over the northern municipalities.",
        row("serbia", "opposes", "kosovo") | row("kosovo", "opposes", "serbia"),
    ),
    (
        ODDS,
        "genuine",
        "India has long been wary of China's influence in the region.",
        row("india", "opposes", "china"),
    ),
    (ODDS, "genuine", "Georgia remains wary of Russia.", row("georgia", "opposes", "russia")),
    (
        ODDS,
        "genuine",
        "Armenia is at loggerheads with Azerbaijan over the border.",
        row("armenia", "opposes", "azerbaijan"),
    ),
    (
        ODDS,
        "genuine",
        "Somalia has been at odds with Kenya over their maritime boundary.",
        row("somalia", "opposes", "kenya"),
    ),
    (
        ODDS,
        "genuine",
        "Japan is deeply suspicious of North Korea's intentions.",
        row("japan", "opposes", "north_korea"),
    ),
    (
        ODDS,
        "genuine",
        "Guyana has been at odds with Venezuela over the Essequibo region.",
        row("guyana", "opposes", "venezuela"),
    ),
    # -- tempting: neutral or positive labels, "called for", "called on", things with no
    # doer, a quoted label the text rejects, a denial of an act
    (
        LABEL_ACT,
        "genuine",
        "South Korea called North Korea's rhetoric reckless.",
        row("south_korea", "opposes", "north_korea"),
    ),
    (
        ODDS,
        "genuine",
        "Kenya, Somalia and Ethiopia have long been at odds.",
        row("kenya", "opposes", "somalia")
        | row("somalia", "opposes", "kenya")
        | row("kenya", "opposes", "ethiopia")
        | row("ethiopia", "opposes", "kenya")
        | row("somalia", "opposes", "ethiopia")
        | row("ethiopia", "opposes", "somalia"),
    ),
    (CALL, "tempt", "Japan remains wary of a wider war.", set()),
    (CALL, "tempt", "The UN described the situation in Mali as dangerous.", set()),
    (CALL, "tempt", "Russia called its referendums legitimate.", set()),
    (
        CALL,
        "tempt",
        "Kosovo described Serbia's offer as positive.",
        set(),
    ),
    (CALL, "tempt", "ECOWAS called Niger's junta to a summit.", set()),
    (
        CALL,
        "tempt",
        "Serbia called the talks with Kosovo constructive.",
        row("kosovo", "consults", "serbia"),
    ),
    (CALL, "tempt", "India called Japan a trusted partner.", set()),
    (CALL, "tempt", "The African Union called for calm in Mogadishu.", set()),
    (
        CALL,
        "tempt",
        "ECOWAS called on Niger to release the president.",
        row("ecowas", "appeals_to", "niger"),
    ),
    (CALL, "tempt", "Kenya called the election in Somalia a milestone.", set()),
    (CALL, "tempt", "Armenia called the ruling a disgrace.", set()),
    (CALL, "tempt", "The EU called the vote a sham.", set()),
    (CALL, "tempt", "The UN called the violence in Tigray a tragedy.", set()),
    (
        CALL,
        "tempt",
        "Colombia called the ELN's ceasefire offer a positive step.",
        set(),
    ),
    (
        CALL,
        "tempt",
        "Rwanda denied that it had attacked Burundi.",
        row("rwanda", "attacks", "burundi", D, "rwanda"),
    ),
    (
        CALL,
        "tempt",
        "Pakistan denied that its forces had shelled India.",
        row("pakistan", "attacks", "india", D, "pakistan"),
    ),
    (CALL, "tempt", "Mali called France a long-standing friend.", set()),
    (CALL, "tempt", "South Korea called Japan an important neighbour.", set()),
    (CALL, "tempt", "The Philippines called the agreement with China a breakthrough.", set()),
    (CALL, "tempt", "The AU called the crisis in Somalia a threat to regional stability.", set()),
    (CALL, "tempt", "Kenya called the bombing a cowardly act.", set()),
    (CALL, "tempt", "Georgia called the election fair.", set()),
    (
        CALL,
        "tempt",
        "Ethiopia rejected the TPLF's description of the offensive as genocide.",
        row("ethiopia", "rejects", "tplf"),
    ),
    (CALL, "tempt", "Egypt called the dam an existential issue.", set()),
    (CALL, "tempt", "Kosovo called the meeting a waste of time.", set()),
    (CALL, "tempt", "India called the attack in Pahalgam an act of terror.", set()),
    (CALL, "tempt", "Taiwan is wary of the weather over the strait.", set()),
    (CALL, "tempt", "Niger's junta called its own troops heroes.", set()),
    (
        LABEL,
        "genuine",
        "Eritrea's president called the United Nations irrelevant.",
        row("eritrea", "opposes", "united_nations"),
    ),
    (
        CALL,
        "tempt",
        "Moscow denied that it had struck Ukraine's power grid.",
        row("russia", "attacks", "ukraine", D, "russia"),
    ),
    (CALL, "tempt", "Serbia has never been at odds with its own citizens.", set()),
    (CALL, "tempt", "Azerbaijan called the peace treaty historic.", set()),
]
