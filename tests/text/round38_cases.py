"""The sentences of the round-38 audit (issue 16; BASELINE.md, round 38): collective and
joint subjects. A relation said of a list or a collective ("the governments of A and B",
"the armies of A and B", "A, B and C, which ..."), participles and relative clauses that
share the list's subjects, "jointly / together / in concert" (the list's members cooperate
on a third actor), "alongside B" adding a doer, and appositions naming allies. Written for
this round in news, wire and think-tank styles, on conflicts and actors the fresh sample
does not use (the Horn of Africa, Myanmar, the Korean peninsula, the South Caucasus,
Colombia and Venezuela, Serbia and Kosovo). About a third are built to tempt a wrong row
(``tempt``: "alongside the river", "together with its allies" with the allies unnamed,
lists of places, acts of the list on each other done "together", "together" as a sum),
the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R2 types and its round-38 additions; R3: symmetric types
once with the smaller id as source): ``(class, kind, text, rows)`` with rows ``(source,
relation, target, modality, attributed_to)``; an empty set means no row. Rows of the types
the scorer ignores are not counted either way (``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("djibouti", "Djibouti", "state", "", "DJI"),
        ("al_shabaab", "al-Shabaab", "armed_group", "al-Shabab|Shabaab", "SOM"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("myanmar", "Myanmar", "state", "Burma|the junta|Tatmadaw", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("kia", "Kachin Independence Army", "armed_group", "KIA", "MMR"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("thailand", "Thailand", "state", "Bangkok", "THA"),
        ("north_korea", "North Korea", "state", "Pyongyang|DPRK", "PRK"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("united_states", "United States", "state", "US|U.S.|Washington", "USA"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("turkey", "Turkey", "state", "Ankara|Türkiye", "TUR"),
        ("france", "France", "state", "Paris", "FRA"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("nicaragua", "Nicaragua", "state", "Managua", "NIC"),
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
        ("european_union", "European Union", "organisation", "EU", ""),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, R = "asserted", "reported"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


SYMMETRIC = {"fights", "consults", "allied_with", "cooperates_with", "borders"}


def each(sources, relation, target, modality=A):
    """The relation from each of a list's members to one target (R2, round 38); a
    symmetric type once, the smaller id as source (R3)."""
    if relation in SYMMETRIC:
        pairs = [tuple(sorted((s, target))) for s in sources]
    else:
        pairs = [(s, target) for s in sources]
    return set().union(*(row(a, relation, b, modality) for a, b in pairs))


def cooperate(*members, modality=A):
    """``cooperates_with`` between every two members of a list acting jointly, once per
    pair with the smaller id as source (R3)."""
    ids = sorted(members)
    return set().union(
        *(row(a, "cooperates_with", b, modality) for i, a in enumerate(ids) for b in ids[i + 1 :])
    )


JOINT = "a list acting jointly, together or in concert on a third actor"
NOJOINT = "together, jointly or in concert with no third actor or no named partner"
ALONG = "alongside B adding a doer"
NOALONG = "alongside a place or unnamed partners"
COLLECT = "a relation said of a collective of a list"
NOCOLLECT = "lists of places and regions"
SHARED = "participles and relative clauses sharing the list's subjects"
ALLY = "an apposition naming a list as allies"
NOALLY = "allies left unnamed"

CASES = [
    # -- a list acting jointly on a third actor: each does the act; the list cooperates
    (
        JOINT,
        "genuine",
        "Kenya and Ethiopia jointly attacked al-Shabaab in the Gedo region.",
        each(["kenya", "ethiopia"], "attacks", "al_shabaab") | cooperate("kenya", "ethiopia"),
    ),
    (
        JOINT,
        "genuine",
        "The Arakan Army and the TNLA jointly attacked the junta in northern Shan State.",
        each(["arakan_army", "tnla"], "attacks", "myanmar") | cooperate("arakan_army", "tnla"),
    ),
    (
        JOINT,
        "genuine",
        "Venezuela and Cuba jointly funded the ELN for more than a decade, the report said.",
        each(["venezuela", "cuba"], "funds", "eln", R) | cooperate("venezuela", "cuba", modality=R),
    ),
    (
        JOINT,
        "genuine",
        "Japan and South Korea together imposed sanctions on North Korea.",
        each(["japan", "south_korea"], "sanctions", "north_korea")
        | cooperate("japan", "south_korea"),
    ),
    (
        JOINT,
        "genuine",
        "The KIA and the Arakan Army jointly supported the TNLA during the offensive.",
        each(["kia", "arakan_army"], "backs", "tnla") | cooperate("kia", "arakan_army"),
    ),
    (
        JOINT,
        "genuine",
        "Serbia and Azerbaijan jointly criticised Kosovo at the Council of Europe.",
        each(["serbia", "azerbaijan"], "opposes", "kosovo") | cooperate("serbia", "azerbaijan"),
    ),
    (
        JOINT,
        "genuine",
        "Eritrea and Ethiopia jointly fought the TPLF in 2021.",
        each(["eritrea", "ethiopia"], "fights", "tplf") | cooperate("eritrea", "ethiopia"),
    ),
    (
        JOINT,
        "genuine",
        "Kenya, Ethiopia and Djibouti jointly condemned al-Shabaab after the bombing.",
        each(["kenya", "ethiopia", "djibouti"], "opposes", "al_shabaab")
        | cooperate("kenya", "ethiopia", "djibouti"),
    ),
    (
        JOINT,
        "genuine",
        "Azerbaijan and Turkey together threatened Armenia with military action, analysts said.",
        each(["azerbaijan", "turkey"], "threatens", "armenia", R)
        | cooperate("azerbaijan", "turkey", modality=R),
    ),
    (
        JOINT,
        "genuine",
        "The United States and Japan, acting in concert, sanctioned North Korea.",
        each(["united_states", "japan"], "sanctions", "north_korea")
        | cooperate("united_states", "japan"),
    ),
    (
        JOINT,
        "genuine",
        "Ethiopian and Eritrean troops jointly attacked the TPLF near Adigrat.",
        each(["ethiopia", "eritrea"], "attacks", "tplf") | cooperate("ethiopia", "eritrea"),
    ),
    (
        JOINT,
        "genuine",
        "Cuba and Nicaragua jointly backed Venezuela at the Organization of American States.",
        each(["cuba", "nicaragua"], "backs", "venezuela") | cooperate("cuba", "nicaragua"),
    ),
    (
        JOINT,
        "genuine",
        "Kenya and Somalia together fought al-Shabaab along the border.",
        each(["kenya", "somalia"], "fights", "al_shabaab") | cooperate("kenya", "somalia"),
    ),
    # -- "together" / "jointly" with the list acting on each other, alone, or as a sum
    (
        NOJOINT,
        "tempt",
        "Ethiopia and Eritrea jointly signed a peace agreement in Jeddah.",
        row("eritrea", "agrees_with", "ethiopia") | row("ethiopia", "agrees_with", "eritrea"),
    ),
    (
        NOJOINT,
        "tempt",
        "Kenya and Somalia held talks together in Nairobi on Tuesday.",
        row("kenya", "consults", "somalia"),
    ),
    (
        NOJOINT,
        "tempt",
        "Together, Kenya and Ethiopia account for most of the troops in Somalia.",
        NONE,
    ),
    (
        NOJOINT,
        "tempt",
        "Kenya, together with its allies, attacked al-Shabaab in Lamu.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        NOJOINT,
        "tempt",
        "The ELN attacked Colombian soldiers together with local militias, Bogota said.",
        row("eln", "attacks", "colombia", "reported", "colombia"),
    ),
    (
        NOJOINT,
        "tempt",
        "Japan and South Korea jointly hosted the summit in Busan.",
        NONE,
    ),
    (
        NOJOINT,
        "tempt",
        "Serbia and Kosovo agreed to work together on missing persons.",
        row("kosovo", "agrees_with", "serbia")
        | row("serbia", "agrees_with", "kosovo")
        | row("kosovo", "cooperates_with", "serbia", "planned"),
    ),
    (
        NOJOINT,
        "tempt",
        "Armenia and Azerbaijan together lost more than 6,000 soldiers in the war.",
        NONE,
    ),
    (
        NOJOINT,
        "tempt",
        "The two countries jointly attacked al-Shabaab, officials said.",
        NONE,
    ),
    (
        NOJOINT,
        "tempt",
        "China acted in concert with its partners to shield the junta at the UN.",
        row("china", "backs", "myanmar"),
    ),
    # -- "alongside B": B does the act too
    (
        ALONG,
        "genuine",
        "Cuba, alongside Nicaragua, backed Venezuela at the meeting.",
        each(["cuba", "nicaragua"], "backs", "venezuela"),
    ),
    (
        ALONG,
        "genuine",
        "Japan, alongside South Korea and the United States, condemned North Korea.",
        each(["japan", "south_korea", "united_states"], "opposes", "north_korea"),
    ),
    (
        ALONG,
        "genuine",
        "Alongside Ethiopia, Kenya attacked al-Shabaab in Gedo.",
        each(["ethiopia", "kenya"], "attacks", "al_shabaab"),
    ),
    (
        ALONG,
        "genuine",
        "Turkey, alongside Azerbaijan, accused Armenia of provocations.",
        each(["turkey", "azerbaijan"], "opposes", "armenia"),
    ),
    (
        ALONG,
        "genuine",
        "Djibouti was one of the few countries, alongside Kenya, that backed Somalia's request.",
        each(["djibouti", "kenya"], "backs", "somalia"),
    ),
    (
        ALONG,
        "genuine",
        "The European Union, alongside France, sanctioned Azerbaijan's officials.",
        each(["european_union", "france"], "sanctions", "azerbaijan"),
    ),
    (
        ALONG,
        "genuine",
        "The Arakan Army fought alongside the KIA against the junta.",
        row("arakan_army", "cooperates_with", "kia")
        | each(["arakan_army", "kia"], "fights", "myanmar"),
    ),
    (
        ALONG,
        "genuine",
        "China, alongside Thailand, pressed the junta to hold talks.",
        each(["china", "thailand"], "demands", "myanmar"),
    ),
    # -- "alongside" a place, a thing or unnamed partners
    (
        NOALONG,
        "tempt",
        "Kenyan troops advanced alongside the Juba River and attacked al-Shabaab.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        NOALONG,
        "tempt",
        "Ethiopia, alongside its regional partners, condemned the TPLF.",
        row("ethiopia", "opposes", "tplf"),
    ),
    (
        NOALONG,
        "tempt",
        "Alongside the talks, Serbia criticised Kosovo's police raids.",
        row("serbia", "opposes", "kosovo"),
    ),
    (
        NOALONG,
        "tempt",
        "The junta, alongside the new constitution, announced elections.",
        NONE,
    ),
    (
        NOALONG,
        "tempt",
        "Colombia deployed troops alongside the border with Venezuela.",
        NONE,
    ),
    (
        NOALONG,
        "tempt",
        "Alongside sanctions, Japan condemned North Korea's missile launch.",
        row("japan", "opposes", "north_korea"),
    ),
    (
        NOALONG,
        "tempt",
        "Somalia, alongside other members, criticised al-Shabaab.",
        row("somalia", "opposes", "al_shabaab"),
    ),
    # -- a collective named by a list: each member
    (
        COLLECT,
        "genuine",
        "The governments of Kenya and Ethiopia condemned al-Shabaab.",
        each(["kenya", "ethiopia"], "opposes", "al_shabaab"),
    ),
    (
        COLLECT,
        "genuine",
        "The armies of Ethiopia and Eritrea attacked the TPLF in November.",
        each(["ethiopia", "eritrea"], "attacks", "tplf"),
    ),
    (
        COLLECT,
        "genuine",
        "Forces of Kenya and Djibouti fought al-Shabaab near Kismayo.",
        each(["kenya", "djibouti"], "fights", "al_shabaab"),
    ),
    (
        COLLECT,
        "genuine",
        "The foreign ministers of Japan and South Korea criticised North Korea.",
        each(["japan", "south_korea"], "opposes", "north_korea"),
    ),
    (
        COLLECT,
        "genuine",
        "Troops of the Kenyan army and the Ethiopian army attacked al-Shabaab.",
        each(["kenya", "ethiopia"], "attacks", "al_shabaab"),
    ),
    (
        COLLECT,
        "genuine",
        "The three countries, Kenya, Ethiopia and Djibouti, condemned al-Shabaab.",
        each(["kenya", "ethiopia", "djibouti"], "opposes", "al_shabaab"),
    ),
    (
        COLLECT,
        "genuine",
        "The leaders of Cuba and Nicaragua backed Venezuela's government.",
        each(["cuba", "nicaragua"], "backs", "venezuela"),
    ),
    (
        COLLECT,
        "genuine",
        "The navies of Japan and the United States shadowed North Korean vessels, then "
        "the two governments sanctioned North Korea.",
        each(["japan", "united_states"], "sanctions", "north_korea"),
    ),
    # -- lists of places, regions and possessed nouns
    (
        NOCOLLECT,
        "tempt",
        "Al-Shabaab attacked towns in Kenya, Ethiopia and Somalia.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "The Horn of Africa, including Ethiopia, Eritrea and Somalia, has seen rising violence.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "The wider region of Kenya, Somalia and Ethiopia has suffered drought for years.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "Refugees from Myanmar crossed into Thailand and China.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "The borders of Armenia and Azerbaijan remain closed.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "The economies of Serbia and Kosovo depend on the European Union.",
        NONE,
    ),
    (
        NOCOLLECT,
        "tempt",
        "The people of Kenya and Somalia share a long border and a common history.",
        NONE,
    ),
    # -- participles and relative clauses sharing the list's subjects
    (
        SHARED,
        "genuine",
        "Kenya, Ethiopia and Djibouti condemned al-Shabaab, accusing it of killing civilians.",
        each(["kenya", "ethiopia", "djibouti"], "opposes", "al_shabaab"),
    ),
    (
        SHARED,
        "genuine",
        "Japan and South Korea condemned the launch, imposing new sanctions on North Korea.",
        each(["japan", "south_korea"], "sanctions", "north_korea"),
    ),
    (
        SHARED,
        "genuine",
        "Serbia criticised the EU, accusing it of backing Kosovo.",
        row("serbia", "opposes", "european_union")
        | row("european_union", "backs", "kosovo", "reported", "serbia"),
    ),
    (
        SHARED,
        "genuine",
        "Kenya and Somalia, which both fight al-Shabaab, held talks in Nairobi.",
        each(["kenya", "somalia"], "fights", "al_shabaab") | row("kenya", "consults", "somalia"),
    ),
    (
        SHARED,
        "genuine",
        "Cuba and Nicaragua, which have long backed Venezuela, condemned the sanctions.",
        each(["cuba", "nicaragua"], "backs", "venezuela"),
    ),
    (
        SHARED,
        "genuine",
        "Kenya and Somalia, backed by the European Union, attacked al-Shabaab.",
        each(["kenya", "somalia"], "attacks", "al_shabaab")
        | row("european_union", "backs", "kenya")
        | row("european_union", "backs", "somalia"),
    ),
    (
        SHARED,
        "genuine",
        "Eritrea and Ethiopia attacked the TPLF, killing hundreds of its fighters.",
        each(["eritrea", "ethiopia"], "attacks", "tplf"),
    ),
    (
        SHARED,
        "genuine",
        "Japan and South Korea, whose governments oppose North Korea, held joint drills.",
        each(["japan", "south_korea"], "opposes", "north_korea")
        | row("japan", "cooperates_with", "south_korea"),
    ),
    (
        SHARED,
        "genuine",
        "Azerbaijan and Turkey cut ties with Armenia, imposing a blockade on it.",
        each(["azerbaijan", "turkey"], "reduces_relations", "armenia")
        | each(["azerbaijan", "turkey"], "coerces", "armenia"),
    ),
    (
        SHARED,
        "tempt",
        "Kenya and Ethiopia condemned al-Shabaab, citing the attack on Mandera.",
        each(["kenya", "ethiopia"], "opposes", "al_shabaab"),
    ),
    (
        SHARED,
        "tempt",
        "Japan and South Korea held talks, saying North Korea remained a concern.",
        row("japan", "consults", "south_korea"),
    ),
    # -- an apposition naming a list as allies
    (
        ALLY,
        "genuine",
        "Cuba and Nicaragua, Venezuela's closest allies, condemned the sanctions.",
        row("cuba", "allied_with", "venezuela") | row("nicaragua", "allied_with", "venezuela"),
    ),
    (
        ALLY,
        "genuine",
        "Eritrea, Ethiopia's closest ally, attacked the TPLF.",
        row("eritrea", "allied_with", "ethiopia") | row("eritrea", "attacks", "tplf"),
    ),
    (
        ALLY,
        "genuine",
        "Kenya and Djibouti, Somalia's staunchest allies, pledged support to its government.",
        row("djibouti", "allied_with", "somalia")
        | row("kenya", "allied_with", "somalia")
        | each(["kenya", "djibouti"], "backs", "somalia"),
    ),
    (
        ALLY,
        "genuine",
        "Venezuela's main allies, Cuba and Nicaragua, condemned the vote.",
        row("cuba", "allied_with", "venezuela") | row("nicaragua", "allied_with", "venezuela"),
    ),
    # -- allies and partners left unnamed
    (
        NOALLY,
        "tempt",
        "Kenya and its allies attacked al-Shabaab.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        NOALLY,
        "tempt",
        "Venezuela's allies condemned the sanctions.",
        NONE,
    ),
    (
        NOALLY,
        "tempt",
        "Serbia, with the support of its allies, rejected Kosovo's bid.",
        row("serbia", "rejects", "kosovo"),
    ),
    (
        NOALLY,
        "tempt",
        "The junta and its backers shelled KIA positions.",
        row("myanmar", "attacks", "kia"),
    ),
]
