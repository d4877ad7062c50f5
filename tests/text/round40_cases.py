"""The sentences of the round-40 audit (issue 16; BASELINE.md, round 40): participles and
infinitives with acts of their own. A participle or infinitive hanging on a clause
("..., imposing a blockade", "..., shelling X", "after shelling X", "before holding talks
with X", "by arming X", "to fight X") whose subject is the clause's subject and whose act
noun, when it names no target, takes the clause's object; participles of speech ("citing",
"saying", "adding", "claiming") that give the doer's reason and leave the main act
asserted. Written for this round in news, wire and think-tank styles, on conflicts and
actors the fresh sample does not use (the Horn of Africa, Myanmar, the Korean peninsula,
the South Caucasus, Colombia and Venezuela, Serbia and Kosovo). About a third are built to
tempt a wrong row (``tempt``: a participle whose subject is another, "leaving X in ruins",
"prompting X to", "including" lists, a participle whose own object is a place, "following"
as a time), the rest are genuine (``genuine``). Expected rows by hand from
tests/text/data/ANNOTATION.md (R2 and its round-40 additions; R3; R4): ``(class, kind,
text, rows)`` with rows ``(source, relation, target, modality, attributed_to)``; an empty
set means no row. Rows of the types the scorer ignores are not counted either way
(``extraction_fixtures.SCORED_OUT``)."""

import pandas as pd

ACTORS = pd.DataFrame(
    [
        ("ethiopia", "Ethiopia", "state", "Addis Ababa", "ETH"),
        ("eritrea", "Eritrea", "state", "Asmara", "ERI"),
        ("somalia", "Somalia", "state", "Mogadishu", "SOM"),
        ("kenya", "Kenya", "state", "Nairobi", "KEN"),
        ("al_shabaab", "al-Shabaab", "armed_group", "al-Shabab|Shabaab", "SOM"),
        ("tplf", "Tigray People's Liberation Front", "armed_group", "TPLF", "ETH"),
        ("myanmar", "Myanmar", "state", "Burma|the junta|Tatmadaw", "MMR"),
        ("arakan_army", "Arakan Army", "armed_group", "", "MMR"),
        ("tnla", "Ta'ang National Liberation Army", "armed_group", "TNLA", "MMR"),
        ("kia", "Kachin Independence Army", "armed_group", "KIA", "MMR"),
        ("china", "China", "state", "Beijing", "CHN"),
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
        ("serbia", "Serbia", "state", "Belgrade", "SRB"),
        ("kosovo", "Kosovo", "state", "Pristina", "XKX"),
    ],
    columns=["id", "name", "kind", "aliases", "country"],
)

A, R, E = "asserted", "reported", "ended"
NONE: set[tuple[str, str, str, str, str]] = set()


def row(source, relation, target, modality=A, claimant=""):
    return {(source, relation, target, modality, claimant)}


def rows(*sets):
    return set().union(*sets)


ACT_NOUN = "a participle's act noun naming no target takes the clause's object"
OWN_OBJECT = "a participle or infinitive with its own actor object"
SUBORDINATE = "after / before / by / while + participle: the clause's subject acts"
SPEECH = "citing, saying, adding, claiming: the main act stays asserted"
OTHER_SUBJECT = "a participle whose subject or object is another, or a place"
TIME = "following, including and dangling participles"

