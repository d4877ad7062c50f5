"""The sentences of the round-26 audit (issue 16; BASELINE.md, round 26): reciprocal acts
("accused each other", "traded fire", "exchanged prisoners"), joint acts ("held joint
drills", "fought together with", "alongside"), reactions drawn from others ("drew
condemnation from"), the host and the parties of talks, and deals with several partners.
Written for this round in news, wire, think-tank and encyclopedia styles, on conflicts and
actors the fresh sample does not use (the Horn of Africa, the Sahel, Libya, the Gulf,
Israel and Lebanon, South Asia, Korea, the Balkans and Ukraine). About a third are built to
tempt a wrong row (``tempt``: a topic named after "discussed", a verbal quarrel, "exchanged
views", a reaction to an act with no doer, acts done together on a third, co-hosts), the
rest are genuine (``genuine``). Expected rows by hand from tests/text/data/ANNOTATION.md (R2
types, R3 direction: symmetric types once with the smaller id as source, directed types
both ways for "A and B ... each other"; mediation and hosting give the host ``consults``
each party, the parties' own row where the text says they talked; R4 modality):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "", "ETH"),
        ("eritrea", "Eritrea", "state", "", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("somalia", "Somalia", "state", "", "SOM"),
        ("kenya", "Kenya", "state", "", "KEN"),
        ("uganda", "Uganda", "state", "", "UGA"),
        ("djibouti", "Djibouti", "state", "", "DJI"),
        ("al_shabaab", "al-Shabaab", "armed_group", "", "SOM"),
        ("egypt", "Egypt", "state", "", "EGY"),
        ("sudan", "Sudan", "state", "", "SDN"),
        ("mali", "Mali", "state", "", "MLI"),
        ("niger", "Niger", "state", "", "NER"),
        ("chad", "Chad", "state", "", "TCD"),
        ("burkina_faso", "Burkina Faso", "state", "", "BFA"),
        ("jnim", "JNIM", "armed_group", "", "MLI"),
        ("france", "France", "state", "", "FRA"),
        ("wagner", "Wagner Group", "armed_group", "Wagner", "RUS"),
        ("ecowas", "ECOWAS", "organisation", "", ""),
        ("african_union", "African Union", "organisation", "AU", ""),
        ("european_union", "European Union", "organisation", "EU", ""),
        ("united_nations", "United Nations", "organisation", "UN", ""),
        ("lna", "Libyan National Army", "armed_group", "LNA", "LBY"),
        ("gna", "Government of National Accord", "government", "GNA", "LBY"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("qatar", "Qatar", "state", "Doha", "QAT"),
        ("uae", "United Arab Emirates", "state", "UAE", "ARE"),
        ("saudi_arabia", "Saudi Arabia", "state", "Riyadh", "SAU"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("houthis", "Houthis", "armed_group", "Ansar Allah", "YEM"),
        ("oman", "Oman", "state", "", "OMN"),
        ("kuwait", "Kuwait", "state", "", "KWT"),
        ("israel", "Israel", "state", "", "ISR"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("hamas", "Hamas", "armed_group", "", "PSE"),
        ("fatah", "Fatah", "political_party", "", "PSE"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("taliban", "Taliban", "armed_group", "", "AFG"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "", "XKX"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("belarus", "Belarus", "state", "", "BLR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("jordan", "Jordan", "state", "", "JOR"),
        ("germany", "Germany", "state", "Berlin", "DEU"),
        ("hungary", "Hungary", "state", "", "HUN"),
        ("norway", "Norway", "state", "", "NOR"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"


def both(source, relation, target, modality=A):
    """A directed type given in both directions ("A and B accused each other")."""
    return {(source, relation, target, modality, ""), (target, relation, source, modality, "")}


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


RECIPROCAL = "reciprocal act"
JOINT = "joint act"
REACTION = "reaction drawn from others"
TALKS = "talks, their host, deals with several"
WRONG = "the wrong side"

CASES = [
    # -- reciprocal acts: "each other", "one another", "traded", "exchanged"
    (
        RECIPROCAL,
        "genuine",
        "Ethiopia and Eritrea accused each other of backing rebel groups.",
        both("eritrea", "opposes", "ethiopia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Hamas and Fatah accused one another of betraying the cause.",
        both("fatah", "opposes", "hamas"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Serbia and Kosovo blamed each other for the violence in the north.",
        both("kosovo", "opposes", "serbia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "India and Pakistan blamed each other for the collapse of the talks.",
        both("india", "opposes", "pakistan"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Russia and Ukraine attacked each other's energy facilities overnight.",
        both("russia", "attacks", "ukraine"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Israel and Hezbollah traded fire across the border on Sunday.",
        row("hezbollah", "fights", "israel"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "India and Pakistan exchanged fire along the Line of Control.",
        row("india", "fights", "pakistan"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "North Korea and South Korea exchanged artillery fire near the island.",
        row("north_korea", "fights", "south_korea"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Russia and Ukraine exchanged prisoners of war on Friday.",
        both("russia", "yields_to", "ukraine"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Ethiopia and Eritrea swapped prisoners after the peace deal.",
        both("eritrea", "yields_to", "ethiopia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Hamas and Fatah turned on each other in Gaza in 2007.",
        row("fatah", "fights", "hamas"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "The Taliban and Pakistan clashed with each other at the Torkham crossing.",
        row("pakistan", "fights", "taliban"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Israel and Hamas traded accusations over the stalled truce.",
        both("hamas", "opposes", "israel"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Kosovo and Serbia traded blame for the incident.",
        both("kosovo", "opposes", "serbia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Somalia and Kenya criticised each other over the maritime ruling.",
        both("kenya", "opposes", "somalia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Ethiopia and Egypt have threatened each other over the dam.",
        both("egypt", "threatens", "ethiopia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Saudi Arabia and Iran restored ties with each other in 2023.",
        both("iran", "favours", "saudi_arabia"),
    ),
    (
        RECIPROCAL,
        "genuine",
        "Chad and Sudan expelled each other's ambassadors.",
        both("chad", "reduces_relations", "sudan"),
    ),
    (RECIPROCAL, "tempt", "India and Pakistan blamed the militants for the attack.", set()),
    (
        RECIPROCAL,
        "tempt",
        "Kenya and Ethiopia accused al-Shabaab of the bombing.",
        row("kenya", "opposes", "al_shabaab") | row("ethiopia", "opposes", "al_shabaab"),
    ),
    (RECIPROCAL, "tempt", "The two delegations congratulated each other on the deal.", set()),
    (
        RECIPROCAL,
        "tempt",
        "Russia and Belarus accused Ukraine of provocations.",
        row("russia", "opposes", "ukraine") | row("belarus", "opposes", "ukraine"),
    ),
    (RECIPROCAL, "tempt", "The rival militias traded fire in the capital.", set()),
    (
        RECIPROCAL,
        "tempt",
        "Israel did not accuse Hezbollah of firing the rocket.",
        row("israel", "opposes", "hezbollah", D),
    ),
    # -- joint acts
    (
        JOINT,
        "genuine",
        "Kenya and Uganda held joint drills near the border.",
        row("kenya", "cooperates_with", "uganda"),
    ),
    (
        JOINT,
        "genuine",
        "Russia and Belarus held joint military exercises in September.",
        row("belarus", "cooperates_with", "russia"),
    ),
    (
        JOINT,
        "genuine",
        "The United States and Jordan conducted joint patrols along the frontier.",
        row("jordan", "cooperates_with", "united_states"),
    ),
    (
        JOINT,
        "genuine",
        "The United States held joint drills with South Korea.",
        row("south_korea", "cooperates_with", "united_states"),
    ),
    (
        JOINT,
        "genuine",
        "Egypt and Sudan staged joint air force exercises in 2021.",
        row("egypt", "cooperates_with", "sudan"),
    ),
    (
        JOINT,
        "genuine",
        "Mali and Niger launched a joint operation against JNIM.",
        row("mali", "cooperates_with", "niger")
        | row("mali", "attacks", "jnim")
        | row("niger", "attacks", "jnim"),
    ),
    (
        JOINT,
        "genuine",
        "French troops fought alongside Malian soldiers.",
        row("france", "cooperates_with", "mali"),
    ),
    (
        JOINT,
        "genuine",
        "Chadian forces fought alongside French troops against the jihadists.",
        row("chad", "cooperates_with", "france"),
    ),
    (
        JOINT,
        "genuine",
        "Wagner fought alongside the Malian army against JNIM.",
        row("mali", "cooperates_with", "wagner")
        | row("jnim", "fights", "wagner")
        | row("jnim", "fights", "mali"),
    ),
    (
        JOINT,
        "genuine",
        "Kenyan troops fought al-Shabaab together with Somali forces.",
        row("kenya", "cooperates_with", "somalia")
        | row("al_shabaab", "fights", "kenya")
        | row("al_shabaab", "fights", "somalia"),
    ),
    (
        JOINT,
        "genuine",
        "Uganda fought al-Shabaab alongside Somalia.",
        row("somalia", "cooperates_with", "uganda")
        | row("al_shabaab", "fights", "uganda")
        | row("al_shabaab", "fights", "somalia"),
    ),
    (
        JOINT,
        "genuine",
        "Kenya and Somalia worked closely together against al-Shabaab.",
        row("kenya", "cooperates_with", "somalia"),
    ),
    (
        JOINT,
        "genuine",
        "Israel and Egypt exchanged intelligence on the smuggling networks.",
        row("egypt", "cooperates_with", "israel"),
    ),
    (
        JOINT,
        "tempt",
        "Mali and Niger fought the jihadists together.",
        row("mali", "cooperates_with", "niger"),
    ),
    (
        JOINT,
        "tempt",
        "Turkey and Qatar both backed the GNA.",
        row("turkey", "backs", "gna") | row("qatar", "backs", "gna"),
    ),
    (
        JOINT,
        "tempt",
        "Egypt, together with the UAE, backed the LNA.",
        row("egypt", "backs", "lna") | row("uae", "backs", "lna"),
    ),
    (
        JOINT,
        "tempt",
        "Russia and Belarus held joint exercises near Ukraine's border.",
        row("belarus", "cooperates_with", "russia"),
    ),
    (JOINT, "tempt", "The joint drills ended on Tuesday.", set()),
    (JOINT, "tempt", "Burkina Faso and Mali fought jihadists in the border zone.", set()),
    # -- reactions drawn from others
    (
        REACTION,
        "genuine",
        "Israel's strike on Hezbollah drew condemnation from France and the EU.",
        row("israel", "attacks", "hezbollah")
        | row("france", "opposes", "israel")
        | row("european_union", "opposes", "israel"),
    ),
    (
        REACTION,
        "genuine",
        "The Houthi attack on the tanker drew a rebuke from the United States.",
        row("united_states", "opposes", "houthis"),
    ),
    (
        REACTION,
        "genuine",
        "Hungary's veto drew sharp criticism from Germany.",
        row("germany", "opposes", "hungary"),
    ),
    (
        REACTION,
        "genuine",
        "Mali's expulsion of the French ambassador drew protests from France.",
        row("mali", "reduces_relations", "france") | row("france", "opposes", "mali"),
    ),
    (
        REACTION,
        "genuine",
        "Uganda sent troops to Somalia, drawing praise from the African Union.",
        row("african_union", "favours", "uganda"),
    ),
    (
        REACTION,
        "genuine",
        "Pakistan's airstrikes drew condemnation from the Taliban.",
        row("taliban", "opposes", "pakistan"),
    ),
    (
        REACTION,
        "genuine",
        "Eritrea's incursion earned a rebuke from the United Nations.",
        row("united_nations", "opposes", "eritrea"),
    ),
    (
        REACTION,
        "genuine",
        "North Korea's missile test prompted protests from South Korea.",
        row("south_korea", "opposes", "north_korea"),
    ),
    (
        REACTION,
        "genuine",
        "Kenya's mediation drew praise from the African Union and the UN.",
        row("african_union", "favours", "kenya") | row("united_nations", "favours", "kenya"),
    ),
    (
        REACTION,
        "genuine",
        "Ethiopia's dam has drawn objections from Egypt and Sudan.",
        row("egypt", "opposes", "ethiopia") | row("sudan", "opposes", "ethiopia"),
    ),
    (
        REACTION,
        "genuine",
        "China blocked the resolution, drawing criticism from India.",
        row("india", "opposes", "china"),
    ),
    (
        REACTION,
        "genuine",
        "Hezbollah's rocket fire drew a warning from Israel.",
        row("israel", "warns", "hezbollah"),
    ),
    (REACTION, "tempt", "The coup drew condemnation from ECOWAS and the African Union.", set()),
    (REACTION, "tempt", "The resolution drew criticism from Israel.", set()),
    (REACTION, "tempt", "The summit drew leaders from Kenya and Uganda.", set()),
    (REACTION, "tempt", "The raid prompted protests in Pakistan.", set()),
    (REACTION, "tempt", "The vote drew praise from the EU.", set()),
    # -- talks, their host, deals with several
    (
        TALKS,
        "genuine",
        "Qatar hosted talks between the United States and the Taliban.",
        row("qatar", "consults", "united_states")
        | row("qatar", "consults", "taliban")
        | row("taliban", "consults", "united_states"),
    ),
    (
        TALKS,
        "genuine",
        "Turkey hosted talks between Russia and Ukraine in Istanbul.",
        row("russia", "consults", "turkey")
        | row("turkey", "consults", "ukraine")
        | row("russia", "consults", "ukraine"),
    ),
    (
        TALKS,
        "genuine",
        "Kenya hosted peace talks between Ethiopia and the TPLF.",
        row("ethiopia", "consults", "kenya")
        | row("kenya", "consults", "tplf")
        | row("ethiopia", "consults", "tplf"),
    ),
    (
        TALKS,
        "genuine",
        "Kuwait hosted negotiations between Saudi Arabia and the Houthis.",
        row("kuwait", "consults", "saudi_arabia")
        | row("houthis", "consults", "kuwait")
        | row("houthis", "consults", "saudi_arabia"),
    ),
    (
        TALKS,
        "genuine",
        "Talks between Ethiopia and Egypt were held in Khartoum.",
        row("egypt", "consults", "ethiopia"),
    ),
    (
        TALKS,
        "genuine",
        "Talks between Hamas and Fatah took place in Algiers.",
        row("fatah", "consults", "hamas"),
    ),
    (
        TALKS,
        "genuine",
        "Egypt mediated between Israel and Hamas.",
        row("egypt", "consults", "israel") | row("egypt", "consults", "hamas"),
    ),
    (
        TALKS,
        "genuine",
        "Oman brokered talks between Iran and the United States.",
        row("iran", "consults", "oman")
        | row("oman", "consults", "united_states")
        | row("iran", "consults", "united_states"),
    ),
    (
        TALKS,
        "genuine",
        "Kenya and Ethiopia signed separate deals with Somalia.",
        row("kenya", "agrees_with", "somalia") | row("ethiopia", "agrees_with", "somalia"),
    ),
    (
        TALKS,
        "genuine",
        "Russia and China signed separate agreements with Iran.",
        row("russia", "agrees_with", "iran") | row("china", "agrees_with", "iran"),
    ),
    (
        TALKS,
        "genuine",
        "Kenya and Uganda signed separate deals with Somalia and Djibouti.",
        row("kenya", "agrees_with", "somalia")
        | row("kenya", "agrees_with", "djibouti")
        | row("uganda", "agrees_with", "somalia")
        | row("uganda", "agrees_with", "djibouti"),
    ),
    (
        TALKS,
        "genuine",
        "Egypt signed deals with Sudan and Eritrea.",
        row("egypt", "agrees_with", "sudan") | row("egypt", "agrees_with", "eritrea"),
    ),
    (
        TALKS,
        "genuine",
        "Mali, Niger and Burkina Faso signed a defence pact.",
        both("mali", "agrees_with", "niger")
        | both("burkina_faso", "agrees_with", "mali")
        | both("burkina_faso", "agrees_with", "niger"),
    ),
    (
        TALKS,
        "genuine",
        "India and Pakistan exchanged views on the water treaty.",
        row("india", "consults", "pakistan"),
    ),
    (
        TALKS,
        "genuine",
        "Egypt and Ethiopia exchanged views in Cairo.",
        row("egypt", "consults", "ethiopia"),
    ),
    (TALKS, "tempt", "Qatar hosted talks on the future of Gaza.", set()),
    (TALKS, "tempt", "Sweden hosted the talks.", set()),
    (
        TALKS,
        "tempt",
        "Saudi Arabia and the United States hosted talks between Sudan's rivals.",
        set(),
    ),
    (
        TALKS,
        "tempt",
        "Norway and Qatar hosted talks between Israel and Hamas.",
        row("israel", "consults", "norway")
        | row("hamas", "consults", "norway")
        | row("israel", "consults", "qatar")
        | row("hamas", "consults", "qatar")
        | row("hamas", "consults", "israel"),
    ),
    # -- the wrong side: a topic, a quarrel, an exchange of words
    (
        WRONG,
        "tempt",
        "Kenya and Somalia discussed al-Shabaab.",
        row("kenya", "consults", "somalia"),
    ),
    (
        WRONG,
        "tempt",
        "The United States and Qatar discussed the Taliban.",
        row("qatar", "consults", "united_states"),
    ),
    (
        WRONG,
        "tempt",
        "Egypt and Qatar discussed Hamas's demands on Monday.",
        row("egypt", "consults", "qatar"),
    ),
    (
        WRONG,
        "tempt",
        "Turkey and Russia talked about the Kurdish militias.",
        row("russia", "consults", "turkey"),
    ),
    (
        WRONG,
        "tempt",
        "Kenya and Somalia quarrelled over the maritime border.",
        both("kenya", "opposes", "somalia"),
    ),
    (
        WRONG,
        "tempt",
        "Ethiopia and Egypt have long quarrelled over the Nile.",
        both("egypt", "opposes", "ethiopia"),
    ),
    (
        WRONG,
        "tempt",
        "Serbia quarrelled with Kosovo over licence plates.",
        row("serbia", "opposes", "kosovo"),
    ),
    (
        WRONG,
        "tempt",
        "Ethiopia and Sudan exchanged views on the border dispute.",
        row("ethiopia", "consults", "sudan"),
    ),
    (
        WRONG,
        "tempt",
        "India and China exchanged angry words over the border.",
        both("china", "opposes", "india"),
    ),
]
