"""The sentences of the round-34 audit (issue 16; BASELINE.md, round 34): threats and
commitments said indirectly: a vow, pledge or promise to use force ("vowed to crush",
"promised to retaliate against"), a warning that announces force ("warned it would
retaliate"), "threatened X with sanctions", a refusal to rule out force ("has not ruled out
military action against"), revenge vowed on an actor, an obligation by treaty or law to
defend or arm ("is bound by treaty to defend", "is obliged to come to X's defence"), and a
pledge to defend ("pledged to defend X if attacked"). Written for this round in news, wire
and think-tank styles, on conflicts and actors the fresh sample does not use (the Korean
peninsula, India and Pakistan, Russia and NATO, Turkey and the PKK, Greece, Venezuela and
Guyana, Serbia and Kosovo, the Nile dam, Somalia, the Sahel, Lebanon, the Pakistani
Taliban, the South China Sea). About a third are built to tempt a wrong row (``tempt``:
"vowed to fight corruption", "threatened to resign", "did not rule out talks with",
"pledged to rebuild", "is bound by the constitution", a vow or warning with no actor
target), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R2: a vow to defeat, a threat of force or harm and a warning
that announces force are ``threatens``; R4: the threat asserted, the threatened act
``planned`` when announced as decided and ``hypothetical`` when conditional or only not
ruled out, annotated only when its target is an actor; R4 round-34 additions 1-4 for
"threatened X with", a refusal to rule out, obligations and pledges to defend):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row. Rows of the types the scorer ignores are not
counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("north_korea", "North Korea", "state", "Pyongyang|DPRK", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("let", "Lashkar-e-Taiba", "armed_group", "LeT", "PAK"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("ukraine", "Ukraine", "state", "Kyiv", "UKR"),
        ("nato", "NATO", "organisation", "North Atlantic Treaty Organization", ""),
        ("poland", "Poland", "state", "Warsaw", "POL"),
        ("estonia", "Estonia", "state", "Tallinn", "EST"),
        ("turkey", "Turkey", "state", "Ankara|Türkiye", "TUR"),
        ("pkk", "Kurdistan Workers' Party", "armed_group", "PKK", "TUR"),
        ("greece", "Greece", "state", "Athens", "GRC"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("guyana", "Guyana", "state", "Georgetown", "GUY"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("egypt", "Egypt", "state", "Cairo", "EGY"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("al_shabaab", "al-Shabaab", "armed_group", "Al Shabaab", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("mali", "Mali", "state", "Bamako", "MLI"),
        ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "JNIM", "MLI"),
        ("israel", "Israel", "state", "", "ISR"),
        ("iran", "Iran", "state", "Tehran", "IRN"),
        ("hezbollah", "Hezbollah", "armed_group", "", "LBN"),
        ("lebanon", "Lebanon", "state", "Beirut", "LBN"),
        ("ttp", "Tehrik-i-Taliban Pakistan", "armed_group", "TTP|Pakistani Taliban", "PAK"),
        ("afghanistan", "Afghanistan", "state", "Kabul", "AFG"),
        ("philippines", "Philippines", "state", "the Philippines|Manila", "PHL"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("france", "France", "state", "Paris", "FRA"),
        ("eu", "European Union", "organisation", "EU", ""),
        ("kim", "Kim Jong Un", "person", "Kim", "PRK"),
        ("erdogan", "Recep Tayyip Erdogan", "person", "Erdogan", "TUR"),
        ("maduro", "Nicolas Maduro", "person", "Maduro", "VEN"),
        ("vucic", "Aleksandar Vucic", "person", "Vucic", "SRB"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, P, H, D, E, R = "asserted", "planned", "hypothetical", "denied", "ended", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def threat(source, target, act=None, modality=P, claimant=""):
    """A threat (asserted) and, where the text names it, the threatened act (R4)."""
    rows = row(source, "threatens", target)
    if act is not None:
        rows |= row(source, act, target, modality, claimant)
    return rows


VOW = "vows and promises of force"
WARN = "warnings that announce force"
WITH = "threatened X with a penalty"
RULE = "force not ruled out"
REVENGE = "revenge and responses vowed"
BOUND = "obligations by treaty or law"
PLEDGE = "pledges to defend or protect"
OTHER = "vows, threats and obligations with no hostile relation"

CASES = [
    # -- vows and promises of force: threatens asserted, the act planned (R2, R4)
    (
        VOW,
        "genuine",
        "Kim Jong Un vowed to destroy South Korea if provoked.",
        threat("kim", "south_korea", "attacks", H),
    ),
    (
        VOW,
        "genuine",
        "Somalia's president vowed to crush al-Shabaab within a year.",
        threat("somalia", "al_shabaab", "attacks"),
    ),
    (
        VOW,
        "genuine",
        "The Malian junta has vowed to defeat JNIM.",
        threat("mali", "jnim") | row("jnim", "fights", "mali", P),
    ),
    (
        VOW,
        "genuine",
        "Turkey promised to crush the PKK in northern Iraq.",
        threat("turkey", "pkk", "attacks"),
    ),
    (VOW, "genuine", "Erdogan vowed to eliminate the PKK.", threat("erdogan", "pkk", "attacks")),
    (
        VOW,
        "genuine",
        "India has vowed to punish Lashkar-e-Taiba for the Mumbai attacks.",
        threat("india", "let"),
    ),
    (
        VOW,
        "genuine",
        "Pakistan pledged to wipe out the TTP after the Peshawar school massacre.",
        threat("pakistan", "ttp", "attacks"),
    ),
    (
        VOW,
        "genuine",
        "Israel vowed to strike Hezbollah wherever it operates.",
        threat("israel", "hezbollah", "attacks"),
    ),
    (
        VOW,
        "genuine",
        "Hezbollah has promised to retaliate against Israel.",
        threat("hezbollah", "israel", "attacks"),
    ),
    (
        VOW,
        "genuine",
        "Kenya vowed to hunt down al-Shabaab after the Garissa attack.",
        threat("kenya", "al_shabaab"),
    ),
    (
        VOW,
        "genuine",
        "North Korea has repeatedly vowed to annihilate the United States.",
        threat("north_korea", "united_states", "attacks"),
    ),
    (
        VOW,
        "genuine",
        "The Pakistani army pledged to defeat the TTP.",
        threat("pakistan", "ttp", "fights"),
    ),
    # -- warnings that announce force: threatens (R2), the act planned ("would" after saying)
    (
        WARN,
        "genuine",
        "North Korea warned it would retaliate against South Korea.",
        threat("north_korea", "south_korea", "attacks", P, "north_korea"),
    ),
    (
        WARN,
        "genuine",
        "Israel warned that it would strike Hezbollah.",
        threat("israel", "hezbollah", "attacks", P, "israel"),
    ),
    (
        WARN,
        "genuine",
        "Ankara warned it would launch a new offensive against the PKK.",
        threat("turkey", "pkk", "attacks", P, "turkey"),
    ),
    (
        WARN,
        "genuine",
        "Greece warned Turkey that it would respond with force to any incursion.",
        threat("greece", "turkey"),
    ),
    (
        WARN,
        "genuine",
        "Russia warned that it would attack NATO supply lines in Poland.",
        threat("russia", "nato", "attacks", P, "russia"),
    ),
    (WARN, "genuine", "India warned Pakistan of a military response.", threat("india", "pakistan")),
    (
        WARN,
        "genuine",
        "Israel warned Hezbollah that it would respond to any attack.",
        threat("israel", "hezbollah"),
    ),
    (
        WARN,
        "tempt",
        "Poland warned Russia against attacking Ukraine.",
        row("poland", "warns", "russia") | row("russia", "attacks", "ukraine", H),
    ),
    (
        WARN,
        "tempt",
        "Japan warned that China would attack the Philippines.",
        row("china", "attacks", "philippines", P, "japan"),
    ),
    (
        WARN,
        "genuine",
        "Seoul warned Pyongyang against further provocations.",
        row("south_korea", "warns", "north_korea"),
    ),
    (
        WARN,
        "genuine",
        "Russia warned Estonia against blocking its ships.",
        row("russia", "warns", "estonia") | row("estonia", "coerces", "russia", H),
    ),
    # -- threatened X with a penalty: threatens, the penalty planned (round-34 addition 1)
    (
        WITH,
        "genuine",
        "The EU threatened Serbia with sanctions.",
        threat("eu", "serbia", "sanctions"),
    ),
    (
        WITH,
        "genuine",
        "Washington threatened Venezuela with new sanctions over the election.",
        threat("united_states", "venezuela", "sanctions"),
    ),
    (
        WITH,
        "genuine",
        "Turkey threatened Greece with war over the islands.",
        threat("turkey", "greece") | row("greece", "fights", "turkey", P),
    ),
    (
        WITH,
        "genuine",
        "The United States threatened to impose sanctions on Serbia.",
        threat("united_states", "serbia", "sanctions"),
    ),
    (WITH, "genuine", "Russia threatened to strike Poland.", threat("russia", "poland", "attacks")),
    (
        WITH,
        "genuine",
        "Maduro threatened Guyana with annexation of the Essequibo.",
        threat("maduro", "guyana"),
    ),
    (
        WITH,
        "genuine",
        "Somalia threatened to expel Kenya's ambassador.",
        threat("somalia", "kenya", "reduces_relations"),
    ),
    (
        WITH,
        "genuine",
        "Egypt threatened Ethiopia with military action over the dam.",
        threat("egypt", "ethiopia"),
    ),
    # -- force not ruled out: threatens, the act hypothetical (round-34 addition 2)
    (
        RULE,
        "genuine",
        "Egypt has not ruled out military action against Ethiopia.",
        threat("egypt", "ethiopia", "attacks", H),
    ),
    (
        RULE,
        "genuine",
        "Venezuela has never ruled out the use of force against Guyana.",
        threat("venezuela", "guyana"),
    ),
    (
        RULE,
        "genuine",
        "Serbia did not rule out a military intervention in Kosovo.",
        threat("serbia", "kosovo"),
    ),
    (
        RULE,
        "genuine",
        "Israel refused to rule out strikes on Hezbollah.",
        threat("israel", "hezbollah", "attacks", H),
    ),
    (
        RULE,
        "genuine",
        "India would not rule out strikes on Pakistan.",
        threat("india", "pakistan", "attacks", H),
    ),
    # -- revenge and responses vowed: threatens (R2)
    (
        REVENGE,
        "genuine",
        "Hezbollah vowed revenge on Israel for the killing of its commander.",
        threat("hezbollah", "israel"),
    ),
    (
        REVENGE,
        "genuine",
        "The Pakistani Taliban vowed revenge against Pakistan.",
        threat("ttp", "pakistan"),
    ),
    (
        REVENGE,
        "genuine",
        "Pyongyang promised a merciless response to Seoul.",
        threat("north_korea", "south_korea"),
    ),
    (
        REVENGE,
        "genuine",
        "Israel vowed a harsh response against Hezbollah.",
        threat("israel", "hezbollah"),
    ),
    (REVENGE, "genuine", "JNIM vowed vengeance against France.", threat("jnim", "france")),
    # -- obligations by treaty or law: the act planned (round-34 addition 3)
    (
        BOUND,
        "genuine",
        "The United States is bound by treaty to defend Japan.",
        row("united_states", "backs", "japan", P),
    ),
    (
        BOUND,
        "genuine",
        "Turkey is obliged by treaty to come to Estonia's defence.",
        row("turkey", "backs", "estonia", P),
    ),
    (
        BOUND,
        "genuine",
        "The United States is obligated to defend the Philippines under the 1951 treaty.",
        row("united_states", "backs", "philippines", P),
    ),
    (
        BOUND,
        "genuine",
        "Under Article 5, NATO is obliged to defend Estonia.",
        row("nato", "backs", "estonia", P),
    ),
    (
        BOUND,
        "genuine",
        "France is bound by its agreements to provide Mali with weapons.",
        row("france", "arms", "mali", P),
    ),
    (
        BOUND,
        "genuine",
        "Japan is committed by treaty to supporting the United States.",
        row("japan", "backs", "united_states", P),
    ),
    # -- pledges to defend or protect: backs, planned or hypothetical (round-34 addition 4)
    (
        PLEDGE,
        "genuine",
        "Kenya pledged to defend Somalia if it were attacked.",
        row("kenya", "backs", "somalia", H),
    ),
    (
        PLEDGE,
        "genuine",
        "The United States promised to defend South Korea.",
        row("united_states", "backs", "south_korea", P),
    ),
    (PLEDGE, "genuine", "Poland vowed to protect Estonia.", row("poland", "backs", "estonia", P)),
    (
        PLEDGE,
        "genuine",
        "Russia pledged to supply Serbia with fighter jets.",
        row("russia", "arms", "serbia", P),
    ),
    (
        PLEDGE,
        "genuine",
        "Poland pledged unconditional support to Ukraine.",
        row("poland", "backs", "ukraine"),
    ),
    (PLEDGE, "genuine", "China vowed to stand by Pakistan.", row("china", "backs", "pakistan", P)),
    # -- no hostile relation: no threatens row, nor any other the text does not state
    (OTHER, "tempt", "Erdogan vowed to fight corruption.", NONE),
    (OTHER, "tempt", "Kenya's president vowed to pursue peace.", NONE),
    (OTHER, "tempt", "Pakistan's prime minister threatened to resign.", NONE),
    (OTHER, "tempt", "Vucic threatened to call early elections.", NONE),
    (OTHER, "tempt", "Ethiopia pledged to rebuild the country after the war.", NONE),
    (OTHER, "tempt", "Serbia is bound by the constitution to hold a referendum.", NONE),
    (OTHER, "tempt", "Japan is obliged by law to hold elections every four years.", NONE),
    (OTHER, "tempt", "The Malian junta vowed to crush dissent.", NONE),
    (OTHER, "tempt", "Greece promised to defeat inflation.", NONE),
    (OTHER, "tempt", "India warned of a humanitarian crisis in the region.", NONE),
    (OTHER, "tempt", "The Philippines vowed to defend its sovereignty.", NONE),
    (OTHER, "tempt", "Somalia vowed to defend the constitution.", NONE),
    (
        OTHER,
        "tempt",
        "Kosovo did not rule out talks with Serbia.",
        row("kosovo", "consults", "serbia", H) | row("kosovo", "rejects", "serbia", D),
    ),
    (
        OTHER,
        "tempt",
        "India ruled out talks with Pakistan.",
        row("india", "consults", "pakistan", D) | row("india", "rejects", "pakistan"),
    ),
    (
        OTHER,
        "tempt",
        "Egypt has ruled out military action against Ethiopia.",
        row("egypt", "attacks", "ethiopia", D),
    ),
    (
        OTHER,
        "tempt",
        "Ukraine vowed to continue talks with the EU.",
        row("eu", "consults", "ukraine", P),
    ),
    (
        OTHER,
        "tempt",
        "Japan pledged to strengthen ties with the Philippines.",
        row("japan", "favours", "philippines", P),
    ),
    (OTHER, "tempt", "Lebanon threatened to file a complaint with the United Nations.", NONE),
    (OTHER, "tempt", "Guyana vowed to protect its territory.", NONE),
    (OTHER, "tempt", "The United States is bound by the Constitution.", NONE),
    (OTHER, "tempt", "Mali promised to hold elections in 2024.", NONE),
    (OTHER, "tempt", "Turkey warned of rising tensions in the Aegean.", NONE),
    (OTHER, "tempt", "North Korea pledged to respect the armistice.", NONE),
    (OTHER, "tempt", "Israel vowed to bring the hostages home.", NONE),
]