CASES = [
    # -- the act noun of a participle takes the clause's object (genuine) --
    (
        ACT_NOUN,
        "genuine",
        "Ethiopia cut diplomatic ties with Eritrea in 1998, imposing a blockade.",
        rows(
            row("ethiopia", "reduces_relations", "eritrea"), row("ethiopia", "coerces", "eritrea")
        ),
    ),
    (
        ACT_NOUN,
        "genuine",
        "Colombia broke off relations with Venezuela, imposing an embargo.",
        rows(
            row("colombia", "reduces_relations", "venezuela"),
            row("colombia", "sanctions", "venezuela"),
        ),
    ),
    (
        ACT_NOUN,
        "genuine",
        "Serbia severed ties with Kosovo last year, enforcing a blockade.",
        rows(row("serbia", "reduces_relations", "kosovo"), row("serbia", "coerces", "kosovo")),
    ),
    (
        ACT_NOUN,
        "genuine",
        "Azerbaijan and Turkey cut relations with Armenia, enacting a blockade.",
        rows(
            row("azerbaijan", "reduces_relations", "armenia"),
            row("turkey", "reduces_relations", "armenia"),
            row("azerbaijan", "coerces", "armenia"),
            row("turkey", "coerces", "armenia"),
        ),
    ),
    (
        ACT_NOUN,
        "genuine",
        (
            "Kenya suspended ties with Somalia in December, announcing an embargo on its"
            " flower exports."
        ),
        rows(row("kenya", "reduces_relations", "somalia")),
    ),
    (
        ACT_NOUN,
        "genuine",
        "Eritrea severed relations with Ethiopia, enacting a land and sea blockade.",
        rows(
            row("eritrea", "reduces_relations", "ethiopia"), row("eritrea", "coerces", "ethiopia")
        ),
    ),
    (
        ACT_NOUN,
        "genuine",
        "North Korea cut ties with South Korea, imposing a blockade on its border crossings.",
        rows(row("north_korea", "reduces_relations", "south_korea")),
    ),
    (
        ACT_NOUN,
        "genuine",
        "Venezuela broke relations with Colombia, imposing a blockade of Colombia.",
        rows(
            row("venezuela", "reduces_relations", "colombia"),
            row("venezuela", "coerces", "colombia"),
        ),
    ),
    # -- a participle or infinitive with its own actor object (genuine) --
    (
        OWN_OBJECT,
        "genuine",
        "Azerbaijan launched an offensive in Karabakh, shelling Armenian forces.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "Kenya sent troops into Somalia in 2011, attacking al-Shabaab.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "The Arakan Army overran the town, attacking the junta.",
        row("arakan_army", "attacks", "myanmar"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "Ethiopia mobilised its reserves, threatening Eritrea.",
        row("ethiopia", "threatens", "eritrea"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "Turkey held talks in Ankara, backing Azerbaijan.",
        row("turkey", "backs", "azerbaijan"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "The United States expanded its presence in Asia, arming Japan.",
        row("united_states", "arms", "japan"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "North Korea fired artillery near the border, launching strikes on South Korea.",
        row("north_korea", "attacks", "south_korea"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "The TNLA seized Lashio in August, attacking the junta and its allies.",
        row("tnla", "attacks", "myanmar"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "Kenya deployed troops to Somalia to fight al-Shabaab.",
        row("al_shabaab", "fights", "kenya"),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "France sent envoys to Yerevan to support Armenia.",
        rows(row("armenia", "consults", "france"), row("france", "backs", "armenia")),
    ),
    (
        OWN_OBJECT,
        "genuine",
        "The KIA struck a convoy near Bhamo, killing several officers and attacking the junta.",
        row("kia", "attacks", "myanmar"),
    ),
    # -- after / before / by / while + participle: the clause's subject acts (genuine) --
    (
        SUBORDINATE,
        "genuine",
        "Azerbaijan called for peace talks after shelling Armenia for two days.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "After shelling Armenia, Azerbaijan called for peace talks.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        SUBORDINATE,
        "genuine",
        (
            "China asked Japan to withdraw its ships after blocking and harassing vessels of"
            " South Korea."
        ),
        rows(
            row("china", "coerces", "south_korea"),
            row("china", "attacks", "south_korea"),
            row("china", "appeals_to", "japan"),
        ),
    ),
    (
        SUBORDINATE,
        "genuine",
        "Turkey angered Armenia by arming Azerbaijan.",
        row("turkey", "arms", "azerbaijan"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "The ELN freed six hostages before holding talks with Colombia.",
        row("colombia", "consults", "eln"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "The Arakan Army seized the port after attacking the junta's garrison.",
        row("arakan_army", "attacks", "myanmar"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "Serbia provoked Kosovo by massing troops on the border with Kosovo.",
        row("serbia", "mobilizes_against", "kosovo"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "While negotiating with Colombia, the ELN kept its fighters armed.",
        row("colombia", "consults", "eln"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "North Korea fired a missile over Japan after threatening South Korea.",
        row("north_korea", "threatens", "south_korea"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "Somalia reopened its embassy in Nairobi after accusing Kenya of arming al-Shabaab.",
        rows(row("somalia", "opposes", "kenya"), row("kenya", "arms", "al_shabaab", R, "somalia")),
    ),
    (
        SUBORDINATE,
        "genuine",
        "The TPLF signed a truce in Pretoria after fighting Ethiopia for two years.",
        row("ethiopia", "fights", "tplf"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "Venezuela closed its border after attacking the ELN near Apure.",
        row("venezuela", "attacks", "eln"),
    ),
    (
        SUBORDINATE,
        "genuine",
        "Japan protested to China after Beijing's coast guard blocked Japanese ships.",
        rows(row("japan", "opposes", "china"), row("china", "coerces", "japan")),
    ),
    # -- participles of speech: the main act stays asserted (genuine) --
    (
        SPEECH,
        "genuine",
        "Azerbaijani troops shelled Armenian positions, citing provocations near the border.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        SPEECH,
        "genuine",
        "The junta bombed KIA positions on Tuesday, citing attacks on its convoys.",
        row("myanmar", "attacks", "kia"),
    ),
    (
        SPEECH,
        "genuine",
        "Colombia suspended peace talks with the ELN, citing a bombing in Cali.",
        rows(row("colombia", "reduces_relations", "eln"), row("colombia", "consults", "eln", E)),
    ),
    (
        SPEECH,
        "genuine",
        "Japan imposed sanctions on North Korea, adding that more measures would follow.",
        row("japan", "sanctions", "north_korea"),
    ),
    (
        SPEECH,
        "genuine",
        "Azerbaijan shelled Armenia overnight, saying Armenian troops had attacked its posts.",
        rows(
            row("azerbaijan", "attacks", "armenia"),
            row("armenia", "attacks", "azerbaijan", R, "azerbaijan"),
        ),
    ),
    (
        SPEECH,
        "genuine",
        "The KIA attacked the junta in Bhamo, claiming the army had broken a truce.",
        rows(
            row("kia", "attacks", "myanmar"),
            # round 48 (ANNOTATION R2): the truce the army broke is the claimant's, so
            # its breach is an attack on the KIA, reported by the KIA
            row("myanmar", "attacks", "kia", R, "kia"),
        ),
    ),
    (
        SPEECH,
        "genuine",
        "Eritrea expelled Ethiopia's ambassador, citing security concerns.",
        row("eritrea", "reduces_relations", "ethiopia"),
    ),
    (
        SPEECH,
        "genuine",
        "South Korea imposed sanctions on North Korea, citing its missile launches.",
        row("south_korea", "sanctions", "north_korea"),
    ),
    (
        SPEECH,
        "genuine",
        "The Arakan Army attacked the junta in Rakhine, saying the offensive would continue.",
        row("arakan_army", "attacks", "myanmar"),
    ),
    (
        SPEECH,
        "genuine",
        "Kenyan jets struck al-Shabaab camps in Gedo, citing intelligence reports.",
        row("kenya", "attacks", "al_shabaab"),
    ),
    (
        SPEECH,
        "genuine",
        "Kosovo closed its border with Serbia, citing threats from Belgrade.",
        rows(row("kosovo", "coerces", "serbia"), row("kosovo", "borders", "serbia")),
    ),
    (
        SPEECH,
        "genuine",
        "Venezuela attacked the ELN near the border, claiming the group had killed soldiers.",
        row("venezuela", "attacks", "eln"),
    ),
    (
        SPEECH,
        "genuine",
        "The United States sanctioned North Korea on Friday, saying Pyongyang had armed Myanmar.",
        rows(
            row("united_states", "sanctions", "north_korea"),
            row("north_korea", "arms", "myanmar", R, "united_states"),
        ),
    ),
    (
        SPEECH,
        "genuine",
        "China cut arms deliveries to Myanmar, citing the war in Shan State.",
        rows(row("china", "reduces_relations", "myanmar"), row("china", "arms", "myanmar", E)),
    ),
    # -- tempting: a participle whose subject or object is another, or a place --
    (
        OTHER_SUBJECT,
        "tempt",
        "Azerbaijan attacked Armenia in 2020, leaving Armenian towns in ruins.",
        row("azerbaijan", "attacks", "armenia"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Ethiopia cut ties with Eritrea, prompting Eritrea to mobilise its reserves.",
        row("ethiopia", "reduces_relations", "eritrea"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "The Arakan Army shelled Sittwe, leaving the town in ruins.",
        NONE,
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "The TNLA seized Lashio, forcing thousands of civilians to flee.",
        NONE,
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Kenya cut ties with Somalia, blockading the port of Kismayo.",
        row("kenya", "reduces_relations", "somalia"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Colombia suspended ties with Venezuela, imposing a curfew in Cucuta.",
        row("colombia", "reduces_relations", "venezuela"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Serbia cut relations with Kosovo, sparking protests in Mitrovica.",
        row("serbia", "reduces_relations", "kosovo"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "North Korea fired missiles into the sea, raising tensions in the region.",
        NONE,
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "The ELN bombed a pipeline in Arauca, costing the state millions.",
        NONE,
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Eritrea closed its embassy in Mogadishu, ending decades of cooperation.",
        row("eritrea", "reduces_relations", "somalia"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "South Korea cut ties with North Korea, saying the blockade would continue.",
        row("south_korea", "reduces_relations", "north_korea"),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Azerbaijan broke off talks with Armenia, enforcing a blockade of Stepanakert.",
        rows(
            row("azerbaijan", "reduces_relations", "armenia"),
            row("armenia", "consults", "azerbaijan", E),
        ),
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "The junta shelled Laukkai, citing Chinese concerns.",
        NONE,
    ),
    (
        OTHER_SUBJECT,
        "tempt",
        "Kenyan police raided a mosque in Mombasa, citing intelligence from Somalia.",
        NONE,
    ),
    # -- tempting: following, including, dangling participles --
    (
        TIME,
        "tempt",
        "Following talks with Armenia's mediators, the sides agreed to a truce.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Several states, including Kenya and Ethiopia, sent troops to Somalia.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Al-Shabaab has staged attacks in several countries, including Kenya and Ethiopia.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Following the collapse of the ceasefire, the ELN resumed attacks in Arauca.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Citing Pyongyang's missile tests, new measures were announced in Seoul.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Eritrea shut its consulate in Gondar, following Ethiopia's lead.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "After meeting in Geneva, the delegations issued a joint statement.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Having lost Lashio, the junta's position in Shan State looked weak.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "The talks, including envoys from Serbia and Kosovo, ended without a deal.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "Following a year of clashes, Somalia and Kenya restored ties.",
        rows(row("kenya", "favours", "somalia"), row("somalia", "favours", "kenya")),
    ),
    (
        TIME,
        "tempt",
        "Before the vote, Japan and South Korea held separate briefings.",
        NONE,
    ),
    (
        TIME,
        "tempt",
        "The junta accepted talks in Kunming after losing several towns.",
        NONE,
    ),
]
