"""The sentences of the round-46 audit (issue 16; BASELINE.md, round 46): relational
nouns (ally, backer, patron, sponsor, proxy, rival, enemy, foe, adversary) with a possessor
(a person, a state, a group, "its") and the actors they name: in apposition after or before
the noun (straight or curly apostrophe), as a copula's predicate, in an "as" phrase before
the verb or on the subject, in subject and object positions. Written for this round on
conflicts and actors the fresh sample does not use (Serbia, Belarus, Venezuela, Cuba, North
Korea, Armenia and Azerbaijan, Rwanda and M23, Pakistan and the Taliban, Colombia and the
ELN). About a third built to tempt a wrong row (``tempt``: unnamed allies, "allies in
parliament", an ally that is no actor, a possessor that is no actor, a list that is no
apposition, an "as" phrase after its verb); the rest genuine. Expected rows by hand from
tests/text/data/ANNOTATION.md (R2, R3, R4, R5 and their round-46 additions):
``(class, kind, text, rows)`` with rows ``(source, relation, target, modality,
attributed_to)``; an empty set means no row."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("russia", "Russia", "state", "Moscow", "RUS"),
        ("china", "China", "state", "Beijing", "CHN"),
        ("belarus", "Belarus", "state", "Minsk", "BLR"),
        ("aleksandar_vucic", "Aleksandar Vucic", "person", "Vucic", "SRB"),
        ("alexander_lukashenko", "Alexander Lukashenko", "person", "Lukashenko", "BLR"),
        ("armenia", "Armenia", "state", "Yerevan", "ARM"),
        ("azerbaijan", "Azerbaijan", "state", "Baku", "AZE"),
        ("turkey", "Turkey", "state", "Ankara", "TUR"),
        ("pakistan", "Pakistan", "state", "Islamabad", "PAK"),
        ("taliban", "Taliban", "armed_group", "Afghan Taliban", "AFG"),
        ("india", "India", "state", "New Delhi", "IND"),
        ("kim_jong_un", "Kim Jong Un", "person", "Kim", "PRK"),
        ("north_korea", "North Korea", "state", "Pyongyang", "PRK"),
        ("nicolas_maduro", "Nicolas Maduro", "person", "Maduro", "VEN"),
        ("venezuela", "Venezuela", "state", "Caracas", "VEN"),
        ("cuba", "Cuba", "state", "Havana", "CUB"),
        ("eln", "National Liberation Army", "armed_group", "ELN", "COL"),
        ("colombia", "Colombia", "state", "Bogota", "COL"),
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("united_states", "United States", "state", "Washington|US", "USA"),
        ("japan", "Japan", "state", "Tokyo", "JPN"),
        ("south_korea", "South Korea", "state", "Seoul", "KOR"),
        ("m23", "M23", "armed_group", "M23 rebels", "COD"),
        ("rwanda", "Rwanda", "state", "Kigali", "RWA"),
        ("dr_congo", "Democratic Republic of the Congo", "state", "DR Congo|Kinshasa", "COD"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

CASES = [
    (
        "possessed_list_after",
        "genuine",
        "Serbian President Aleksandar Vucic’s closest allies, Russia and China, blocked the "
        "resolution on Monday.",
        {
            ("aleksandar_vucic", "allied_with", "china", "asserted", ""),
            ("aleksandar_vucic", "allied_with", "russia", "asserted", ""),
            ("aleksandar_vucic", "leads", "serbia", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Serbian President Aleksandar Vucic's closest allies, Russia and China, blocked the "
        "resolution.",
        {
            ("aleksandar_vucic", "allied_with", "china", "asserted", ""),
            ("aleksandar_vucic", "allied_with", "russia", "asserted", ""),
            ("aleksandar_vucic", "leads", "serbia", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Belarusian leader Alexander Lukashenko’s main ally, Russia, sent troops to the border.",
        {
            ("alexander_lukashenko", "allied_with", "russia", "asserted", ""),
            ("alexander_lukashenko", "leads", "belarus", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Maduro's allies, Cuba and Russia, condemned the new sanctions.",
        {
            ("cuba", "allied_with", "nicolas_maduro", "asserted", ""),
            ("nicolas_maduro", "allied_with", "russia", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Maduro’s long-time allies, Cuba and Russia, sent advisers to Caracas.",
        {
            ("cuba", "allied_with", "nicolas_maduro", "asserted", ""),
            ("nicolas_maduro", "allied_with", "russia", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Kim Jong Un's main backer, China, sent food aid.",
        {("china", "backs", "kim_jong_un", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "The ELN's main patron, Venezuela, denied the report.",
        {("venezuela", "backs", "eln", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "Rwanda's proxies, the M23 rebels, seized Goma in January.",
        {("rwanda", "backs", "m23", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "Pakistan's proxy, the Afghan Taliban, took Kabul in 2021.",
        {("pakistan", "backs", "taliban", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "Azerbaijan's regional rival, Armenia, protested the move.",
        {("armenia", "opposes", "azerbaijan", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "Armenia's main foe, Azerbaijan, launched an offensive.",
        {("azerbaijan", "opposes", "armenia", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "Belarus’s closest ally, Russia, pledged support to Minsk.",
        {
            ("belarus", "allied_with", "russia", "asserted", ""),
            ("russia", "backs", "belarus", "asserted", ""),
        },
    ),
    (
        "possessed_list_after",
        "genuine",
        "Kinshasa's main adversary, Rwanda, rejected the charge.",
        {("rwanda", "opposes", "dr_congo", "asserted", "")},
    ),
    (
        "possessed_list_after",
        "genuine",
        "North Korea's sole treaty ally, China, called for calm.",
        {("china", "allied_with", "north_korea", "asserted", "")},
    ),
    (
        "possessed_list_before",
        "genuine",
        "Russia and China, Vucic's staunchest allies, blocked the resolution.",
        {
            ("aleksandar_vucic", "allied_with", "china", "asserted", ""),
            ("aleksandar_vucic", "allied_with", "russia", "asserted", ""),
        },
    ),
    (
        "possessed_list_before",
        "genuine",
        "Japan and South Korea, Washington's treaty allies, joined the drills.",
        {
            ("japan", "allied_with", "united_states", "asserted", ""),
            ("south_korea", "allied_with", "united_states", "asserted", ""),
        },
    ),
    (
        "possessed_list_before",
        "genuine",
        "Turkey, Azerbaijan's closest ally, closed the border with Armenia.",
        {
            ("azerbaijan", "allied_with", "turkey", "asserted", ""),
            ("turkey", "coerces", "armenia", "asserted", ""),
        },
    ),
    (
        "possessed_list_before",
        "genuine",
        "Eritrea, the TPLF's old enemy, sent troops into Tigray.",
        {("eritrea", "opposes", "tplf", "asserted", "")},
    ),
    (
        "possessed_list_before",
        "genuine",
        "Cuba, Maduro’s closest ally, condemned the raid.",
        {("cuba", "allied_with", "nicolas_maduro", "asserted", "")},
    ),
    (
        "possessed_list_before",
        "genuine",
        "China, Pyongyang's main backer, abstained.",
        {("china", "backs", "north_korea", "asserted", "")},
    ),
    (
        "possessed_list_before",
        "genuine",
        "Venezuela, long the ELN's patron, hosted the talks.",
        {("venezuela", "backs", "eln", "asserted", "")},
    ),
    (
        "possessed_list_before",
        "genuine",
        "Rwanda, M23's main sponsor, denied sending troops.",
        {("rwanda", "backs", "m23", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "Russia and China are Vucic's main allies.",
        {
            ("aleksandar_vucic", "allied_with", "china", "asserted", ""),
            ("aleksandar_vucic", "allied_with", "russia", "asserted", ""),
        },
    ),
    (
        "copula",
        "genuine",
        "Russia is Lukashenko's closest ally.",
        {("alexander_lukashenko", "allied_with", "russia", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "Cuba remains Maduro's most loyal ally.",
        {("cuba", "allied_with", "nicolas_maduro", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "China is North Korea's main backer.",
        {("china", "backs", "north_korea", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "Rwanda is the main sponsor of M23.",
        {("rwanda", "backs", "m23", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "Azerbaijan is Armenia's chief rival in the Caucasus.",
        {("azerbaijan", "opposes", "armenia", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "The Afghan Taliban were long Pakistan's proxy.",
        {("pakistan", "backs", "taliban", "asserted", "")},
    ),
    (
        "copula",
        "genuine",
        "Venezuela has been the ELN's patron for years.",
        {("venezuela", "backs", "eln", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Lukashenko's main ally, Russia vetoed the measure.",
        {("alexander_lukashenko", "allied_with", "russia", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Lukashenko's closest ally, Russia rejected the sanctions.",
        {("alexander_lukashenko", "allied_with", "russia", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Belarus's main ally, Russia vetoed the measure.",
        {("belarus", "allied_with", "russia", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Maduro's long-time patron, Cuba sent advisers.",
        {("cuba", "backs", "nicolas_maduro", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Armenia's rival, Azerbaijan closed the border.",
        {("azerbaijan", "opposes", "armenia", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Rwanda's proxy, M23 seized Goma.",
        {("rwanda", "backs", "m23", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "Russia, as Belarus's main ally, vetoed the measure.",
        {("belarus", "allied_with", "russia", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "Cuba, as Maduro’s closest ally, condemned the raid.",
        {("cuba", "allied_with", "nicolas_maduro", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As North Korea's chief backer, China shipped oil to Pyongyang.",
        {("china", "backs", "north_korea", "asserted", "")},
    ),
    (
        "as_phrase",
        "genuine",
        "As Kinshasa's main adversary, Rwanda faces sanctions.",
        {("rwanda", "opposes", "dr_congo", "asserted", "")},
    ),
    (
        "object_position",
        "genuine",
        "Russia condemned the sanctions on its ally Belarus.",
        {("belarus", "allied_with", "russia", "asserted", "")},
    ),
    (
        "object_position",
        "genuine",
        "The United States pledged to defend its allies, Japan and South Korea.",
        {
            ("japan", "allied_with", "united_states", "asserted", ""),
            ("south_korea", "allied_with", "united_states", "asserted", ""),
            ("united_states", "backs", "japan", "planned", ""),
            ("united_states", "backs", "south_korea", "planned", ""),
        },
    ),
    (
        "object_position",
        "genuine",
        "Washington met its treaty allies Japan and South Korea in Tokyo.",
        {
            ("japan", "allied_with", "united_states", "asserted", ""),
            ("japan", "consults", "united_states", "asserted", ""),
            ("south_korea", "allied_with", "united_states", "asserted", ""),
            ("south_korea", "consults", "united_states", "asserted", ""),
        },
    ),
    (
        "object_position",
        "genuine",
        "Baku thanked its closest ally, Turkey, for its support.",
        {
            ("azerbaijan", "allied_with", "turkey", "asserted", ""),
            ("azerbaijan", "favours", "turkey", "asserted", ""),
        },
    ),
    (
        "object_position",
        "genuine",
        "India accused Pakistan's proxies, the Afghan Taliban, of sheltering militants.",
        {
            ("india", "opposes", "taliban", "asserted", ""),
            ("pakistan", "backs", "taliban", "reported", "india"),
        },
    ),
    (
        "object_position",
        "genuine",
        "Armenia protested to Azerbaijan's main ally, Turkey.",
        {
            ("armenia", "opposes", "turkey", "asserted", ""),
            ("azerbaijan", "allied_with", "turkey", "asserted", ""),
        },
    ),
    (
        "object_position",
        "genuine",
        "Colombia asked the ELN's patron, Venezuela, to end its support.",
        {
            ("colombia", "appeals_to", "venezuela", "asserted", ""),
            ("venezuela", "backs", "eln", "asserted", ""),
        },
    ),
    ("unnamed", "tempt", "Russia and its allies blocked the resolution.", set()),
    ("unnamed", "tempt", "Lukashenko's allies in parliament approved the bill.", set()),
    ("unnamed", "tempt", "Russia sent its allies in parliament a letter.", set()),
    ("unnamed", "tempt", "Maduro rallied his allies on Sunday.", set()),
    ("unnamed", "tempt", "China's allies abstained in the vote.", set()),
    ("unnamed", "tempt", "Rwanda's rivals in the region protested.", set()),
    ("unnamed", "tempt", "Kim's backers in the army stood firm.", set()),
    ("no_actor_sense", "tempt", "Japan is an ally in the fight against corruption.", set()),
    ("no_actor_sense", "tempt", "Time is Russia's ally in this war.", set()),
    ("no_actor_sense", "tempt", "Inflation is Maduro's main enemy.", set()),
    ("no_actor_sense", "tempt", "Colombia's main rival in the final is Brazil.", set()),
    ("no_actor_sense", "tempt", "Serbia's proxy vote was held on Sunday.", set()),
    (
        "no_actor_sense",
        "tempt",
        "As a close ally, Russia rejects any suggestion about Vucic stepping down.",
        set(),
    ),
    ("no_actor_sense", "tempt", "As a matter of principle, China vetoed the measure.", set()),
    ("no_actor_sense", "tempt", "Belarus served as a staging ground for Russia's troops.", set()),
    (
        "possessor_no_actor",
        "tempt",
        "The president's allies, two senior generals, resigned.",
        set(),
    ),
    ("possessor_no_actor", "tempt", "The minister's rivals, Ivanov and Petrov, complained.", set()),
    ("possessor_no_actor", "tempt", "Its allies, two small parties, quit the coalition.", set()),
    ("list_not_apposed", "tempt", "China's allies voted no, and Russia abstained.", set()),
    ("list_not_apposed", "tempt", "Belarus's allies, Russia said, would respond.", set()),
    ("list_not_apposed", "tempt", "Armenia's rivals, and Turkey above all, were silent.", set()),
    ("as_after_verb", "tempt", "Russia used Belarus as a staging ground.", set()),
    (
        "as_after_verb",
        "tempt",
        "Moscow sees Minsk as its closest ally.",
        {("belarus", "allied_with", "russia", "asserted", "")},
    ),
    (
        "as_after_verb",
        "tempt",
        "Pakistan treats the Afghan Taliban as its proxy.",
        {("pakistan", "backs", "taliban", "asserted", "")},
    ),
    ("as_after_verb", "tempt", "Cuba acted as Maduro's shield, not his ally.", set()),
]
